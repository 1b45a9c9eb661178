import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/unit/helpers.ts';
import type { Catalog } from './catalog.ts';
import type { CatalogEntry } from '../engine/index.ts';
import { scenarioChanged, showsLatest } from './changed-notice.ts';
import type { View } from './views.ts';
import type { Diagnostic, Scenario } from '../engine/index.ts';

const playing = fixture('tests/fixtures/valid/two-paths.yaml');
const entry = (playable: boolean): CatalogEntry => ({ id: playing.id, file: 'scenarios/two-paths.yaml', playable, diagnostics: [] });
const catalogOf = (entries: CatalogEntry[], now: Scenario): Catalog => ({
  entries,
  load: () => Promise.resolve(now),
  withLanguage: () => undefined,
});

describe('scenarioChanged', () => {
  it('is false when the library still has the same scenario (another file was saved)', async () => {
    expect(await scenarioChanged(catalogOf([entry(true)], structuredClone(playing)), playing)).toBe(false);
  });

  it('is true when its text changed, when it now has errors, or when it is gone', async () => {
    const edited = { ...playing, brief: { en: 'Edited.' } };
    expect(await scenarioChanged(catalogOf([entry(true)], edited), playing)).toBe(true);
    expect(await scenarioChanged(catalogOf([entry(false)], playing), playing)).toBe(true);
    expect(await scenarioChanged(catalogOf([], playing), playing)).toBe(true);
  });
});

describe('showsLatest', () => {
  const map = (scenario: Scenario | null = playing, diagnostics: readonly Diagnostic[] = []): View => ({
    kind: 'author',
    id: playing.id,
    file: 'scenarios/two-paths.yaml',
    diagnostics,
    ...(scenario ? { scenario } : {}),
  });
  const warning: Diagnostic = {
    code: 'SCN050',
    severity: 'warning',
    file: 'scenarios/two-paths.yaml',
    line: 1,
    column: 1,
    key: 'SCN050',
    params: {},
    message: 'x',
  };

  it('is true for a map or brief whose file is as it was (another file was saved)', async () => {
    const same = catalogOf([entry(true)], structuredClone(playing));
    expect(await showsLatest(map(), same)).toBe(true);
    expect(await showsLatest({ kind: 'brief', scenario: playing }, same)).toBe(true);
    // A map of a file that still does not load, with the same problems.
    const broken = { ...entry(false), diagnostics: [warning] };
    expect(await showsLatest(map(null, [warning]), catalogOf([broken], playing))).toBe(true);
  });

  it('is false when the scenario, its problems, its id or its loading changed, or for any other screen', async () => {
    const edited = { ...playing, brief: { en: 'Edited.' } };
    expect(await showsLatest(map(), catalogOf([entry(true)], edited))).toBe(false);
    expect(await showsLatest({ kind: 'brief', scenario: playing }, catalogOf([entry(true)], edited))).toBe(false);
    expect(await showsLatest(map(), catalogOf([{ ...entry(true), diagnostics: [warning] }], playing))).toBe(false);
    expect(await showsLatest(map(), catalogOf([{ ...entry(true), id: 'renamed' }], playing))).toBe(false);
    expect(await showsLatest(map(null), catalogOf([entry(true)], playing))).toBe(false);
    expect(await showsLatest(map(), catalogOf([], playing))).toBe(false);
    expect(await showsLatest({ kind: 'menu' }, catalogOf([entry(true)], playing))).toBe(false);
  });
});
