declare module 'virtual:scenario-catalog' {
  import type { CatalogEntry } from './engine/index.ts';
  import type { Scenario } from './engine/index.ts';
  export const entries: readonly CatalogEntry[];
  /** The compiled scenario; rejects for an id with no playable scenario. */
  export function loadScenario(id: string): Promise<Scenario>;
}
