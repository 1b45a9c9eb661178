/**
 * Builders for progress tests: real attempts played through the runner, hand-made records with
 * chosen scores, and the frozen version-1 fixture.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Scores } from '../../../src/engine/index.ts';
import { attemptFromResult, type AttemptRecord, type Profile } from '../../../src/engine/progress/index.ts';
import { fixture, play, root } from '../helpers.ts';

export const twoPaths = fixture('tests/fixtures/valid/two-paths.yaml');

/** A real attempt: plays `ids` on two-paths (a leading '!' interrupts) and records the result. */
export function played(
  ids: string[],
  meta: { id?: string; profileId?: string; replyLimitMs?: number; thinkMs?: number } = {},
): AttemptRecord {
  const { runner } = play(twoPaths, ids, {
    ...(meta.replyLimitMs === undefined ? {} : { replyLimitMs: meta.replyLimitMs }),
    ...(meta.thinkMs === undefined ? {} : { thinkMs: meta.thinkMs }),
  });
  return attemptFromResult(runner.result(), { id: meta.id ?? 'attempt-1', profileId: meta.profileId ?? 'p1', lang: 'en' });
}

const ZERO: Scores = { listen: 0, empathy: 0, honesty: 0, calm: 0 };

/**
 * A hand-made valid attempt with no steps: set scenario, time and scores as the test needs. It
 * starts a second before `endedAt` (or at 0) and lasts the difference, as the game records it.
 */
export function attempt(
  over: Partial<Omit<AttemptRecord, 'v' | 'scores' | 'best'>> & { scores?: Partial<Scores>; best?: Partial<Scores> } = {},
): AttemptRecord {
  const { scores, best, ...rest } = over;
  const endedAt = rest.endedAt ?? 2_000;
  const startedAt = rest.startedAt ?? Math.max(0, endedAt - 1_000);
  return {
    v: 2,
    id: 'a',
    profileId: 'p1',
    scenarioId: 's',
    lang: 'en',
    startedAt,
    endedAt,
    durationMs: endedAt - startedAt,
    ending: 'resolved',
    endedBy: 'node',
    steps: [],
    interruptions: 0,
    lateReplies: 0,
    holds: 0,
    ...rest,
    scores: { ...ZERO, ...scores },
    best: { ...ZERO, ...best },
  };
}

export function profile(id = 'p1', name = 'Ana'): Profile {
  return { id, name, createdAt: 500 };
}

export const v1ExportText = readFileSync(resolve(root, 'tests/fixtures/progress/v1-export.json'), 'utf8');
export const v1Export = JSON.parse(v1ExportText) as { profiles: Profile[]; attempts: Record<string, unknown>[] };
export const v2Expected = JSON.parse(readFileSync(resolve(root, 'tests/fixtures/progress/v2-expected.json'), 'utf8')) as AttemptRecord[];

/** Freezes a value deeply, so a test proves a function does not mutate its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
