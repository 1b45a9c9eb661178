import { describe, expect, it } from 'vitest';
import { runInSlices, type SliceClock } from './run-in-slices.ts';

/** A clock that moves only when a step says it took time, and logs each task switch. */
function fakeClock(log: string[]): SliceClock & { spend(ms: number): void } {
  let t = 0;
  return {
    now: () => t,
    spend: (ms) => void (t += ms),
    nextTask: () => {
      log.push('|');
      return Promise.resolve();
    },
  };
}

describe('runInSlices', () => {
  it('runs every step once, in order, yielding whenever a slice has used its budget', async () => {
    const log: string[] = [];
    const clock = fakeClock(log);
    const costs = [5, 5, 7, 1, 20, 3, 3, 3, 3, 3];
    const steps = costs.map((ms, i) => () => {
      log.push(String(i));
      clock.spend(ms);
    });
    const slices = await runInSlices(steps, 16, clock);
    // 5+5+7 = 17 ≥ 16 → new slice; 1+20 → new slice; 3×5 = 15 < 16 → stays.
    expect(log.join(' ')).toBe('0 1 2 | 3 4 | 5 6 7 8 9');
    expect(slices).toBe(3);
  });

  it('uses one slice when everything fits, and never cuts a step', async () => {
    const log: string[] = [];
    const clock = fakeClock(log);
    expect(await runInSlices([() => clock.spend(2), () => clock.spend(2)], 16, clock)).toBe(1);
    expect(log).toEqual([]);
    // One step far over the budget still runs whole, and the next starts a new slice.
    expect(await runInSlices([() => clock.spend(100), () => log.push('next')], 16, clock)).toBe(2);
    expect(log).toEqual(['|', 'next']);
  });

  it('stops at a step that throws, and rejects with its error', async () => {
    const ran: number[] = [];
    const clock = fakeClock([]);
    const boom = new Error('module failed');
    const steps = [
      () => ran.push(1),
      () => {
        throw boom;
      },
      () => ran.push(3),
    ];
    await expect(runInSlices(steps, 16, clock)).rejects.toBe(boom);
    expect(ran).toEqual([1]);
  });

  it('runs nothing for no steps', async () => {
    expect(await runInSlices([], 16, fakeClock([]))).toBe(1);
  });
});
