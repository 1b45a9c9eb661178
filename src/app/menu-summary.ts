/**
 * The learner's summary for the menu's cards, and the catalogue as the progress reports see it.
 * Loaded with the menu; the progress model itself loads only when a summary is asked for.
 */
import type { Language } from '../engine/index.ts';
import type { ProgressSummary, ScenarioInfo } from '../engine/progress/index.ts';
import { type Catalog } from './catalog.ts';
import { entryTitle } from '../engine/index.ts';
import type { ProgressKeeper } from './progress-keeper.ts';
import { progressCode } from './lazy-code.ts';

/** The playable scenarios as the reports need them: title in `lang`, focus, channel, best path. */
export function scenarioInfos(catalog: Catalog, lang: Language): ScenarioInfo[] {
  return catalog.entries
    .filter((e) => e.playable)
    .map((e) => ({
      id: e.id,
      title: entryTitle(e, lang),
      focus: e.focus ?? [],
      difficulty: e.difficulty ?? 1,
      ...(e.channel ? { channel: e.channel } : {}),
      ...(e.best ? { best: e.best } : {}),
    }));
}

/**
 * The current learner's summary for the menu's cards. Rejects when progress cannot be read; the
 * app reports that and draws the menu without it.
 */
export async function menuSummary(keeper: ProgressKeeper, catalog: Catalog, lang: Language): Promise<ProgressSummary | undefined> {
  const [{ summarise }, profile] = await Promise.all([progressCode(), keeper.profile()]);
  return summarise(await keeper.listAttempts(profile.id), scenarioInfos(catalog, lang));
}
