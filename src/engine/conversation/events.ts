/**
 * What a runner tells its presenters. Presenters draw and play; they never compute a score.
 */
import type { Choice, DecisionNode, EndingNode, Scores } from '../scenario/model.ts';
import type { Ending } from '../scenario/vocabulary.ts';
import type { Step } from './state.ts';

/** The result of a finished conversation: what the debrief shows and progress records. */
export interface ConversationResult {
  readonly scenarioId: string;
  readonly ending: Ending;
  readonly endedBy: 'node' | 'mood';
  /** The ending node reached, when the contact ended at one (not by mood). */
  readonly endNodeId?: string;
  readonly scores: Scores;
  /** For each principle, the best path's score (scenario-format.md, "The best path"); a learner may beat one. */
  readonly best: Scores;
  readonly steps: readonly Step[];
  readonly startMood: number;
  readonly finalMood: number;
  readonly startedAt: number;
  readonly endedAt: number;
  /** For each reply, the reply that would have led to the best total from that line and mood. */
  readonly bestReplies: readonly string[];
  /** How many replies put the customer on hold. */
  readonly holds: number;
  /** True when no path through this scenario reaches `resolved`: some customers can't be won. */
  readonly unwinnable: boolean;
}

export type RunnerEvent =
  /** A new customer line begins: its node, and the choices in the order to show them. */
  | { readonly type: 'line'; readonly node: DecisionNode; readonly choices: readonly Choice[]; readonly mood: number }
  /** The presenter began showing the line (words, voice, typing); the customer is talking. */
  | { readonly type: 'shown'; readonly nodeId: string }
  /** The current line has been delivered in full; replying now is not interrupting. */
  | { readonly type: 'delivered'; readonly nodeId: string }
  /** The reply timer ran out on this line. */
  | { readonly type: 'expired'; readonly nodeId: string }
  /** The learner replied. */
  | { readonly type: 'reply'; readonly step: Step; readonly choice: Choice }
  /** The customer's mood moved. */
  | { readonly type: 'mood'; readonly from: number; readonly to: number }
  /** The conversation is over; `node` is the ending node when one was reached. */
  | { readonly type: 'ended'; readonly result: ConversationResult; readonly node?: EndingNode };
