import { describe, expect, it } from 'vitest';
import { NavigationTurns } from './navigation-turns.ts';

/** A promise resolved from outside, to finish loads in any order. */
function later<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('NavigationTurns', () => {
  it('shows only the later of two navigations, whichever loads first', async () => {
    const turns = new NavigationTurns();
    const shown: string[] = [];
    const a = later<string>();
    const b = later<string>();
    const first = turns.go(a.promise, (v) => shown.push(v));
    const second = turns.go(b.promise, (v) => shown.push(v));
    b.resolve('brief');
    await second;
    a.resolve('map');
    await first;
    expect(shown).toEqual(['brief']);
  });

  it('drops a load overtaken by a screen shown at once', async () => {
    const turns = new NavigationTurns();
    const shown: string[] = [];
    const a = later<string>();
    const going = turns.go(a.promise, (v) => shown.push(v));
    turns.shown();
    a.resolve('brief');
    await going;
    expect(shown).toEqual([]);
  });

  it('runs a refresh after a screen whose showing loads its code first, not between the two', async () => {
    const turns = new NavigationTurns();
    const events: string[] = [];
    const view = later<string>();
    const code = later<void>();
    let drawing: Promise<void> | undefined;
    const going = turns.go(view.promise, (v) => {
      // As App.show does for a screen whose code has not arrived: a turn of its own, then the drawing.
      drawing = turns.go(code.promise, () => events.push(`show ${v}`));
    });
    const refreshed = turns.refresh(async () => void events.push('refresh'));
    view.resolve('map');
    await going;
    expect(events).toEqual([]);
    code.resolve();
    await drawing;
    await refreshed;
    expect(events).toEqual(['show map', 'refresh']);
  });

  it('runs a refresh asked for while a navigation loads after that navigation shows, not instead', async () => {
    const turns = new NavigationTurns();
    const events: string[] = [];
    const a = later<string>();
    const going = turns.go(a.promise, (v) => events.push(`show ${v}`));
    await turns.refresh(async () => void events.push('refresh 1'));
    await turns.refresh(async () => void events.push('refresh 2'));
    expect(events).toEqual([]);
    a.resolve('map');
    await going;
    expect(events).toEqual(['show map', 'refresh 2']);
    // With nothing loading, a refresh runs at once.
    await turns.refresh(async () => void events.push('refresh 3'));
    expect(events.at(-1)).toBe('refresh 3');
  });

  it('a failed load leaves nothing loading, so refreshes run again', async () => {
    const turns = new NavigationTurns();
    const a = later<string>();
    const going = turns.go(a.promise, () => undefined);
    a.reject(new Error('offline'));
    await expect(going).rejects.toThrow('offline');
    let ran = false;
    await turns.refresh(async () => void (ran = true));
    expect(ran).toBe(true);
  });
  it('a refresh asked for while a load is overtaken by a screen shown at once runs, not lost', async () => {
    const turns = new NavigationTurns();
    const events: string[] = [];
    const a = later<string>();
    const going = turns.go(a.promise, (v) => events.push(`show ${v}`));
    await turns.refresh(async () => void events.push('refresh'));
    // A screen drawn without loading (the menu after a failed link) overtakes the load.
    turns.shown();
    a.resolve('map');
    await going;
    expect(events).toEqual(['refresh']);
  });

  it('a refresh asked for while a load fails still runs, on the screen that stays', async () => {
    const turns = new NavigationTurns();
    const events: string[] = [];
    const a = later<string>();
    const going = turns.go(a.promise, () => events.push('show'));
    await turns.refresh(async () => void events.push('refresh'));
    a.reject(new Error('offline'));
    await expect(going).rejects.toThrow('offline');
    expect(events).toEqual(['refresh']);
  });
});
