declare module 'virtual:scenario-catalog' {
  import type { CatalogEntry } from './app/catalog.ts';
  import type { Scenario } from './engine/index.ts';
  export const entries: readonly CatalogEntry[];
  export const loaders: Readonly<Record<string, () => Promise<{ default: Scenario }>>>;
}
