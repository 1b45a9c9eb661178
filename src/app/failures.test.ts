/**
 * Every failure reaches the logger and the screen: a chunk that did not load is offered again
 * with Retry (which runs the same task), anything else is said as unexpected, with its reason.
 */
import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n.ts';
import type { FailureNotice } from '../ui/failure-notice.ts';
import { Failures, isChunkLoadError } from './failures.ts';
import { KeptFailureError } from './fresh-import.ts';

async function setUp() {
  const logged: string[] = [];
  const shown: FailureNotice[] = [];
  let reloads = 0;
  const i18n = await createI18n('en');
  const failures = new Failures({
    logger: { warn: (m) => logged.push(m), error: (m) => logged.push(m) },
    i18n,
    show: (n) => shown.push(n),
    reload: () => reloads++,
  });
  return { logged, shown, failures, reloads: () => reloads };
}

const chunkError = () => new TypeError('Failed to fetch dynamically imported module: http://x/assets/brief-1.js');

describe('Failures', () => {
  it('knows a chunk that did not load in the words of each browser', () => {
    expect(isChunkLoadError(chunkError())).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module'))).toBe(true);
    expect(isChunkLoadError(new RangeError('index out of range'))).toBe(false);
  });

  it('offers Retry for a chunk that did not load, and Retry runs the task again', async () => {
    const { logged, shown, failures } = await setUp();
    let tries = 0;
    failures.run(async () => {
      tries++;
      if (tries === 1) throw chunkError();
    }, 'open a brief');
    await expect.poll(() => shown.length).toBe(1);
    expect(logged).toEqual(['Could not open a brief.']);
    expect(shown[0]!.text).toMatch(/could not be loaded/);
    shown[0]!.retry!();
    await expect.poll(() => tries).toBe(2);
    expect(shown).toHaveLength(1);
  });

  it('offers a reload for a chunk the browser keeps failed, since running the task again cannot help', async () => {
    const { shown, failures, reloads } = await setUp();
    let tries = 0;
    failures.run(async () => {
      tries++;
      throw new KeptFailureError('http://x/assets/report-screens-1.js is served but does not load', { cause: chunkError() });
    }, 'draw the debrief screen');
    await expect.poll(() => shown.length).toBe(1);
    expect(shown[0]!.text).toMatch(/until the page is reloaded/);
    shown[0]!.retry!();
    expect(reloads()).toBe(1);
    expect(tries).toBe(1);
  });

  it('says an unexpected failure with its reason, and logs it', async () => {
    const { logged, shown, failures } = await setUp();
    failures.unhandled(new Error('the runner was asked twice'));
    expect(logged).toHaveLength(1);
    expect(shown[0]!.text).toContain('the runner was asked twice');
    expect(shown[0]!.retry).toBeUndefined();
  });
});
