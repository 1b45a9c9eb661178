/**
 * The dev server's library follower: whatever the order of writes and watcher events, the game
 * ends up with what is on disk, and is told only of real changes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { affectsLibrary, followLibrary, followWatcher } from '../../build/library-follower.ts';
import { libraryReader, sameLibrary } from '../../build/scenario-library.ts';

const valid = readFileSync(resolve(import.meta.dirname, '../fixtures/valid/two-paths.yaml'), 'utf8');

// The follower's waits run on fake timers, advanced by hand.
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A project folder with one scenario file in `scenarios/`. */
function setup(): { root: string; file: string } {
  const root = mkdtempSync(join(tmpdir(), 'hot-seat-follow-'));
  mkdirSync(join(root, 'scenarios'));
  const file = join(root, 'scenarios', 'two-paths.yaml');
  writeFileSync(file, valid);
  return { root, file };
}

describe('followLibrary', () => {
  it('ends on the finished file when a check ran between truncation and write and the write went unannounced', () => {
    const { root, file } = setup();
    const read = libraryReader(root, ['scenarios']);
    const sent: { playable: boolean; title?: unknown }[][] = [];
    const follow = followLibrary(read(), {
      read,
      same: sameLibrary,
      changed: (lib) => sent.push(lib.map((e) => ({ playable: !!e.scenario, title: e.scenario?.title }))),
    }).touched;
    // An in-place save: the editor truncates (one event), the check runs, then it writes; the
    // watcher drops the write's event (it came too soon after the last).
    writeFileSync(file, '');
    follow();
    vi.advanceTimersByTime(40);
    expect(sent.at(-1)?.[0]?.playable).toBe(false);
    writeFileSync(file, valid.replace('title: { en: Two paths', 'title: { en: Saved in place'));
    vi.advanceTimersByTime(400);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.[0]).toMatchObject({ playable: true, title: { en: expect.stringContaining('Saved in place') } });
  });

  it('a change whose sending failed is sent again by the next check, not taken as sent', () => {
    const { root, file } = setup();
    const read = libraryReader(root, ['scenarios']);
    const sent: unknown[] = [];
    let failing = true;
    const follower = followLibrary(read(), {
      read,
      same: sameLibrary,
      changed: (lib) => {
        if (failing) throw new Error('socket closed');
        sent.push(lib);
      },
    });
    writeFileSync(file, valid.replace('title: { en: Two paths', 'title: { en: Sent twice'));
    expect(() => follower.catchUp()).toThrow('socket closed');
    failing = false;
    follower.catchUp();
    expect(sent).toHaveLength(1);
  });

  it('checks a burst of events once it settles, and says nothing when nothing changed', () => {
    const { root, file } = setup();
    let reads = 0;
    const reader = libraryReader(root, ['scenarios']);
    const read = () => (reads++, reader());
    const sent: unknown[] = [];
    const follow = followLibrary(read(), { read, same: sameLibrary, changed: (lib) => sent.push(lib) }).touched;
    reads = 0;
    for (let i = 0; i < 5; i++) {
      follow();
      vi.advanceTimersByTime(10);
    }
    expect(reads).toBe(0);
    vi.advanceTimersByTime(30);
    expect(reads).toBe(1);
    vi.advanceTimersByTime(400);
    expect(reads).toBe(2);
    // The same bytes saved again: checked, but the game is not told.
    expect(sent).toEqual([]);
    writeFileSync(file, valid.replace('next: heated', 'next: heatd'));
    follow();
    vi.advanceTimersByTime(40);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(400);
    expect(sent).toHaveLength(1);
  });
});

describe('LibraryFollower.catchUp', () => {
  it('finds a save the watcher has not told of yet, and settles a waiting burst at once', () => {
    const { root, file } = setup();
    const read = libraryReader(root, ['scenarios']);
    const sent: string[] = [];
    const follower = followLibrary(read(), { read, same: sameLibrary, changed: (lib) => sent.push(String(lib[0]?.scenario?.title['en'])) });
    follower.catchUp();
    expect(sent).toEqual([]);
    writeFileSync(file, valid.replace('title: { en: Two paths', 'title: { en: Saved then reloaded'));
    follower.catchUp();
    expect(sent).toEqual([expect.stringContaining('Saved then reloaded')]);
    writeFileSync(file, valid.replace('title: { en: Two paths', 'title: { en: Saved again'));
    follower.touched();
    vi.advanceTimersByTime(5);
    follower.catchUp();
    expect(sent).toHaveLength(2);
    // The settle check it replaced does not run again; the confirming one finds nothing new.
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([expect.stringContaining('Saved then reloaded'), expect.stringContaining('Saved again')]);
  });
});

describe('followWatcher', () => {
  it('a voice folder made and filled at once clears the error even when only the folder was announced', () => {
    const { root, file } = setup();
    writeFileSync(file, valid.replace('    venting: true', '    voice: { en: audio/new/open.mp3 }\n    venting: true'));
    const read = libraryReader(root, ['scenarios']);
    const playable: boolean[] = [];
    const follower = followLibrary(read(), { read, same: sameLibrary, changed: (lib) => playable.push(!!lib[0]?.scenario) });
    const watcher = new EventEmitter();
    followWatcher(watcher, follower, [join(root, 'scenarios')], join(root, 'public'));
    expect(read()[0]?.scenario).toBeUndefined();
    // The folder is announced; the file written into it a moment later never is.
    mkdirSync(join(root, 'public/audio/new'), { recursive: true });
    watcher.emit('addDir', join(root, 'public/audio/new'));
    vi.advanceTimersByTime(10);
    writeFileSync(join(root, 'public/audio/new/open.mp3'), 'ID3');
    vi.advanceTimersByTime(1000);
    expect(playable).toEqual([true]);
    // A folder removed with its files takes the voice away again.
    rmSync(join(root, 'public/audio/new'), { recursive: true });
    watcher.emit('unlinkDir', join(root, 'public/audio/new'));
    vi.advanceTimersByTime(1000);
    expect(playable).toEqual([true, false]);
    // Events outside the library's paths start no check.
    writeFileSync(join(root, 'notes.md'), 'x');
    watcher.emit('add', join(root, 'notes.md'));
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('affectsLibrary', () => {
  const root = resolve('/project');
  const folders = [join(root, 'scenarios'), join(root, 'tests/fixtures/e2e')];
  const pub = join(root, 'public');

  it('counts scenario files directly in a scenario folder, and anything under public/', () => {
    expect(affectsLibrary(join(root, 'scenarios/late-delivery.yaml'), folders, pub)).toBe(true);
    expect(affectsLibrary(join(root, 'tests/fixtures/e2e/x.YML'), folders, pub)).toBe(true);
    expect(affectsLibrary(join(root, 'public/audio/voice/en/opening.mp3'), folders, pub)).toBe(true);
  });

  it('ignores other files, files below a scenario folder, and folders that only start alike', () => {
    expect(affectsLibrary(join(root, 'scenarios/notes.md'), folders, pub)).toBe(false);
    expect(affectsLibrary(join(root, 'scenarios/drafts/x.yaml'), folders, pub)).toBe(false);
    expect(affectsLibrary(join(root, 'scenarios-old/x.yaml'), folders, pub)).toBe(false);
    expect(affectsLibrary(join(root, 'public-notes/x.mp3'), folders, pub)).toBe(false);
    expect(affectsLibrary(join(root, 'src/app/main.ts'), folders, pub)).toBe(false);
  });
});
