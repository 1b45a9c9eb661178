/**
 * Design analysis: whether a scenario makes the learner think (scenario-format.md, "Design
 * warnings"). Four questions, each answered from the graph alone: does a mistake pay, does the
 * longest reply give the answer away, is there only ever one right answer, and does the declared
 * difficulty match how the scenario treats players who do not read. The checker turns the answers
 * into warnings; the author view shows the numbers behind them.
 */
import { isMistake, totalScore } from '../scoring/rules.ts';
import { bestPath, bestPathFrom, type BestPath, type PathStep } from './analysis.ts';
import { getNode } from './build.ts';
import type { DecisionNode, Scenario } from './model.ts';
import { byLength, playPolicy, randomPlayer, replyLength, type PlayerOutcome, type RandomOutcome } from './players.ts';
import { principleMaxima, type PrincipleMaxima } from './principle-maxima.ts';
import { PRINCIPLES, type Difficulty, type Principle } from './vocabulary.ts';

/**
 * Challenge bands, calibrated on the shipped library (docs/authoring.md, "Difficulty"): the
 * challenge is the mean of the random player's chance of missing the best path's ending and its
 * chance of boiling the customer over, 0 (forgiving) … 1 (merciless). Below the first bound is
 * difficulty 1, below the second 2, else 3.
 */
export const CHALLENGE_BANDS = [0.45, 0.65] as const;

/** A path through a mistake that beats the best path on one principle. */
export interface MistakePays {
  readonly principle: Principle;
  readonly best: number;
  readonly viaMistake: number;
  readonly path: BestPath;
  /** The first reply on that path scored below 0 on some principle: where the warning points. */
  readonly mistake: PathStep;
}

export interface DifficultyEstimate {
  readonly declared: Difficulty;
  readonly estimated: Difficulty;
  /** 0 … 1; see CHALLENGE_BANDS. */
  readonly challenge: number;
  /** The random player's chance of ending where the best path ends (the same kind of ending node). */
  readonly reachesBestEnding: number;
  readonly random: RandomOutcome;
  readonly longest: PlayerOutcome;
  readonly shortest: PlayerOutcome;
}

export interface DesignReport {
  readonly best: BestPath;
  readonly mistakesPay: readonly MistakePays[];
  /** Decision nodes whose highest-scoring reply is also the strictly longest, and how many decisions there are. */
  readonly longestTells: readonly string[];
  /** Decision nodes with no partial credit (no reply above 0 but below the node's best). */
  readonly noPartialCredit: readonly string[];
  readonly decisions: number;
  readonly difficulty: DifficultyEstimate;
}

/** True when the node's highest-scoring reply is also its strictly longest text. */
export function longestIsBest(scenario: Scenario, node: DecisionNode): boolean {
  const lengths = node.choices.map((c) => replyLength(scenario, c));
  const top = Math.max(...lengths);
  if (lengths.filter((l) => l === top).length !== 1) return false;
  const totals = node.choices.map((c) => totalScore(c.score));
  return totals[lengths.indexOf(top)] === Math.max(...totals);
}

/** True when some reply of the node earns partial credit: a total above 0 but below the node's best. */
export function offersPartialCredit(node: DecisionNode): boolean {
  const totals = node.choices.map((c) => totalScore(c.score));
  const top = Math.max(...totals);
  return totals.some((t) => t > 0 && t < top);
}

/**
 * A challenge value to two decimals, rounded down, so the number shown falls in the same band as
 * the value itself (0.4496 shows as 0.44, band 1; rounding would show 0.45, the start of band 2).
 */
export function challengeToShow(challenge: number): number {
  return Math.floor(challenge * 100 + 1e-9) / 100;
}

/** The difficulty band a challenge value falls in. */
export function bandOf(challenge: number): Difficulty {
  return challenge < CHALLENGE_BANDS[0] ? 1 : challenge < CHALLENGE_BANDS[1] ? 2 : 3;
}

/** Estimates difficulty from the three simulated players. */
export function estimateDifficulty(scenario: Scenario, best: BestPath = bestPath(scenario)): DifficultyEstimate {
  const random = randomPlayer(scenario);
  const reachesBestEnding = random.endingNode[best.ending];
  const challenge = (1 - reachesBestEnding + random.boilOver) / 2;
  return {
    declared: scenario.difficulty,
    estimated: bandOf(challenge),
    challenge,
    reachesBestEnding,
    random,
    longest: playPolicy(scenario, byLength(scenario)),
    shortest: playPolicy(scenario, byLength(scenario, true)),
  };
}

/**
 * Every design question answered for one playable scenario. `maxima` may pass in the scenario's
 * principle maxima when the caller has them already (the loader does, for SCN052).
 */
export function designReport(
  scenario: Scenario,
  maxima: PrincipleMaxima['throughMistake'] = principleMaxima(scenario).throughMistake,
): DesignReport {
  const best = bestPath(scenario);
  const mistakesPay = PRINCIPLES.flatMap((p): MistakePays[] => {
    if (!maxima || maxima[p] <= best.scores[p]) return [];
    const path = bestPathFrom(scenario, scenario.start, scenario.customer.mood, p, 'through-mistake')!;
    const mistake = path.steps.find((s) => {
      const node = getNode(scenario, s.nodeId);
      return node?.kind === 'decision' && isMistake(node.choices.find((c) => c.id === s.choiceId)!.score);
    })!;
    return [{ principle: p, best: best.scores[p], viaMistake: maxima[p], path, mistake }];
  });
  const decisions = Object.values(scenario.nodes).filter((n): n is DecisionNode => n.kind === 'decision');
  return {
    best,
    mistakesPay,
    longestTells: decisions.filter((n) => longestIsBest(scenario, n)).map((n) => n.id),
    noPartialCredit: decisions.filter((n) => !offersPartialCredit(n)).map((n) => n.id),
    decisions: decisions.length,
    difficulty: estimateDifficulty(scenario, best),
  };
}
