/**
 * The clock of one conversation: time that stands still while the game is paused. Everything
 * timed in a conversation goes through it (the delivery of each line, the reply timer, the call
 * clock, the beats between lines, the engine's time stamps), so pausing stops them all at once and
 * resuming continues each where it stopped (scenario-format.md, "Rules of play": pause). A call
 * scheduled before a pause keeps the time it still had to wait.
 */
import type { Clock } from '../engine/index.ts';
import type { Scheduler } from '../engine/index.ts';

interface Pending {
  /** When it is due, on this clock (`after`); frames have none. */
  readonly due: number | undefined;
  readonly run: (time: number) => void;
  /** Cancels the underlying browser timer while it is armed. */
  disarm: (() => void) | undefined;
}

export class PlayClock implements Clock, Scheduler {
  private pausedAt: number | undefined;
  /** Time spent paused so far, which `now()` leaves out. */
  private pausedFor = 0;
  private readonly pending = new Set<Pending>();
  private disposed = false;
  /**
   * When this clock was made, on itself. A resumed conversation's earlier time stamps come from
   * an earlier visit's clock and all lie before it.
   */
  readonly since: number;

  constructor(
    private readonly base: Clock,
    private readonly scheduler: Scheduler,
  ) {
    this.since = base.now();
  }

  /** Milliseconds on the base clock, less every pause: it does not move while paused. */
  now(): number {
    return (this.pausedAt ?? this.base.now()) - this.pausedFor;
  }

  get paused(): boolean {
    return this.pausedAt !== undefined;
  }

  after(ms: number, fn: () => void): () => void {
    return this.add({ due: this.now() + Math.max(0, ms), run: () => fn(), disarm: undefined });
  }

  /** The next animation frame while playing; asked for while paused, the first one after it. */
  frame(fn: (time: number) => void): () => void {
    return this.add({ due: undefined, run: fn, disarm: undefined });
  }

  /** Stops time: nothing scheduled runs until `resume`. */
  pause(): void {
    if (this.paused || this.disposed) return;
    this.pausedAt = this.base.now();
    for (const p of this.pending) this.disarm(p);
  }

  /** Lets time run again; each scheduled call waits only what it had left. */
  resume(): void {
    if (this.pausedAt === undefined || this.disposed) return;
    this.pausedFor += this.base.now() - this.pausedAt;
    this.pausedAt = undefined;
    for (const p of [...this.pending].sort(byDue)) this.arm(p);
  }

  /** The conversation is over: every call still waiting is dropped, and later ones never run. */
  dispose(): void {
    this.disposed = true;
    for (const p of this.pending) this.disarm(p);
    this.pending.clear();
  }

  private add(p: Pending): () => void {
    if (this.disposed) return () => {};
    this.pending.add(p);
    if (!this.paused) this.arm(p);
    return () => {
      this.disarm(p);
      this.pending.delete(p);
    };
  }

  private arm(p: Pending): void {
    const run = (time: number) => {
      p.disarm = undefined;
      this.pending.delete(p);
      p.run(time);
    };
    p.disarm =
      p.due === undefined
        ? this.scheduler.frame(() => run(this.now()))
        : this.scheduler.after(Math.max(0, p.due - this.now()), () => run(this.now()));
  }

  private disarm(p: Pending): void {
    p.disarm?.();
    p.disarm = undefined;
  }
}

/** Calls due first are armed first, so calls due at the same time keep their order. */
function byDue(a: Pending, b: Pending): number {
  return (a.due ?? -Infinity) - (b.due ?? -Infinity);
}
