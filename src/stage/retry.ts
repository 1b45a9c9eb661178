/**
 * Tries `attempt` until it succeeds: after each failure waits the next of `delaysMs`, and once
 * they are used up passes the last failure on. A picture lost to a dropped connection on mobile
 * data is asked for again rather than leaving the customer without a face.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  delaysMs: readonly number[],
  wait: (ms: number) => Promise<void>,
): Promise<T> {
  for (let tried = 0; ; tried++) {
    try {
      return await attempt();
    } catch (error) {
      if (tried >= delaysMs.length) throw error;
      await wait(delaysMs[tried]!);
    }
  }
}
