declare module 'virtual:scenario-catalog' {
  import type { CatalogEntry } from './engine/index.ts';
  import type { Scenario } from './engine/index.ts';
  export const entries: readonly CatalogEntry[];
  /** The compiled scenario; rejects for an id with no playable scenario. */
  export function loadScenario(id: string): Promise<Scenario>;
}

interface ImportMetaEnv {
  /** A learning record store every statement goes to (named when building; see README, "Put it in your LMS"). */
  readonly VITE_LRS_ENDPOINT?: string;
  /** Its credentials, as the Authorization header's value ("Basic …"). */
  readonly VITE_LRS_AUTH?: string;
}
