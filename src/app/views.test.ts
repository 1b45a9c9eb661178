import { describe, expect, it } from 'vitest';
import { createRunner } from '../engine/index.ts';
import { fixture } from '../../tests/unit/helpers.ts';
import type { CatalogEntry } from '../engine/index.ts';
import { PlayClock } from './play-clock.ts';
import { afterLibraryChange, keepChoices, mapChoiceOf, menuFiltersOf, urlOf, type View } from './views.ts';

const scenario = fixture('tests/fixtures/valid/two-paths.yaml');
const entry = (id: string, file: string): CatalogEntry => ({ id, file, playable: false, diagnostics: [] });
const map = (over: Partial<Extract<View, { kind: 'author' }>> = {}): View => ({
  kind: 'author',
  id: 'two-paths',
  file: 'scenarios/two-paths.yaml',
  diagnostics: [],
  scenario,
  ...over,
});

describe('the scenario map in the address', () => {
  it('keeps the chosen path and text language, and leaves out the defaults', () => {
    expect(urlOf(map({ objective: 'honesty', text: 'ja' }), 'en')).toBe('?author=two-paths&lang=en&text=ja&path=honesty');
    expect(urlOf(map({ objective: 'total' }), 'en')).toBe('?author=two-paths&lang=en');
  });

  it('reads back what it wrote, and ignores what the scenario does not have', () => {
    const url = urlOf(map({ objective: 'calm', text: 'ja' }), 'vi');
    expect(mapChoiceOf(new URLSearchParams(url), scenario)).toEqual({ objective: 'calm', text: 'ja' });
    expect(mapChoiceOf(new URLSearchParams('?text=ko&path=patience'), scenario)).toEqual({});
    // A file with errors has no scenario, so no text language to show.
    expect(mapChoiceOf(new URLSearchParams('?text=ja&path=listen'), undefined)).toEqual({ objective: 'listen' });
  });
});

describe('the menu filters in the address', () => {
  it('writes the set ones in a fixed order and reads back only values the menu offers', () => {
    const url = urlOf({ kind: 'menu', filters: { principle: 'calm', channel: 'chat' } }, 'ko');
    expect(url).toBe('?lang=ko&channel=chat&principle=calm');
    expect(menuFiltersOf(new URLSearchParams(url))).toEqual({ channel: 'chat', principle: 'calm' });
    expect(menuFiltersOf(new URLSearchParams('?channel=fax&difficulty=4&language=fr&principle=__proto__'))).toEqual({});
    expect(menuFiltersOf(new URLSearchParams('?difficulty=3&language=zh-CN'))).toEqual({ difficulty: '3', language: 'zh-CN' });
  });
});

describe('afterLibraryChange', () => {
  const entries = [entry('two-paths', 'scenarios/two-paths.yaml')];

  it('draws the menu, a brief and a library map again', () => {
    expect(afterLibraryChange({ kind: 'menu', filters: { channel: 'phone' } }, entries, 'en')?.toString()).toBe('lang=en&channel=phone');
    expect(afterLibraryChange({ kind: 'brief', scenario }, entries, 'ja')?.toString()).toBe('scenario=two-paths&lang=ja');
    expect(afterLibraryChange(map({ text: 'ja' }), entries, 'en')?.toString()).toBe('author=two-paths&lang=en&text=ja');
  });

  it('opens a link that named a scenario the list did not have yet, once the list has it', () => {
    const asked = { id: 'two-paths', search: 'author=two-paths&lang=en&text=ja' };
    expect(afterLibraryChange({ kind: 'menu', notice: 'no such scenario', asked }, entries, 'en')?.toString()).toBe(asked.search);
    const other = [entry('three-paths', 'scenarios/three-paths.yaml')];
    expect(afterLibraryChange({ kind: 'menu', notice: 'no such scenario', asked }, other, 'en')?.toString()).toBe('lang=en');
  });

  it('follows a map to its file when the save changed the id', () => {
    const renamed = [entry('two-roads', 'scenarios/two-paths.yaml')];
    expect(afterLibraryChange(map(), renamed, 'en')?.get('author')).toBe('two-roads');
  });

  it('leaves a conversation, the cohort and a file from disk as they are', () => {
    const runner = createRunner(scenario, { clock: { now: () => 0 }, random: { next: () => 0 } });
    const clock = new PlayClock({ now: () => 0 }, { after: () => () => {}, frame: () => () => {} });
    expect(afterLibraryChange({ kind: 'play', scenario, runner, clock }, entries, 'en')).toBeUndefined();
    expect(afterLibraryChange({ kind: 'cohort', cohort: { refused: [], scenarios: new Map() } }, entries, 'en')).toBeUndefined();
    expect(afterLibraryChange(map({ file: 'two-paths.yaml' }), entries, 'en')).toBeUndefined();
  });
});

describe('keepChoices', () => {
  it('keeps the choices made while the new version loaded', () => {
    expect(keepChoices({ kind: 'menu', filters: {} }, { kind: 'menu', filters: { channel: 'chat' } })).toEqual({
      kind: 'menu',
      filters: { channel: 'chat' },
    });
    expect(keepChoices(map({ objective: 'total' }), map({ objective: 'honesty', text: 'ja' }))).toMatchObject({
      objective: 'honesty',
      text: 'ja',
    });
    // The new version's scenario and diagnostics are the ones drawn.
    const edited = { ...scenario, brief: { en: 'Edited.' } };
    expect(keepChoices(map({ scenario: edited }), map({ objective: 'calm' }))).toMatchObject({ scenario: edited, objective: 'calm' });
  });

  it('keeps a link waiting for its scenario, and its notice, while other files change', () => {
    const asked = { id: 'later', search: 'author=later&lang=en' };
    expect(keepChoices({ kind: 'menu', filters: {} }, { kind: 'menu', notice: 'no such scenario', asked })).toEqual({
      kind: 'menu',
      filters: {},
      notice: 'no such scenario',
      asked,
    });
  });

  it("leaves a different screen, or another file's map, as it came", () => {
    const next = map({ objective: 'listen' });
    expect(keepChoices(next, map({ file: 'scenarios/other.yaml', objective: 'calm' }))).toBe(next);
    expect(keepChoices(next, { kind: 'menu', filters: { channel: 'chat' } })).toBe(next);
  });
});
