declare module 'virtual:scenario-catalog' {
  import type { CatalogEntry } from './engine/index.ts';
  import type { Scenario, Words } from './engine/index.ts';
  export const entries: readonly CatalogEntry[];
  /**
   * The compiled scenario; rejects for an id with no playable scenario. Built, it holds its source
   * language's texts only (the same object each time), and `loadWords` has the others'.
   */
  export function loadScenario(id: string): Promise<Scenario>;
  /** One language's words of a built scenario (engine/scenario/languages.ts); undefined if it has none, or is whole. */
  export function loadWords(id: string, lang: string): Promise<Words | undefined>;
}

interface ImportMetaEnv {
  /** A learning record store every statement goes to (named when building; see README, "Put it in your LMS"). */
  readonly VITE_LRS_ENDPOINT?: string;
  /** Its credentials, as the Authorization header's value ("Basic …"). */
  readonly VITE_LRS_AUTH?: string;
}

declare module 'virtual:phaser-steps' {
  /** Each runs one module of Phaser's Core build, after the modules it needs (build/phaser-steps.ts); none in the dev server. */
  const steps: readonly (() => void)[];
  export default steps;
}
