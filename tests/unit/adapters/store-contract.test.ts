/**
 * What every ProgressStore promises, run against the memory store and the IndexedDB store alike:
 * validated writes, sorted copies on read, drafts per conversation, and all-or-nothing imports.
 */
import { describe, expect, it } from 'vitest';
import { openProgressStore } from '../../../src/adapters/idb-progress-store.ts';
import { MemoryProgressStore } from '../../../src/adapters/memory-progress-store.ts';
import { DRAFT_VERSION, type AttemptRecord, type Draft, type ProgressStore } from '../../../src/engine/progress/index.ts';
import { manualTimers } from '../../manual-clock.ts';
import { attempt, profile, v1Export } from '../progress/make.ts';
import { IDBFactory } from './idb-helpers.ts';

const draft = (profileId: string, savedAt = 1): Draft => ({
  v: 2,
  fingerprint: 'f1',
  profileId,
  scenarioId: 'two-paths',
  lang: 'en',
  actions: [{ type: 'start', at: 1, seed: 9 }],
  savedAt,
});

const stores: [string, () => Promise<ProgressStore>][] = [
  ['memory', async () => new MemoryProgressStore()],
  // Timers nobody runs: two opens that queue behind each other wait as long as they must.
  ['indexeddb', () => openProgressStore({ indexedDB: new IDBFactory(), after: manualTimers().after })],
];

describe.each(stores)('%s store', (kind, make) => {
  it(`reports kind ${kind}`, async () => expect((await make()).kind).toBe(kind));

  it('keeps profiles, listed by creation time then id', async () => {
    const s = await make();
    await s.saveProfile({ ...profile('b'), createdAt: 2 });
    await s.saveProfile({ ...profile('a'), createdAt: 2 });
    await s.saveProfile({ ...profile('c'), createdAt: 1 });
    await s.saveProfile({ ...profile('c', 'Renamed'), createdAt: 1 });
    expect((await s.listProfiles()).map((p) => [p.id, p.name])).toEqual([
      ['c', 'Renamed'],
      ['a', 'Ana'],
      ['b', 'Ana'],
    ]);
  });

  it('starts with the earliest profile there is, saving the candidate only when there is none', async () => {
    const s = await make();
    expect(await s.firstProfile(profile('first'))).toEqual(profile('first'));
    expect(await s.firstProfile(profile('second'))).toEqual(profile('first'));
    expect((await s.listProfiles()).map((p) => p.id)).toEqual(['first']);
  });

  it('keeps attempts, by endedAt then id, per profile, replacing on the same id', async () => {
    const s = await make();
    await s.addAttempt(attempt({ id: 'late', endedAt: 30 }));
    await s.addAttempt(attempt({ id: 'early', endedAt: 10 }));
    await s.addAttempt(attempt({ id: 'other', profileId: 'p2', endedAt: 20 }));
    await s.addAttempt(attempt({ id: 'early', endedAt: 10, ending: 'lost' }));
    expect((await s.listAttempts()).map((a) => a.id)).toEqual(['early', 'other', 'late']);
    expect((await s.listAttempts('p1')).map((a) => [a.id, a.ending])).toEqual([
      ['early', 'lost'],
      ['late', 'resolved'],
    ]);
    expect(await s.listAttempts('nobody')).toEqual([]);
  });

  it('refuses invalid and old-version records, writing nothing', async () => {
    const s = await make();
    await expect(s.addAttempt({ ...attempt(), lang: 'xx' } as unknown as AttemptRecord)).rejects.toThrow(
      /not a valid attempt record: lang/,
    );
    await expect(s.addAttempt(v1Export.attempts[0] as unknown as AttemptRecord)).rejects.toThrow(/version 1: migrate it/);
    await expect(s.saveProfile({ id: '', name: 'x', createdAt: 0 })).rejects.toThrow(/not a valid profile/);
    await expect(s.saveDraft({ ...draft('p1'), actions: [{ type: 'fly' }] } as unknown as Draft)).rejects.toThrow(/not a valid draft/);
    expect(await s.listAttempts()).toEqual([]);
    expect(await s.listProfiles()).toEqual([]);
  });

  it('returns copies: changing what was passed or returned changes nothing stored', async () => {
    const s = await make();
    const a = attempt({ id: 'x' }) as { scores: { listen: number } };
    await s.addAttempt(a as AttemptRecord);
    a.scores.listen = 99;
    const [got] = (await s.listAttempts()) as unknown as { scores: { listen: number } }[];
    got!.scores.listen = 42;
    expect((await s.listAttempts())[0]!.scores.listen).toBe(0);
  });

  it('keeps one draft per profile until cleared', async () => {
    const s = await make();
    await s.saveDraft(draft('p1', 1));
    await s.saveDraft(draft('p1', 2));
    await s.saveDraft(draft('p2'));
    expect(await s.loadDraft('p1')).toEqual(draft('p1', 2));
    await s.clearDraft('p1');
    expect(await s.loadDraft('p1')).toBeUndefined();
    expect(await s.loadDraft('p2')).toEqual(draft('p2'));
  });

  it('keeps one draft per conversation: another tab\u2019s, of any scenario, is never replaced or cleared', async () => {
    const s = await make();
    const of = (scenarioId: string, startedAt: number, savedAt: number): Draft => ({
      v: DRAFT_VERSION,
      fingerprint: null,
      profileId: 'p1',
      scenarioId,
      lang: 'en',
      actions: [{ type: 'start', at: startedAt, seed: 1 }],
      savedAt,
    });
    await s.saveDraft(of('late-delivery', 10, 11)); // tab A
    await s.saveDraft(of('chat-rephrase', 20, 21)); // tab B, another scenario
    await s.saveDraft(of('late-delivery', 30, 31)); // tab C, the same scenario
    expect(await s.loadDraft('p1')).toEqual(of('late-delivery', 30, 31));
    expect(await s.loadDraft('p1', 'chat-rephrase')).toEqual(of('chat-rephrase', 20, 21));
    // B and C finish: each clears its own conversation only.
    await s.clearDraft('p1', 'chat-rephrase', 20);
    await s.clearDraft('p1', 'late-delivery', 30);
    expect(await s.loadDraft('p1')).toEqual(of('late-delivery', 10, 11));
    await s.saveDraft(of('late-delivery', 10, 12));
    expect(await s.loadDraft('p1', 'late-delivery')).toEqual(of('late-delivery', 10, 12));
    await s.clearDraft('p1', 'late-delivery', 10);
    expect(await s.loadDraft('p1')).toBeUndefined();
  });

  it('imports all records or none', async () => {
    const s = await make();
    await s.addAttempt(attempt({ id: 'kept' }));
    await expect(s.importAll([profile('p9')], [attempt({ id: 'i1' }), { ...attempt({ id: 'i2' }), holds: -1 }])).rejects.toThrow(/holds/);
    expect((await s.listAttempts()).map((a) => a.id)).toEqual(['kept']);
    expect(await s.listProfiles()).toEqual([]);
    await s.importAll([profile('p9')], [attempt({ id: 'i1', endedAt: 1 }), attempt({ id: 'kept', ending: 'lost' })]);
    expect((await s.listAttempts()).map((a) => [a.id, a.ending])).toEqual([
      ['i1', 'resolved'],
      ['kept', 'lost'],
    ]);
    expect((await s.listProfiles()).map((p) => p.id)).toEqual(['p9']);
    expect(s.problems()).toEqual([]);
  });

  it('drops a made-up learner in the same import only while it has no attempt and no draft', async () => {
    const s = await make();
    await s.firstProfile(profile('stray', 'Learner'));
    await s.importAll([profile('ana')], [attempt({ id: 'a1', profileId: 'ana' })], { dropIfEmpty: 'stray' });
    expect((await s.listProfiles()).map((p) => p.id)).toEqual(['ana']);
    // A learner with an attempt, or a conversation under way, stays.
    await s.saveProfile(profile('busy'));
    await s.addAttempt(attempt({ id: 'b1', profileId: 'busy' }));
    await s.saveProfile(profile('talking'));
    await s.saveDraft(draft('talking'));
    await s.importAll([profile('ben')], [], { dropIfEmpty: 'busy' });
    await s.importAll([profile('ben')], [], { dropIfEmpty: 'talking' });
    // One the import itself brings is never dropped.
    await s.importAll([profile('ben')], [], { dropIfEmpty: 'ben' });
    expect((await s.listProfiles()).map((p) => p.id).sort()).toEqual(['ana', 'ben', 'busy', 'talking']);
  });
});

describe('the IndexedDB store across tabs', () => {
  it('gives two tabs opened at once on a new device the same first learner', async () => {
    const factory = new IDBFactory();
    const open = () => openProgressStore({ indexedDB: factory, after: manualTimers().after });
    const [a, b] = await Promise.all([open(), open()]);
    const [pa, pb] = await Promise.all([a.firstProfile(profile('tab-a')), b.firstProfile(profile('tab-b'))]);
    expect(pa.id).toBe(pb.id);
    expect((await a.listProfiles()).map((p) => p.id)).toEqual([pa.id]);
    a.close();
    b.close();
  });
});
