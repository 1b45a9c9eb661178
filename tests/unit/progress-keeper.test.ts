/**
 * The progress keeper follows a conversation: the unfinished conversation is saved once after
 * each action (so a reload resumes exactly there), and a finished one becomes an attempt while
 * the draft goes. Runs on the memory store, the same port the browser's IndexedDB store fills.
 */
import { describe, expect, it, vi } from 'vitest';
import { MemoryProgressStore } from '../../src/adapters/memory-progress-store.ts';
import { ProgressKeeper } from '../../src/app/progress-keeper.ts';
import { createRunner, seededRandom } from '../../src/engine/index.ts';
import { scenarioFingerprint } from '../../src/engine/progress/index.ts';
import { fixture } from './helpers.ts';
import { attempt, profile } from './progress/make.ts';
import { manualClock } from '../manual-clock.ts';

const scenario = fixture('tests/fixtures/valid/two-paths.yaml');

/** Lets the keeper's queued store writes run (they are chained on promises, not timers). */

function setUp(onUnsaved?: (what: 'attempt' | 'draft', error: unknown) => void) {
  const store = new MemoryProgressStore();
  const saves = vi.spyOn(store, 'saveDraft');
  const kv = new Map<string, string>();
  let n = 0;
  const keeper = new ProgressKeeper({
    open: async () => store,
    kv: { get: (k) => kv.get(k), set: (k, v) => void kv.set(k, v) },
    newId: () => `id-${++n}`,
    now: () => 1_000,
    defaultName: 'Learner',
    onFallback: () => {},
    ...(onUnsaved ? { onUnsaved } : {}),
  });
  const clock = manualClock(0);
  const runner = createRunner(scenario, { clock, random: seededRandom(1), rules: { replyLimitMs: 5_000 } });
  keeper.follow(runner, 'en');
  return { store, saves, keeper, runner, clock };
}

describe('ProgressKeeper', () => {
  it('saves the conversation once per action, with the runner\u2019s actions so far', async () => {
    const { saves, keeper, runner } = setUp();
    runner.start();
    await vi.waitFor(() => expect(saves).toHaveBeenCalledTimes(1));
    runner.lineDelivered();
    await vi.waitFor(() => expect(saves).toHaveBeenCalledTimes(2));
    // A reply brings a mood change and the next line too: still one write.
    runner.choose('wait');
    await vi.waitFor(() => expect(saves).toHaveBeenCalledTimes(3));
    expect((await keeper.draft())?.actions).toEqual(runner.actions);
    // Versioned, with the fingerprint of the scenario it belongs to.
    expect(await keeper.draft()).toMatchObject({ v: 2, fingerprint: scenarioFingerprint(scenario) });
  });

  it('saves a reply that came too late at once', async () => {
    const { saves, keeper, runner, clock } = setUp();
    runner.start();
    runner.lineDelivered();
    await vi.waitFor(() => expect(saves).toHaveBeenCalledTimes(2));
    clock.advance(6_000);
    runner.expire();
    await vi.waitFor(() => expect(saves).toHaveBeenCalledTimes(3));
    expect((await keeper.draft())?.actions.at(-1)?.type).toBe('expire');
  });

  it('keeps a finished conversation as an attempt and lets the draft go', async () => {
    const { store, keeper, runner } = setUp();
    runner.start();
    for (const id of ['wait', 'own']) {
      runner.lineDelivered();
      runner.choose(id);
    }
    expect(runner.state.phase).toBe('ended');
    await vi.waitFor(async () => expect(await store.listAttempts()).toHaveLength(1));
    const attempts = await store.listAttempts();
    expect(runner.state.ending).toBeDefined();
    expect(attempts.map((a) => [a.scenarioId, a.ending])).toEqual([['two-paths', runner.state.ending]]);
    expect(await keeper.draft()).toBeUndefined();
  });

  it('restores a backup into a fresh device without leaving the made-up learner behind, and twice changes nothing', async () => {
    const { store, keeper } = setUp();
    const first = await keeper.profile();
    expect(keeper.placeholder).toBe(first.id);
    const file = {
      profiles: [profile('ana', 'Ana'), profile('ben', 'Ben')],
      attempts: [attempt({ id: 'a1', profileId: 'ana' }), attempt({ id: 'b1', profileId: 'ben' })],
    };
    const { plan } = await keeper.restore(file);
    expect(plan).toMatchObject({ dropIfEmpty: first.id, knownAttempts: 0 });
    expect((await store.listProfiles()).map((p) => p.name)).toEqual(['Ana', 'Ben']);
    expect((await keeper.profile()).id).toBe('ana');
    expect(keeper.placeholder).toBeUndefined();
    const { plan: again } = await keeper.restore(file);
    expect(again).toMatchObject({ profiles: [], attempts: [], knownProfiles: 2, knownAttempts: 2 });
    expect((await store.listAttempts()).map((a) => a.id)).toEqual(['a1', 'b1']);
  });

  it('keeps a learner who was named, even with no attempt yet', async () => {
    const { store, keeper } = setUp();
    await keeper.rename('Linh');
    expect(keeper.placeholder).toBeUndefined();
    await keeper.restore({ profiles: [profile('ana', 'Ana')], attempts: [] });
    expect((await store.listProfiles()).map((p) => p.name).sort()).toEqual(['Ana', 'Linh']);
  });

  it('holds an attempt the store rejects in memory, says so, lists it, and stores it once the store takes it', async () => {
    const unsaved: string[] = [];
    const { store, keeper, runner } = setUp((what, e) => unsaved.push(`${what}: ${(e as Error).message}`));
    const add = vi.spyOn(store, 'addAttempt').mockRejectedValueOnce(new Error('disk said no'));
    runner.start();
    for (const id of ['wait', 'own']) {
      runner.lineDelivered();
      runner.choose(id);
    }
    await vi.waitFor(() => expect(unsaved).toEqual(['attempt: disk said no']));
    expect(keeper.unsavedAttempts).toBe(1);
    expect(await store.listAttempts()).toEqual([]);
    // Listing (the progress screen, every export) tries again; the store now takes it, once.
    const listed = await keeper.listAttempts();
    expect(listed.map((a) => [a.scenarioId, a.ending])).toEqual([['two-paths', runner.state.ending]]);
    expect((await store.listAttempts()).map((a) => a.id)).toEqual(listed.map((a) => a.id));
    expect(add).toHaveBeenCalledTimes(2);
    expect(add.mock.calls[0]![0].id).toBe(add.mock.calls[1]![0].id);
    // Counted once: no longer held, and (this store lives in memory) unsaved only as the store's.
    expect(keeper.unsavedAttempts).toBe(1);
  });

  it('counts an attempt whose write has not ended as unsaved, so leaving then is asked about, and lists it once written', async () => {
    const { store, keeper, runner } = setUp();
    // A durable store: once the write ends nothing is left unsaved.
    Object.defineProperty(store, 'kind', { value: 'indexeddb' });
    let finish = () => {};
    const add = store.addAttempt.bind(store);
    vi.spyOn(store, 'addAttempt').mockImplementation((a) => new Promise((done) => (finish = () => void add(a).then(done))));
    runner.start();
    for (const id of ['wait', 'own']) {
      runner.lineDelivered();
      runner.choose(id);
    }
    await vi.waitFor(() => expect(store.addAttempt).toHaveBeenCalled());
    expect(keeper.unsavedAttempts).toBe(1);
    // A list asked for meanwhile (the progress screen, an export) waits for it and includes it.
    const listing = keeper.listAttempts();
    finish();
    expect((await listing).map((a) => a.scenarioId)).toEqual(['two-paths']);
    expect(keeper.unsavedAttempts).toBe(0);
  });

  it('still lists an attempt the store keeps rejecting, so an export carries it', async () => {
    const { store, keeper, runner } = setUp(() => {});
    vi.spyOn(store, 'addAttempt').mockRejectedValue(new Error('still no'));
    runner.start();
    for (const id of ['wait', 'own']) {
      runner.lineDelivered();
      runner.choose(id);
    }
    await vi.waitFor(() => expect(keeper.unsavedAttempts).toBe(1));
    const profile = await keeper.profile();
    expect((await keeper.listAttempts(profile.id)).map((a) => a.scenarioId)).toEqual(['two-paths']);
    expect(await keeper.listAttempts('someone-else')).toEqual([]);
    expect(keeper.unsavedAttempts).toBe(1);
  });

  it('reports a draft the store rejects instead of dropping it silently', async () => {
    const unsaved: string[] = [];
    const { store, runner } = setUp((what) => unsaved.push(what));
    vi.spyOn(store, 'saveDraft').mockRejectedValue(new Error('no room'));
    runner.start();
    await vi.waitFor(() => expect(unsaved).toEqual(['draft']));
  });

  it('never replaces a stored attempt: one with the same id and other content makes the plan a conflict, and nothing is written', async () => {
    const { store, keeper } = setUp();
    const mine = attempt({ id: 'a1', profileId: 'ana', scores: { listen: 3 }, best: { listen: 3 } });
    await keeper.restore({ profiles: [profile('ana', 'Ana')], attempts: [mine] });
    const forged = { ...mine, ending: 'lost' as const, scores: { listen: -3, empathy: -3, honesty: -3, calm: -3 } };
    const { plan } = await keeper.restore({
      profiles: [profile('ana', 'Renamed by import')],
      attempts: [forged, attempt({ id: 'new', profileId: 'ana' })],
    });
    expect(plan.conflicts).toEqual(['a1']);
    expect(await store.listAttempts()).toEqual([mine]);
    expect((await store.listProfiles()).map((p) => p.name)).toEqual(['Ana']);
    // The same record again, its keys in another order, is a duplicate, not a conflict.
    const reordered = Object.fromEntries(Object.entries(mine).reverse()) as typeof mine;
    const { plan: same } = await keeper.restore({ profiles: [profile('ana', 'Ana')], attempts: [reordered] });
    expect(same).toMatchObject({ conflicts: [], knownAttempts: 1, attempts: [] });
  });
});

describe('ProgressKeeper in two tabs', () => {
  it('a conversation that ends in one tab leaves the other tab\u2019s unfinished one, even of the same scenario', async () => {
    const store = new MemoryProgressStore();
    const tab = (start: number) => {
      const keeper = new ProgressKeeper({
        open: async () => store,
        kv: { get: () => 'p1', set: () => {} },
        newId: () => `attempt-${start}`,
        now: () => start,
        defaultName: 'Learner',
        onFallback: () => {},
      });
      const clock = manualClock(start);
      const runner = createRunner(scenario, { clock, random: seededRandom(start), rules: { replyLimitMs: 5_000 } });
      keeper.follow(runner, 'en');
      return { keeper, runner, clock };
    };
    await store.saveProfile(profile('p1'));
    const a = tab(100);
    a.runner.start();
    a.runner.lineDelivered();
    const draftOf = async (t: ReturnType<typeof tab>) => (await t.keeper.draft(scenario.id))?.actions;
    await vi.waitFor(async () => expect(await draftOf(a)).toEqual(a.runner.actions));
    const b = tab(200);
    b.runner.start();
    // The draft shown is the one saved last: B's, once written.
    await vi.waitFor(async () => expect(await draftOf(b)).toEqual(b.runner.actions));
    for (const id of ['wait', 'own']) {
      b.runner.lineDelivered();
      b.runner.choose(id);
    }
    expect(b.runner.state.phase).toBe('ended');
    await vi.waitFor(async () => expect((await store.listAttempts()).map((x) => x.id)).toEqual(['attempt-200']));
    // B's draft is cleared and A's is left as it was.
    await vi.waitFor(async () => expect(await draftOf(a)).toEqual(a.runner.actions));
  });
});

describe('ProgressKeeper restoring into storage that fails', () => {
  it('says the import is not durable when the write fell back to memory, and counts the attempts as unsaved', async () => {
    const { openProgressStore } = await import('../../src/adapters/idb-progress-store.ts');
    const { IDBFactory } = await import('./adapters/idb-helpers.ts');
    const { IDBObjectStore } = await import('fake-indexeddb');
    const store = await openProgressStore({ indexedDB: new IDBFactory() });
    const keeper = new ProgressKeeper({
      open: async () => store,
      kv: { get: () => undefined, set: () => {} },
      newId: () => 'id-1',
      now: () => 1_000,
      defaultName: 'Learner',
      onFallback: () => {},
    });
    const ok = await keeper.restore({ profiles: [profile('ana', 'Ana')], attempts: [attempt({ id: 'a1', profileId: 'ana' })] });
    expect(ok.durable).toBe(true);
    expect(keeper.unsavedAttempts).toBe(0);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'attempts') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const failed = await keeper.restore({
      profiles: [profile('ana', 'Ana')],
      attempts: ['b1', 'b2', 'b3'].map((id) => attempt({ id, profileId: 'ana' })),
    });
    vi.restoreAllMocks();
    expect(failed).toMatchObject({ durable: false, plan: { attempts: [{ id: 'b1' }, { id: 'b2' }, { id: 'b3' }] } });
    expect(keeper.unsavedAttempts).toBe(3);
  });
});
