/**
 * A scenario library's entry as the game and the build see it: a summary of one file (playable or
 * not, with its diagnostics), enough for the menu without loading the scenario itself.
 */
import type { Diagnostic } from './diagnostics.ts';
import type { Scores, Text } from './model.ts';
import type { Channel, Difficulty, Language, Portrait, Principle } from './vocabulary.ts';

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

/** The entry's title in `lang`, else in its source language, else its id (for labels and sorting). */
export function entryTitle(entry: CatalogEntry, lang: Language): string {
  return entry.title?.[lang] ?? entry.title?.[entry.source ?? 'en'] ?? entry.id;
}
