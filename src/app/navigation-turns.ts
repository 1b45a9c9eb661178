/**
 * Navigations that load before they show (a scenario, progress), kept in order: of several
 * loading at once only the latest is shown, and a background refresh (a saved file under
 * `npm start`) never overtakes one still loading: it runs once that has shown.
 */
export class NavigationTurns {
  private turn = 0;
  private loading: number | undefined;
  private waiting: (() => Promise<void>) | undefined;

  /**
   * Waits for `next`, then calls `show` with it, unless another navigation began meanwhile (its
   * answer is dropped). A refresh asked for while it loaded runs after `show`.
   */
  async go<T>(next: Promise<T>, show: (value: T) => void): Promise<void> {
    const turn = ++this.turn;
    this.loading = turn;
    let value: T;
    try {
      value = await next;
    } catch (e) {
      if (this.loading === turn) this.loading = undefined;
      // The screen shown is still the one the refresh was asked on: it is brought up to date.
      await this.due();
      throw e;
    }
    if (this.loading === turn) this.loading = undefined;
    // Overtaken by a later load (which runs the refresh once shown), or by a screen shown at
    // once, after which the refresh is due now rather than never.
    if (turn !== this.turn) return this.due();
    show(value);
    // Showing began a load of its own (the screen's code): the refresh waits for that one to show.
    return this.due();
  }

  /** Runs the refresh asked for meanwhile, if nothing is loading any more. */
  private async due(): Promise<void> {
    if (this.loading !== undefined) return;
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) await waiting();
  }

  /** A screen was shown without loading: whatever is still loading is dropped. */
  shown(): void {
    this.turn++;
    this.loading = undefined;
  }

  /** Runs `refresh` now, or, if a navigation is loading, once it has shown (the last asked wins). */
  refresh(refresh: () => Promise<void>): Promise<void> {
    if (this.loading === undefined) return refresh();
    this.waiting = refresh;
    return Promise.resolve();
  }
}
