/**
 * The SCORM session against scorm-again (the LMS-side runtime) in Node: the API is found through
 * parents and openers as ADL's discovery algorithm walks them; an LMS that fails is retried where
 * the standard allows (its general failures), and every failure is logged and shown to the
 * learner in the LMS's own words; nothing is dropped silently.
 */
import { describe, expect, it } from 'vitest';
import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import { bestPath, createRunner, seededRandom } from '../../../src/engine/index.ts';
import { createNotices } from '../../../src/lms/notice.ts';
import { findScormApi } from '../../../src/lms/scorm-api.ts';
import { ScormSession } from '../../../src/lms/scorm-session.ts';
import { fixture } from '../helpers.ts';
import { manualClock } from '../../manual-clock.ts';

const scenario = fixture('tests/fixtures/valid/authoring-example.yaml');

type Lms = Record<string, (...args: string[]) => string> & { cmi: unknown };
type LmsClass = new (settings: { logLevel: number; autocommit?: boolean }) => Lms;
// The package's ES modules export the classes by name (its type declarations say default).
const Scorm12API = (scorm12 as unknown as { Scorm12API: LmsClass }).Scorm12API;
const Scorm2004API = (scorm2004 as unknown as { Scorm2004API: LmsClass }).Scorm2004API;
/** scorm-again's JSON of the CMI data, nested objects of strings as the LMS holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the data model's shape, read as the LMS holds it
type Cmi = { cmi: Record<string, any> };
type Win = { parent: Win; opener?: Win | null; top?: Win; [name: string]: unknown };

/** A window, its parent chain up to a top of its own. */
function frames(depth: number, at: Record<number, Record<string, unknown>> = {}): Win[] {
  const chain: Win[] = [];
  for (let i = 0; i <= depth; i++) chain.push({ ...(at[i] ?? {}) } as Win);
  chain.forEach((w, i) => {
    w.parent = chain[i + 1] ?? w;
    w.top = chain[depth]!;
  });
  return chain;
}

/**
 * scorm-again as the LMS, with faults: `fail(element, call)` says which error code a SetValue
 * (or, with element 'commit', a Commit) fails with on its nth call, or 0 to let it through.
 */
function lms(version: '1.2' | '2004', fail: (element: string, n: number) => number = () => 0) {
  const api = version === '1.2' ? new Scorm12API({ logLevel: 5, autocommit: false }) : new Scorm2004API({ logLevel: 5, autocommit: false });
  const [set, commit, last, diagnostic] =
    version === '1.2'
      ? ['LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetDiagnostic']
      : ['SetValue', 'Commit', 'GetLastError', 'GetDiagnostic'];
  const calls = new Map<string, number>();
  let failed = 0;
  const wrap = (name: string, element: (args: string[]) => string) => {
    const real = api[name]!.bind(api);
    api[name] = (...args: string[]) => {
      const key = element(args);
      const n = (calls.get(key) ?? 0) + 1;
      calls.set(key, n);
      failed = fail(key, n);
      return failed ? 'false' : real(...args);
    };
  };
  wrap(set, (args) => args[0]!);
  wrap(commit, () => 'commit');
  const realLast = api[last]!.bind(api);
  const realDiagnostic = api[diagnostic]!.bind(api);
  api[last] = () => (failed ? String(failed) : realLast());
  // The LMS's error text is scorm-again's own; its diagnostic says what went wrong.
  api[diagnostic] = (code: string) => (failed && String(failed) === String(code) ? 'the database is unavailable' : realDiagnostic(code));
  /** How the game words error `code`: the LMS's text and diagnostic. */
  const words = (code: number) =>
    `error ${code}: ${api[version === '1.2' ? 'LMSGetErrorString' : 'GetErrorString']!(String(code))} (the database is unavailable)`;
  return {
    api,
    calls,
    words,
    cmi: () => JSON.parse(JSON.stringify((api as unknown as { renderCMIToJSONObject(): unknown }).renderCMIToJSONObject())) as Cmi,
  };
}

/** A session on `version` with a scheduler the test runs by hand, and what the learner and the log were told. */
function session(version: '1.2' | '2004', raw: Lms) {
  const win = frames(1, { 1: { [version === '1.2' ? 'API' : 'API_1484_11']: raw } })[0]!;
  const api = findScormApi(version, win as unknown as Window)!;
  const logged: string[] = [];
  const told: { kind: string; why: string }[] = [];
  const notices = createNotices({ warn: (m) => logged.push(m), error: (m) => logged.push(m) });
  const tell = notices.tell.bind(notices);
  notices.tell = (kind, why = '') => {
    told.push({ kind, why });
    tell(kind, why);
  };
  const timers: { ms: number; fn: () => void }[] = [];
  const clock = manualClock(Date.UTC(2026, 11, 3, 9));
  const s = new ScormSession(api, { now: clock.now, after: (ms, fn) => void timers.push({ ms, fn }), notices });
  /** Runs the waiting timers (and those they set) until none is left; the pauses they asked for. */
  const runTimers = () => {
    const waited: number[] = [];
    while (timers.length) {
      const t = timers.shift()!;
      waited.push(t.ms);
      t.fn();
    }
    return waited;
  };
  return { s, logged, told, runTimers, clock };
}

/** Plays the best path through `s`'s LMS, to the end. */
function playBest(s: ScormSession, clock: ReturnType<typeof manualClock>): void {
  const runner = createRunner(scenario, { clock, random: seededRandom(3) });
  s.follow(runner, 'en');
  runner.start();
  for (const step of bestPath(scenario).steps) {
    clock.advance(500);
    runner.lineDelivered();
    clock.advance(1200);
    runner.choose(step.choiceId);
  }
}

describe('finding the LMS', () => {
  it("walks up the parents, then the opener and its parents, for the version's API", () => {
    const raw = new Scorm2004API({ logLevel: 5 });
    expect(findScormApi('2004', frames(3, { 3: { API_1484_11: raw } })[0] as unknown as Window)).toBeDefined();
    // The 1.2 API is not the 2004 one.
    expect(findScormApi('1.2', frames(3, { 3: { API_1484_11: raw } })[0] as unknown as Window)).toBeUndefined();
    const lmsWindow = frames(2, { 1: { API: new Scorm12API({ logLevel: 5 }) } });
    const popup = frames(1);
    popup[0]!.opener = lmsWindow[0]!;
    expect(findScormApi('1.2', popup[0] as unknown as Window)?.initialize()).toBe(true);
    // A popup opened from a frame of the top window's opener's chain: the top's opener.
    const nested = frames(2);
    nested[2]!.opener = lmsWindow[0]!;
    expect(findScormApi('1.2', nested[0] as unknown as Window)).toBeDefined();
    expect(findScormApi('1.2', frames(4)[0] as unknown as Window)).toBeUndefined();
  });

  it('stops at a window of another origin (reading it throws) without failing', () => {
    const chain = frames(2, { 2: { API: new Scorm12API({ logLevel: 5 }) } });
    Object.defineProperty(chain[1], 'API', {
      get: () => {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(findScormApi('1.2', chain[0] as unknown as Window)).toBeUndefined();
  });
});

describe('an LMS that fails', () => {
  it('an Initialize the LMS refuses: the learner is told in its words, and nothing is written', () => {
    const { api } = lms('2004');
    api['Initialize'] = () => 'false';
    api['GetLastError'] = () => '102';
    api['GetErrorString'] = () => 'General Initialization Failure';
    api['GetDiagnostic'] = () => 'the learner has no enrolment';
    const { s, told, logged } = session('2004', api);
    expect(s.start()).toBeUndefined();
    expect(told).toEqual([{ kind: 'notStarted', why: 'error 102: General Initialization Failure (the learner has no enrolment)' }]);
    expect(logged).toEqual(['LMS: notStarted: error 102: General Initialization Failure (the learner has no enrolment)']);
  });

  for (const version of ['1.2', '2004'] as const) {
    const interactionId = 'cmi.interactions.0.id';

    it(`SCORM ${version}: a general failure (101) twice is told, logged, and retried with growing pauses until the LMS takes it`, () => {
      const { api, cmi, words } = lms(version, (el, n) => (el === interactionId && n <= 2 ? 101 : 0));
      const { s, told, logged, runTimers, clock } = session(version, api);
      s.start();
      playBest(s, clock);
      // Held back, in order: nothing after the failing write has gone either.
      expect(cmi().cmi['interactions']?.['0']).toBeUndefined();
      expect(words(101)).toMatch(/^error 101: General Exception \(the database is unavailable\)$/i);
      expect(told[0]).toEqual({ kind: 'notSaved', why: words(101) });
      expect(logged[0]).toBe(`LMS: notSaved: ${words(101)}`);
      expect(runTimers()).toEqual([500, 1000]);
      s.finish();
      const data = cmi().cmi;
      const n = bestPath(scenario).steps.length;
      expect(Object.keys(data['interactions']).filter((k) => /^\d+$/.test(k))).toHaveLength(n);
      expect(version === '1.2' ? data['core'].lesson_status : data['success_status']).toBe('passed');
      expect(told.every((t) => t.kind === 'notSaved')).toBe(true);
    });

    it(`SCORM ${version}: a write the LMS refuses for good is told, logged, and the writes after it still go`, () => {
      // 405/406: not a general failure, so not retried.
      const code = version === '1.2' ? 405 : 406;
      const { api, cmi, words } = lms(version, (el) => (el.endsWith('.latency') ? code : 0));
      const { s, told, logged, runTimers, clock } = session(version, api);
      s.start();
      playBest(s, clock);
      expect(runTimers()).toEqual([]);
      s.finish();
      const refused = told.filter((t) => t.kind === 'refused');
      expect(refused).toHaveLength(bestPath(scenario).steps.length);
      expect(refused[0]!.why).toBe(`cmi.interactions.0.latency: ${words(code)}`);
      expect(logged.filter((l) => l.includes('latency'))).toHaveLength(refused.length);
      const first = cmi().cmi['interactions']['0'];
      expect(first.result).toBe('correct');
      expect(version === '1.2' ? cmi().cmi['core'].lesson_status : cmi().cmi['success_status']).toBe('passed');
    });

    it(`SCORM ${version}: an LMS that keeps failing is given up on after five tries, and the learner is told`, () => {
      // The first reply's interaction fails all five tries (the LMS's database is down for it).
      const { api, cmi, words } = lms(version, (el, n) => (el === interactionId && n <= 5 ? 101 : 0));
      const { s, told, runTimers, clock } = session(version, api);
      s.start();
      playBest(s, clock);
      expect(runTimers()).toEqual([500, 1000, 2000, 4000]);
      expect(told.filter((t) => t.kind === 'notSaved').at(-1)!.why).toBe(`${interactionId}: ${words(101)}`);
      s.finish();
      // The interaction the LMS would not take is left out; the later ones take its place, and
      // the learner's result arrives.
      const steps = bestPath(scenario).steps;
      const interactions = cmi().cmi['interactions'];
      expect(
        Object.keys(interactions)
          .filter((k) => /^\d+$/.test(k))
          .map((k) => interactions[k].id),
      ).toEqual(steps.slice(1).map((x) => x.nodeId));
      expect(interactions['0'].type).toBe('choice');
      expect(told.filter((t) => t.kind === 'refused')).toEqual([]);
      expect(version === '1.2' ? cmi().cmi['core'].lesson_status : cmi().cmi['success_status']).toBe('passed');
    });

    it(`SCORM ${version}: a Commit that fails is retried, and one that fails when the learner leaves is told`, () => {
      let failing = true;
      const { api, calls, words } = lms(version, (el) => (el === 'commit' && failing ? 391 : 0));
      const { s, told, runTimers, clock } = session(version, api);
      s.start();
      expect(told.map((t) => t.kind)).toEqual(['notSaved']);
      runTimers();
      failing = false;
      playBest(s, clock);
      failing = true;
      s.finish();
      expect(calls.get('commit')).toBeGreaterThan(5);
      expect(told.at(-1)).toEqual({ kind: 'notSaved', why: words(391) });
    });
  }
});
