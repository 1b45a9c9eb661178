/**
 * The conversation as a pure state machine: brief → speaking → listening → … → ended.
 * `reduce` takes a state and an action and returns the next state; it reads no clock and no
 * random source (actions carry the time, the start carries the seed), so any conversation can be
 * replayed exactly from its action log.
 */
import type { Scores } from '../scenario/model.ts';
import type { Ending } from '../scenario/vocabulary.ts';

export type Phase = 'brief' | 'speaking' | 'listening' | 'ended';

export interface Step {
  readonly nodeId: string;
  readonly choiceId: string;
  /** The reply's own score from the file. */
  readonly own: Scores;
  /** What the reply actually scored, interruption penalty included. */
  readonly score: Scores;
  readonly moodBefore: number;
  readonly moodAfter: number;
  /** Replied while a venting line was still being delivered. */
  readonly interrupted: boolean;
  /** Replied after the reply time limit had run out. */
  readonly late: boolean;
  readonly hold: boolean;
  /** Time of the reply (clock ms) and time since the line appeared. */
  readonly at: number;
  readonly elapsedMs: number;
  /** Position of this reply in the order shown (0-based). */
  readonly shownAt: number;
}

export interface ConversationState {
  readonly phase: Phase;
  readonly scenarioId: string;
  readonly seed: number;
  readonly nodeId: string;
  readonly mood: number;
  /** Choice ids of the current node in the order shown. */
  readonly order: readonly string[];
  readonly steps: readonly Step[];
  readonly scores: Scores;
  readonly startedAt?: number;
  /** When the current line began to be delivered, and when it finished. */
  readonly lineAt?: number;
  readonly deliveredAt?: number;
  readonly ending?: Ending;
  /** `node`: an ending node was reached; `mood`: the customer's mood reached 100. */
  readonly endedBy?: 'node' | 'mood';
  readonly endedAt?: number;
  /** When the reply time for the current line ran out (reply timer), if it has. */
  readonly expiredAt?: number;
}

export type Action =
  | { readonly type: 'start'; readonly at: number; readonly seed: number }
  /** The presenter began delivering the current line (after the beat in which the customer reacts). */
  | { readonly type: 'present'; readonly at: number }
  | { readonly type: 'delivered'; readonly at: number }
  | { readonly type: 'choose'; readonly at: number; readonly choiceId: string }
  /** The reply timer ran out: the customer grows angrier, and the reply, when it comes, is late. */
  | { readonly type: 'expire'; readonly at: number };
