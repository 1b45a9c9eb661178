/**
 * toXapi and validateStatement: every generated statement passes the xAPI 1.0.3 rules we rely
 * on, and Learning Locker's published validator (`@learninglocker/xapi-validation`) agrees, ids are deterministic
 * name-based UUIDs, and the validator catches each rule broken.
 */
import { describe, expect, it } from 'vitest';
import { xapiWarnings as lrsWarnings } from '../../xapi-warnings.ts';
import { HOT_SEAT_NAMESPACE, isoDuration, toXapi, uuidV5, type XapiStatement } from '../../../src/engine/progress/index.ts';
import { attempt, played, v2Expected } from './make.ts';
import { validateStatement } from './xapi-validate.ts';

const BASE = 'https://training.example.com/hot-seat';

/** What an LRS (Learning Locker's rules) would refuse in `s`: each problem's path and kind. */
function lrsProblems(s: unknown): string[] {
  return lrsWarnings(s).map((w) => `${w.path.join('.')}: ${w.constructor.name}`);
}

describe('uuidV5', () => {
  it('give the RFC 9562 version-5 UUIDs (checked against Python uuid.uuid5)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuidV5('https://例え.jp/ü', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).toBe('c629319a-f7d1-511d-9fc4-a6a18d5eab4b');
    expect(uuidV5('urn:hot-seat', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).toBe(HOT_SEAT_NAMESPACE);
    expect(() => uuidV5('x', 'nope')).toThrow(TypeError);
  });
});

describe('isoDuration', () => {
  it.each([
    [0, 'PT0S'],
    [1234, 'PT1.23S'],
    [60_000, 'PT1M'],
    [3_600_000, 'PT1H'],
    [3_723_450, 'PT1H2M3.45S'],
    [-5, 'PT0S'],
  ])('%d ms is %s', (ms, iso) => expect(isoDuration(ms)).toBe(iso));
});

describe('toXapi', () => {
  const attempts = [played(['wait', 'deflect'], { id: 'a1' }), played(['!argue', 'sorry'], { id: 'a2' }), v2Expected[0]!];
  const statements = toXapi(attempts, { name: 'Linh' }, `${BASE}/`);

  it('gives one answered statement per reply and one completed per attempt, every one valid', () => {
    expect(statements).toHaveLength(attempts.reduce((n, a) => n + a.steps.length + 1, 0));
    expect(statements.map((s) => s.verb.id.split('/').pop())).toEqual([
      'answered',
      'answered',
      'completed',
      'answered',
      'answered',
      'completed',
      'answered',
      'answered',
      'completed',
    ]);
    for (const s of statements) expect(validateStatement(s), s.id).toEqual([]);
    for (const s of statements) expect(lrsProblems(s), s.id).toEqual([]);
  });

  it('passes the published LRS validator for every actor kind and an awful score', () => {
    const lms = toXapi(
      [attempt({ scores: { listen: -20 }, best: { listen: 4 } })],
      { name: 'X', account: { homePage: 'https://lms.example', name: 'u1' } },
      BASE,
    );
    for (const s of lms) expect(lrsProblems(s), s.id).toEqual([]);
    // The oracle can fail: a statement with a relative verb id is refused.
    expect(lrsProblems({ ...lms[0]!, verb: { id: 'answered' } })).not.toEqual([]);
  });

  it('derives unique version-5 ids from the attempt and step, identical on every run', () => {
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    for (const s of statements) expect(s.id[14]).toBe('5');
    expect(toXapi(attempts, { name: 'Linh' }, BASE)).toEqual(statements);
    expect(statements[0]!.id).toBe(uuidV5('a1#answered#0'));
    expect(statements[2]!.id).toBe(uuidV5('a1#completed'));
  });

  it('describes a reply: the decision under the scenario, success when it was the best, its points under IRIs', () => {
    const [wait, deflect] = statements as [XapiStatement, XapiStatement];
    expect(wait.object.id).toBe(`${BASE}/scenarios/two-paths/decisions/open`);
    expect(wait.context?.contextActivities?.parent).toEqual([
      { objectType: 'Activity', id: `${BASE}/scenarios/two-paths`, definition: { type: 'http://adlnet.gov/expapi/activities/simulation' } },
    ]);
    expect(wait.result).toMatchObject({ response: 'wait', success: true });
    expect(deflect.result).toMatchObject({ response: 'deflect', success: false });
    expect(wait.result?.extensions?.[`${BASE}/xapi/ext/listen`]).toBe(attempts[0]!.steps[0]!.score.listen);
    expect(wait.timestamp).toBe(new Date(attempts[0]!.steps[0]!.at).toISOString());
    expect(wait.actor).toEqual({ objectType: 'Agent', name: 'Linh', account: { homePage: BASE, name: 'p1' } });
    expect(wait.context?.registration).toBe(statements[2]!.context?.registration);
  });

  it('leaves success out when the best reply is unknown (migrated records)', () => {
    expect(statements[6]!.result).not.toHaveProperty('success');
  });

  it('scores a completed attempt with raw, min, max and scaled in -1..1', () => {
    const completed = statements[2]!;
    const a = attempts[0]!;
    const raw = a.scores.listen + a.scores.empathy + a.scores.honesty + a.scores.calm;
    const best = a.best.listen + a.best.empathy + a.best.honesty + a.best.calm;
    expect(completed.object.id).toBe(`${BASE}/scenarios/two-paths`);
    expect(completed.result).toMatchObject({
      completion: true,
      duration: isoDuration(a.durationMs),
      score: { raw, max: best, min: -best, scaled: Math.round((raw / best) * 10000) / 10000 },
    });
    const awful = toXapi(
      [attempt({ scores: { listen: -20 }, best: { listen: 4 } })],
      { name: 'X', account: { homePage: 'https://lms.example', name: 'u1' } },
      BASE,
    )[0]!;
    expect(awful.result?.score).toEqual({ raw: -20, min: -20, max: 4, scaled: -1 });
    expect(awful.actor.account).toEqual({ homePage: 'https://lms.example', name: 'u1' });
    expect(validateStatement(awful)).toEqual([]);
    expect(toXapi([attempt()], { name: 'X' }, BASE)[0]!.result?.score).toEqual({ raw: 0, min: 0, max: 0 });
  });

  it('refuses a base that is not an absolute IRI without query or fragment', () => {
    for (const base of ['hot-seat', '/relative', 'https://x.example/?q=1', 'https://x.example/#top'])
      expect(() => toXapi([], { name: 'X' }, base)).toThrow(TypeError);
  });
});

/** A statement as loose JSON, for breaking one rule at a time. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

describe('validateStatement', () => {
  const valid = toXapi([played(['wait', 'own'], { id: 'v1' })], { name: 'Linh' }, BASE)[0]!;
  const broken = (change: (s: Loose) => void): string[] => {
    const s = structuredClone(valid) as Loose;
    change(s);
    return validateStatement(s);
  };

  it('accepts the reference statement', () => expect(validateStatement(valid)).toEqual([]));

  it.each<[string, (s: Loose) => void, RegExp]>([
    ['not an object', () => undefined, /x/],
    ['missing actor', (s) => delete s.actor, /actor is required/],
    ['missing verb', (s) => delete s.verb, /verb is required/],
    ['missing object', (s) => delete s.object, /object is required/],
    ['relative verb id', (s) => (s.verb.id = 'answered'), /verb.id must be an absolute IRI/],
    ['relative object id', (s) => (s.object.id = '/scenarios/x'), /object.id must be an absolute IRI/],
    ['IRI with a space', (s) => (s.object.id = 'https://x.example/a b'), /object.id must be an absolute IRI/],
    ['extension key not an IRI', (s) => (s.result.extensions = { listen: 1 }), /key 'listen' must be an absolute IRI/],
    ['context extension key not an IRI', (s) => (s.context.extensions = { mood: 1 }), /context.extensions key 'mood'/],
    ['scaled above 1', (s) => (s.result.score = { raw: 3, min: 0, max: 2, scaled: 1.5 }), /scaled must be between -1 and 1/],
    ['raw above max', (s) => (s.result.score = { raw: 3, min: 0, max: 2 }), /raw must be between min and max/],
    ['raw below min', (s) => (s.result.score = { raw: -1, min: 0, max: 2 }), /raw must be between min and max/],
    ['min above max', (s) => (s.result.score = { raw: 1, min: 3, max: 2 }), /min must not exceed max/],
    ['id not a UUID', (s) => (s.id = 'v1#answered#0'), /id must be a UUID/],
    ['timestamp not ISO 8601', (s) => (s.timestamp = 'yesterday'), /timestamp/],
    ['timestamp without time zone', (s) => (s.timestamp = '2024-06-02T09:30:00'), /timestamp/],
    ['timestamp with -00:00', (s) => (s.timestamp = '2024-06-02T09:30:00-00:00'), /timestamp/],
    ['impossible date', (s) => (s.timestamp = '2024-13-45T09:30:00Z'), /timestamp/],
    ['two identifiers', (s) => (s.actor.mbox = 'mailto:a@b.example'), /exactly one identifier/],
    ['no identifier', (s) => delete s.actor.account, /exactly one identifier/],
    ['relative account homePage', (s) => (s.actor.account.homePage = 'lms'), /homePage must be an absolute IRI/],
    ['unknown property', (s) => (s.score = 1), /unknown property 'score'/],
    ['bad duration', (s) => (s.result.duration = '12 seconds'), /ISO 8601 duration/],
    ['registration not a UUID', (s) => (s.context.registration = 'r1'), /registration must be a UUID/],
    [
      'parent with relative id',
      (s) => (s.context.contextActivities.parent = [{ id: 'two-paths' }]),
      /parent\[0\].id must be an absolute IRI/,
    ],
    ['unknown context activity key', (s) => (s.context.contextActivities.sibling = []), /unknown key 'sibling'/],
    ['success not boolean', (s) => (s.result.success = 'yes'), /success must be a boolean/],
  ])('catches %s', (name, change, problem) => {
    if (name === 'not an object') return expect(validateStatement('statement')).toEqual(['a statement must be an object']);
    expect(broken(change)).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });
});
