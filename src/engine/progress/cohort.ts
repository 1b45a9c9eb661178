/**
 * A trainer's view over several progress files: who practised what, how the group stands on each
 * principle, and, decision by decision, which reply learners chose (answer analytics).
 */
import { PRINCIPLES, type Principle } from '../scenario/vocabulary.ts';
import { byEndedAt, principleShare, totalShare, type Share } from './attempt.ts';
import { answersOf, type DecisionStats } from './answers.ts';
import type { AttemptRecord, Profile } from './records.ts';
import { againstBestPath, type BestOf } from './yardstick.ts';

/** One loaded progress file: a learner's export, or a whole device's. */
export interface CohortFile {
  readonly profiles: readonly Profile[];
  readonly attempts: readonly AttemptRecord[];
}

export interface CohortLearner {
  /** The profile id: a learner is a profile, whatever its name. */
  readonly id: string;
  readonly name: string;
  /** The name, with the start of the id added when another learner has the same name. */
  readonly label: string;
}

export interface PracticeRow {
  readonly learnerId: string;
  readonly scenarioId: string;
  readonly attempts: number;
  /** The best total share of any attempt; null when the scenario's best total is not positive. */
  readonly best: Share | null;
}

export interface PrincipleStats {
  /** How many attempts could score the principle. */
  readonly n: number;
  /** Mean and population standard deviation of their shares (never below 0); null when n is 0. */
  readonly mean: number | null;
  readonly sd: number | null;
}

export interface CohortReport {
  /** By label, then id. */
  readonly learners: readonly CohortLearner[];
  /** By learner (in `learners` order), then scenario id. */
  readonly practice: readonly PracticeRow[];
  readonly principles: Readonly<Record<Principle, PrincipleStats>>;
  /** Every decision reached, where learners go wrong most first (see `sortDecisions`). */
  readonly decisions: readonly DecisionStats[];
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The cohort report for these files. Learners are told apart by profile id, never by name (two
 * profiles both named "Learner" are two learners), and an attempt is counted once however many
 * files hold it (the same export loaded twice, or a learner's export beside their device's
 * backup); a learner's name is the one in the last file that has them. Attempts are measured
 * against the scenarios' current best paths where `bestOf` knows them (yardstick.ts). Pure and
 * deterministic.
 */
export function cohort(files: readonly CohortFile[], bestOf: BestOf = () => undefined): CohortReport {
  const names = new Map<string, string>();
  const byId = new Map<string, AttemptRecord>();
  for (const f of files) {
    for (const p of f.profiles) names.set(p.id, p.name);
    for (const a of f.attempts) byId.set(a.id, a);
  }
  const attempts = againstBestPath([...byId.values()].sort(byEndedAt), bestOf);
  const learners = labelled(names);
  const order = new Map(learners.map((l, i) => [l.id, i]));
  return { learners, practice: practice(attempts, order), principles: principleStats(attempts), decisions: answersOf(attempts) };
}

function labelled(names: ReadonlyMap<string, string>): CohortLearner[] {
  const count = new Map<string, number>();
  for (const n of names.values()) count.set(n, (count.get(n) ?? 0) + 1);
  return [...names.entries()]
    .map(([id, name]) => ({ id, name, label: (count.get(name) ?? 0) > 1 ? `${name} (${id.slice(0, 8)})` : name }))
    .sort((a, b) => cmp(a.label, b.label) || cmp(a.id, b.id));
}

function practice(attempts: readonly AttemptRecord[], order: ReadonlyMap<string, number>): PracticeRow[] {
  const rows = new Map<string, { learnerId: string; scenarioId: string; attempts: number; best: Share | null }>();
  for (const a of attempts) {
    const key = JSON.stringify([a.profileId, a.scenarioId]);
    const row = rows.get(key) ?? { learnerId: a.profileId, scenarioId: a.scenarioId, attempts: 0, best: null };
    const s = totalShare(a);
    row.attempts++;
    // Higher total first; below zero, fewer points lost first.
    if (s && (row.best === null || s.score / s.best > row.best.score / row.best.best)) row.best = s;
    rows.set(key, row);
  }
  const at = (id: string) => order.get(id) ?? Infinity;
  return [...rows.values()].sort(
    (a, b) => at(a.learnerId) - at(b.learnerId) || cmp(a.learnerId, b.learnerId) || cmp(a.scenarioId, b.scenarioId),
  );
}

function principleStats(attempts: readonly AttemptRecord[]): Record<Principle, PrincipleStats> {
  const out = {} as Record<Principle, PrincipleStats>;
  for (const p of PRINCIPLES) {
    const xs = attempts.map((a) => principleShare(a, p)?.share).filter((r): r is number => r !== undefined);
    const mean = xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null;
    const sd = mean === null ? null : Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    out[p] = { n: xs.length, mean, sd };
  }
  return out;
}
