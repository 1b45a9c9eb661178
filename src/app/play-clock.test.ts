import { describe, expect, it } from 'vitest';

import { PlayClock } from './play-clock.ts';
import type { Scheduler } from '../engine/index.ts';
import { manualClock } from '../../tests/manual-clock.ts';

/** A browser-like scheduler on a manual clock: `advance` runs timers as they fall due, in order. */
function browser() {
  const clock = manualClock(10_000);
  let timers: { at: number; seq: number; fn: () => void }[] = [];
  let frames: ((t: number) => void)[] = [];
  let seq = 0;
  const scheduler: Scheduler = {
    after(ms, fn) {
      const t = { at: clock.now() + ms, seq: seq++, fn };
      timers.push(t);
      return () => (timers = timers.filter((x) => x !== t));
    },
    frame(fn) {
      frames.push(fn);
      return () => (frames = frames.filter((x) => x !== fn));
    },
  };
  const advance = (ms: number) => {
    const end = clock.now() + ms;
    for (;;) {
      const next = [...timers].sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!next || next.at > end) break;
      timers = timers.filter((x) => x !== next);
      clock.set(next.at);
      next.fn();
    }
    clock.set(end);
  };
  const paint = () => {
    const due = frames;
    frames = [];
    due.forEach((f) => f(clock.now()));
  };
  return { clock, scheduler, advance, paint, waiting: () => timers.length + frames.length };
}

describe('PlayClock', () => {
  it('runs scheduled calls on time while playing, and its now() follows the base clock', () => {
    const b = browser();
    const play = new PlayClock(b.clock, b.scheduler);
    const ran: number[] = [];
    play.after(100, () => ran.push(play.now()));
    b.advance(99);
    expect(ran).toEqual([]);
    b.advance(1);
    expect(ran).toEqual([10_100]);
    expect(play.now()).toBe(b.clock.now());
  });

  it('stands still while paused: now() does not move and nothing runs, however long the pause', () => {
    const b = browser();
    const play = new PlayClock(b.clock, b.scheduler);
    const ran: string[] = [];
    play.after(1_000, () => ran.push('timer'));
    play.frame(() => ran.push('frame'));
    b.advance(400);
    play.pause();
    const frozen = play.now();
    b.advance(60_000);
    b.paint();
    expect(ran).toEqual([]);
    expect(play.now()).toBe(frozen);
    expect(b.waiting()).toBe(0);
    // Asked for while paused: waits for the resume too.
    play.after(0, () => ran.push('late ask'));
    b.advance(1_000);
    expect(ran).toEqual([]);
  });

  it('continues where it stopped: each call waits only what it had left, in order, and time leaves the pause out', () => {
    const b = browser();
    const play = new PlayClock(b.clock, b.scheduler);
    const ran: string[] = [];
    const start = play.now();
    play.after(1_000, () => ran.push('a'));
    play.after(300, () => ran.push('b'));
    play.after(1_000, () => ran.push('c'));
    b.advance(250);
    play.pause();
    b.advance(45_000);
    play.resume();
    expect(play.now() - start).toBe(250);
    b.advance(49);
    expect(ran).toEqual([]);
    b.advance(1);
    expect(ran).toEqual(['b']);
    b.advance(700);
    expect(ran).toEqual(['b', 'a', 'c']);
    expect(play.now() - start).toBe(1_000);
    b.paint();
  });

  it('adds up several pauses, and pausing or resuming twice changes nothing', () => {
    const b = browser();
    const play = new PlayClock(b.clock, b.scheduler);
    const start = play.now();
    play.pause();
    play.pause();
    b.advance(5_000);
    play.resume();
    play.resume();
    b.advance(100);
    play.pause();
    b.advance(7_000);
    play.resume();
    b.advance(100);
    expect(play.now() - start).toBe(200);
  });

  it('cancels single calls, and drops everything once disposed', () => {
    const b = browser();
    const play = new PlayClock(b.clock, b.scheduler);
    const ran: string[] = [];
    const cancel = play.after(10, () => ran.push('cancelled'));
    play.after(10, () => ran.push('dropped'));
    cancel();
    play.pause();
    play.dispose();
    play.resume();
    play.after(0, () => ran.push('after dispose'));
    b.advance(1_000);
    expect(ran).toEqual([]);
    expect(b.waiting()).toBe(0);
  });
});
