/**
 * The scenario library as the game sees it: a summary of every file (playable or not, with its
 * diagnostics) and a loader per playable scenario, so scenario text is fetched only when opened.
 */
import type { CatalogEntry, Scenario } from '../engine/index.ts';

export interface Catalog {
  readonly entries: readonly CatalogEntry[];
  load(id: string): Promise<Scenario>;
}
