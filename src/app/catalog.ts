/**
 * The scenario library as the game sees it: a summary of every file (playable or not, with its
 * diagnostics) and a loader per playable scenario, so scenario text is fetched only when opened.
 */
import type { Channel, Diagnostic, Difficulty, Language, Portrait, Principle, Scenario, Scores, Text } from '../engine/index.ts';

export interface CatalogEntry {
  readonly id: string;
  readonly file: string;
  readonly playable: boolean;
  readonly diagnostics: readonly Diagnostic[];
  /** Present when the file was readable enough to tell. */
  readonly title?: Text;
  readonly channel?: Channel;
  readonly difficulty?: Difficulty;
  readonly source?: Language;
  readonly languages?: readonly Language[];
  readonly tags?: readonly string[];
  /** The principles this scenario gives the most points for: what it practises. */
  readonly focus?: readonly Principle[];
  /** Its best path's score per principle: the yardstick progress reports measure attempts by. */
  readonly best?: Scores;
  /** Who the customer is (the menu card shows their face) and how upset they are at the start. */
  readonly portrait?: Portrait;
  readonly mood?: number;
}

export interface Catalog {
  readonly entries: readonly CatalogEntry[];
  load(id: string): Promise<Scenario>;
}

/** The entry's title in `lang`, else in its source language, else its id (for labels and sorting). */
export function entryTitle(entry: CatalogEntry, lang: Language): string {
  return entry.title?.[lang] ?? entry.title?.[entry.source ?? 'en'] ?? entry.id;
}
