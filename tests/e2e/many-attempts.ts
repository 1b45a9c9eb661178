/**
 * Progress files as the game's own backup holds them: one learner with `count` attempts spread
 * over the shipped scenarios. Used by the browser tests that import one (large or of a single
 * attempt) and by `npm run bench -- --progress`; and an exported file, read back.
 */
import { expect, type Download, type Page } from '@playwright/test';
import { exportProgress, type AttemptRecord, type Profile } from '../../src/engine/progress/index.ts';

const SCENARIOS = ['late-delivery', 'chat-rephrase', 'unpaid-invoice', 'bill-shock', 'coat-stain', 'on-hold-again'];
const DAY = 86_400_000;

/** The backup file's text for one learner (`profileId`, `name`) holding `count` attempts. */
export function manyAttempts(count: number, profileId = 'bulk-learner', name = 'Bulk learner'): string {
  const profile: Profile = { id: profileId, name, createdAt: Date.UTC(2026, 0, 1) };
  const attempts: AttemptRecord[] = [];
  for (let i = 0; i < count; i++) {
    const startedAt = profile.createdAt + Math.floor((i * 300 * DAY) / count);
    const score = (k: number) => ((i * 7 + k * 3) % 11) - 1;
    attempts.push({
      v: 2,
      id: `${profileId}-${String(i).padStart(6, '0')}`,
      profileId,
      scenarioId: SCENARIOS[i % SCENARIOS.length]!,
      lang: 'en',
      startedAt,
      endedAt: startedAt + 90_000,
      durationMs: 90_000,
      ending: i % 3 === 0 ? 'escalated' : 'resolved',
      endedBy: 'node',
      scores: { listen: score(1), empathy: score(2), honesty: score(3), calm: score(4) },
      best: { listen: 9, empathy: 9, honesty: 9, calm: 9 },
      steps: [],
      interruptions: 0,
      lateReplies: 0,
      holds: 0,
    });
  }
  // Without the indentation, as a tool would write it: 27,000 attempts stay under the 10 MB limit.
  return JSON.stringify(JSON.parse(exportProgress([profile], attempts, profile.createdAt + 301 * DAY)));
}

/**
 * For tests about what is done with progress rather than how it is made: opens Progress and
 * restores one learner, "Learner", with one attempt, from a backup file instead of playing.
 */
export async function restoreOneAttempt(page: Page): Promise<void> {
  await page.goto('/?view=progress&lang=en');
  await expect(page.getByTestId('progress')).toBeVisible();
  const backup = Buffer.from(manyAttempts(1, 'learner-1', 'Learner'));
  await page.getByTestId('import-file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
  await expect(page.getByTestId('transfer-status')).toHaveText('Imported 1 learner and 1 attempt.');
  await expect(page.getByTestId('attempt')).toHaveCount(1);
}

/** A downloaded file (an export), read and parsed as JSON. */
export async function downloadedJson<T>(file: Download): Promise<T> {
  const chunks: Buffer[] = [];
  for await (const c of await file.createReadStream()) chunks.push(c as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as T;
}
