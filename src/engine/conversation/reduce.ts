/**
 * The transition function of the conversation state machine.
 */
import { EngineError } from '../errors.ts';
import { getNode } from '../scenario/build.ts';
import { ZERO_SCORES, type Scenario, type ScenarioNode } from '../scenario/model.ts';
import { addScores, clampMood, isBoilingOver, replyEffect, timeoutMood } from '../scoring/rules.ts';
import { seededShuffle } from './shuffle.ts';
import type { Action, ConversationState, Step } from './state.ts';

export interface Rules {
  /** A reply given more than this long after the line was delivered is marked late. */
  readonly replyLimitMs?: number;
}

/** The state before the learner has started: the brief is showing. */
export function initialState(scenario: Scenario): ConversationState {
  return {
    phase: 'brief',
    scenarioId: scenario.id,
    seed: 0,
    nodeId: scenario.start,
    mood: clampMood(scenario.customer.mood),
    order: [],
    steps: [],
    scores: ZERO_SCORES,
  };
}

function node(scenario: Scenario, id: string): ScenarioNode {
  const n = getNode(scenario, id);
  if (!n) throw new EngineError('invalid-scenario', `scenario '${scenario.id}' has no node '${id}'`);
  return n;
}

/** Enters a node: an ending node ends the conversation, a decision node starts its line. */
function enter(scenario: Scenario, state: ConversationState, id: string, at: number): ConversationState {
  const n = node(scenario, id);
  if (n.kind === 'ending') {
    return { ...state, nodeId: id, order: [], phase: 'ended', ending: n.ending, endedBy: 'node', endedAt: at, lineAt: at };
  }
  const ids = n.choices.map((c) => c.id);
  const order = n.shuffle ? seededShuffle(ids, state.seed, id) : ids;
  const { deliveredAt: _delivered, expiredAt: _expired, ...rest } = state;
  return { ...rest, nodeId: id, order, phase: 'speaking', lineAt: at };
}

/**
 * Applies one action (scenario-format.md, "Rules of play"). `expire` raises the mood by
 * `TIMEOUT_MOOD_PENALTY` once per decision (a second one on the same line changes nothing) and
 * ends the contact as `lost` when that reaches 100. Throws EngineError when the action does not
 * fit the phase (choosing before the start or after the end, an unknown choice): those are bugs
 * in the caller, not in the scenario.
 */
export function reduce(scenario: Scenario, state: ConversationState, action: Action, rules: Rules = {}): ConversationState {
  switch (action.type) {
    case 'start':
      if (state.phase !== 'brief') throw new EngineError('already-started', 'the conversation has already started');
      return enter(scenario, { ...state, seed: action.seed >>> 0, startedAt: action.at }, scenario.start, action.at);
    case 'present':
      // The line's clock starts when the learner sees it begin; a line already delivered (a
      // conversation drawn again) keeps its time.
      if (state.phase === 'listening') return state;
      if (state.phase !== 'speaking') throw new EngineError('wrong-phase', `no line is waiting to be shown (phase '${state.phase}')`);
      return { ...state, lineAt: action.at };
    case 'delivered':
      if (state.phase === 'listening') return state;
      if (state.phase !== 'speaking') throw new EngineError('wrong-phase', `no line is being delivered (phase '${state.phase}')`);
      return { ...state, phase: 'listening', deliveredAt: action.at };
    case 'choose':
      return choose(scenario, state, action.choiceId, action.at, rules);
    case 'expire':
      // Only a line waiting for a reply can run out of time; once is enough.
      if (state.phase !== 'listening' && state.phase !== 'speaking')
        throw new EngineError('wrong-phase', `no reply is awaited (phase '${state.phase}')`);
      return state.expiredAt === undefined ? expire(state, action.at) : state;
  }
}

/** The reply timer ran out: the customer grows angrier (and may boil over), the reply will be late. */
function expire(state: ConversationState, at: number): ConversationState {
  const next: ConversationState = { ...state, mood: timeoutMood(state.mood), expiredAt: at };
  return isBoilingOver(next.mood) ? lose(next, at) : next;
}

/** The customer's mood reached 100: the contact ends at once. */
function lose(state: ConversationState, at: number): ConversationState {
  return { ...state, phase: 'ended', order: [], ending: 'lost', endedBy: 'mood', endedAt: at };
}

function choose(scenario: Scenario, state: ConversationState, choiceId: string, at: number, rules: Rules): ConversationState {
  if (state.phase === 'brief') throw new EngineError('not-started', 'choose() before start()');
  if (state.phase === 'ended') throw new EngineError('already-ended', 'choose() after the conversation ended');
  const n = node(scenario, state.nodeId);
  if (n.kind !== 'decision') throw new EngineError('wrong-phase', `node '${n.id}' takes no reply`);
  const choice = n.choices.find((c) => c.id === choiceId);
  if (!choice) throw new EngineError('unknown-choice', `node '${n.id}' has no choice '${choiceId}'`);
  const interrupted = n.venting && state.phase === 'speaking';
  const effect = replyEffect(choice.score, choice.mood, state.mood, interrupted);
  const overLimit = rules.replyLimitMs !== undefined && state.deliveredAt !== undefined && at - state.deliveredAt > rules.replyLimitMs;
  const late = state.expiredAt !== undefined || overLimit;
  const step: Step = {
    nodeId: n.id,
    choiceId,
    own: choice.score,
    score: effect.score,
    moodBefore: effect.moodBefore,
    moodAfter: effect.moodAfter,
    interrupted,
    late,
    hold: choice.hold,
    at,
    elapsedMs: at - (state.lineAt ?? at),
    shownAt: state.order.indexOf(choiceId),
  };
  const next: ConversationState = {
    ...state,
    mood: effect.moodAfter,
    steps: [...state.steps, step],
    scores: addScores(state.scores, effect.score),
  };
  if (isBoilingOver(effect.moodAfter)) return lose(next, at);
  return enter(scenario, next, choice.next, at);
}
