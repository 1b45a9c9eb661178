import { describe, expect, it } from 'vitest';
import { withRetries } from './retry.ts';

/** An attempt that fails `failures` times, then answers; counts its calls. */
function flaky(failures: number) {
  let calls = 0;
  const attempt = () => {
    calls++;
    return calls <= failures ? Promise.reject(new Error(`failure ${calls}`)) : Promise.resolve('picture');
  };
  return { attempt, calls: () => calls };
}

describe('withRetries', () => {
  it('answers at once when the first attempt succeeds, waiting for nothing', async () => {
    const waited: number[] = [];
    const f = flaky(0);
    await expect(withRetries(f.attempt, [10, 20], async (ms) => void waited.push(ms))).resolves.toBe('picture');
    expect(f.calls()).toBe(1);
    expect(waited).toEqual([]);
  });

  it('waits each delay in turn between failed attempts, and answers with the first success', async () => {
    const waited: number[] = [];
    const f = flaky(2);
    await expect(withRetries(f.attempt, [10, 20, 40], async (ms) => void waited.push(ms))).resolves.toBe('picture');
    expect(f.calls()).toBe(3);
    expect(waited).toEqual([10, 20]);
  });

  it('passes the last failure on once the delays are used up', async () => {
    const waited: number[] = [];
    const f = flaky(5);
    await expect(withRetries(f.attempt, [10, 20], async (ms) => void waited.push(ms))).rejects.toThrow('failure 3');
    expect(f.calls()).toBe(3);
    expect(waited).toEqual([10, 20]);
  });
});
