/** `nextTask` runs later than the current task, and a stopped clock does not hold it back. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTask } from './next-task.ts';

afterEach(() => vi.useRealTimers());

describe('nextTask', () => {
  it('runs after the current task and its microtasks', async () => {
    const order: string[] = [];
    const done = new Promise<void>((resolve) =>
      nextTask(() => {
        order.push('next task');
        resolve();
      }),
    );
    queueMicrotask(() => order.push('microtask'));
    order.push('this task');
    await done;
    expect(order).toEqual(['this task', 'microtask', 'next task']);
  });

  it('runs while the clock is stopped', async () => {
    vi.useFakeTimers();
    await new Promise<void>((resolve) => nextTask(resolve));
  });
});
