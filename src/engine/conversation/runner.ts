/**
 * The conversation runner: holds one conversation's state, applies actions through the pure
 * reducer, stamps them with the injected clock, and tells presenters what changed.
 */
import { EngineError } from '../errors.ts';
import type { Clock, Random } from '../ports.ts';
import { bestPath, bestPathFrom, reachableEndings } from '../scenario/analysis.ts';
import { getNode } from '../scenario/build.ts';
import type { Choice, DecisionNode, Scenario, Scores } from '../scenario/model.ts';
import { Emitter, type Unsubscribe } from './emitter.ts';
import type { ConversationResult, RunnerEvent } from './events.ts';
import { initialState, reduce, type Rules } from './reduce.ts';
import type { Action, ConversationState } from './state.ts';

export interface RunnerOptions {
  readonly clock: Clock;
  readonly random: Random;
  readonly rules?: Rules;
}

/** Per-scenario analysis is the same for every conversation: compute it once. */
const analysisCache = new WeakMap<Scenario, { best: Scores; unwinnable: boolean }>();

/**
 * What every result of `scenario` is measured against: the best path's scores, and whether no
 * path resolves. Computed once per scenario and kept; calling it early (while a brief is read)
 * spares the end of the first conversation that work. Pure.
 */
export function analyse(scenario: Scenario): { best: Scores; unwinnable: boolean } {
  let a = analysisCache.get(scenario);
  if (!a) {
    a = { best: bestPath(scenario).scores, unwinnable: !reachableEndings(scenario).has('resolved') };
    analysisCache.set(scenario, a);
  }
  return a;
}

export class Runner {
  private current: ConversationState;
  private readonly log: Action[] = [];
  private readonly events = new Emitter<RunnerEvent>();

  constructor(
    readonly scenario: Scenario,
    private readonly options: RunnerOptions,
  ) {
    this.current = initialState(scenario);
  }

  /** The current state (immutable). */
  get state(): ConversationState {
    return this.current;
  }

  /** Every action so far, for saving and resuming (see `resumeRunner`). */
  get actions(): readonly Action[] {
    return this.log;
  }

  /** Subscribes to every event; returns the unsubscribe function. */
  subscribe(handler: (event: RunnerEvent) => void): Unsubscribe {
    return this.events.subscribe(handler);
  }

  /** Subscribes to one kind of event; returns the unsubscribe function. */
  on<T extends RunnerEvent['type']>(type: T, handler: (event: Extract<RunnerEvent, { type: T }>) => void): Unsubscribe {
    return this.events.on(type, handler);
  }

  /** Number of live subscriptions (a presenter that leaks shows here). */
  get listenerCount(): number {
    return this.events.size;
  }

  /** Leaves the brief and delivers the first line. Throws if already started. */
  start(): void {
    this.apply({ type: 'start', at: this.options.clock.now(), seed: Math.floor(this.options.random.next() * 2 ** 32) });
  }

  /**
   * The presenter begins delivering the current line, after the beat in which the customer reacts
   * to the last reply: the line's time starts now, and presenters that show the customer talking
   * hear `shown`. Ignored for a line already delivered.
   */
  lineShown(): void {
    this.apply({ type: 'present', at: this.options.clock.now() });
  }

  /** The presenter has finished delivering the current line (text revealed, voice done). */
  lineDelivered(): void {
    this.apply({ type: 'delivered', at: this.options.clock.now() });
  }

  /** The learner replies. Replying while a venting line is delivered is an interruption. */
  choose(choiceId: string): void {
    this.apply({ type: 'choose', at: this.options.clock.now(), choiceId });
  }

  /**
   * The reply timer ran out for the current line: mood +10 (once per line; at 100 the contact is
   * lost), and the reply, when it comes, is marked late.
   */
  expire(): void {
    this.apply({ type: 'expire', at: this.options.clock.now() });
  }

  /** The current decision node and its choices in the order shown, or undefined after the end. */
  currentLine(): { node: DecisionNode; choices: Choice[] } | undefined {
    const node = getNode(this.scenario, this.current.nodeId);
    if (this.current.phase === 'brief' || this.current.phase === 'ended' || node?.kind !== 'decision') return undefined;
    const choices = this.current.order.map((id) => node.choices.find((c) => c.id === id)!);
    return { node, choices };
  }

  /** The result of the finished conversation. Throws before the end. */
  result(): ConversationResult {
    const s = this.current;
    if (s.phase !== 'ended' || s.ending === undefined) throw new EngineError('not-ended', 'result() before the conversation ended');
    const { best, unwinnable } = analyse(this.scenario);
    return {
      scenarioId: s.scenarioId,
      ending: s.ending,
      endedBy: s.endedBy ?? 'node',
      ...(s.endedBy === 'node' ? { endNodeId: s.nodeId } : {}),
      scores: s.scores,
      best,
      steps: s.steps,
      startMood: this.scenario.customer.mood,
      finalMood: s.mood,
      startedAt: s.startedAt ?? 0,
      endedAt: s.endedAt ?? 0,
      holds: s.steps.filter((step) => step.hold).length,
      bestReplies: s.steps.map(
        (step) => bestPathFrom(this.scenario, step.nodeId, step.moodBefore, 'total')?.steps[0]?.choiceId ?? step.choiceId,
      ),
      unwinnable,
    };
  }

  /** Applies an action with its own time stamp (used by replays). */
  apply(action: Action): void {
    const before = this.current;
    const after = reduce(this.scenario, before, action, this.options.rules);
    this.log.push(action);
    this.current = after;
    this.announce(before, after);
    if (action.type === 'present' && after !== before) this.events.emit({ type: 'shown', nodeId: after.nodeId });
  }

  private announce(before: ConversationState, after: ConversationState): void {
    const last = after.steps[after.steps.length - 1];
    if (after.steps.length > before.steps.length && last) {
      const node = getNode(this.scenario, last.nodeId) as DecisionNode;
      this.events.emit({ type: 'reply', step: last, choice: node.choices.find((c) => c.id === last.choiceId)! });
    }
    if (after.mood !== before.mood) this.events.emit({ type: 'mood', from: before.mood, to: after.mood });
    if (after.phase === 'listening' && before.phase === 'speaking') this.events.emit({ type: 'delivered', nodeId: after.nodeId });
    if (after.expiredAt !== undefined && before.expiredAt === undefined) this.events.emit({ type: 'expired', nodeId: after.nodeId });
    if (
      after.phase === 'speaking' &&
      (before.phase !== 'speaking' || before.nodeId !== after.nodeId || after.steps.length !== before.steps.length)
    ) {
      const line = this.currentLine()!;
      this.events.emit({ type: 'line', node: line.node, choices: line.choices, mood: after.mood });
    }
    if (after.phase === 'ended' && before.phase !== 'ended') {
      const node = getNode(this.scenario, after.nodeId);
      this.events.emit({ type: 'ended', result: this.result(), ...(node?.kind === 'ending' && after.endedBy === 'node' ? { node } : {}) });
    }
  }
}

/** A new runner for a scenario. */
export function createRunner(scenario: Scenario, options: RunnerOptions): Runner {
  return new Runner(scenario, options);
}

/**
 * "Try again from here": a new runner that has replayed this conversation up to the moment before
 * reply `stepIndex` (0-based) was given, so the learner can answer that line differently. The
 * line is answered afresh: if its reply timer had run out, that is left out too (no late mark, no
 * mood rise). Throws EngineError('bad-replay') when there is no such reply.
 */
export function retryFrom(runner: Runner, stepIndex: number, options: RunnerOptions): Runner {
  const chooses = runner.actions.map((a, i) => (a.type === 'choose' ? i : -1)).filter((i) => i >= 0);
  let cut = chooses[stepIndex];
  if (cut === undefined) throw new EngineError('bad-replay', `there is no reply ${stepIndex + 1} to try again from`);
  while (cut > 0 && runner.actions[cut - 1]?.type === 'expire') cut--;
  return resumeRunner(runner.scenario, runner.actions.slice(0, cut), options);
}

/**
 * Rebuilds a runner from a saved action log (resume after a reload, or "try again from here"
 * with a prefix of the log). Throws EngineError('bad-replay') when the log does not fit the scenario.
 */
export function resumeRunner(scenario: Scenario, actions: readonly Action[], options: RunnerOptions): Runner {
  const runner = new Runner(scenario, options);
  try {
    for (const a of actions) runner.apply(a);
  } catch (e) {
    throw new EngineError(
      'bad-replay',
      `the saved conversation does not fit scenario '${scenario.id}': ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  return runner;
}
