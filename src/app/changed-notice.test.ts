import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/unit/helpers.ts';
import type { Catalog } from './catalog.ts';
import type { CatalogEntry } from '../engine/index.ts';
import { scenarioChanged } from './changed-notice.ts';
import type { Scenario } from '../engine/index.ts';

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
