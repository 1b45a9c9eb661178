/**
 * The screens of the game as data, and the address of each: the URL is the state a reload or a
 * shared link comes back to (`/?scenario=<id>&lang=<language>` opens a brief directly).
 */
import type { ConversationResult, Diagnostic, Language, Runner, Scenario } from '../engine/index.ts';
import type { CohortView } from '../ui/progress/cohort-screen.ts';
import type { ProgressData } from '../ui/progress/progress-screen.ts';

export type View =
  | { kind: 'menu'; notice?: string }
  | { kind: 'brief'; scenario: Scenario }
  | { kind: 'play'; scenario: Scenario; runner: Runner }
  | { kind: 'debrief'; scenario: Scenario; runner: Runner; result: ConversationResult }
  | { kind: 'author'; id: string; file: string; scenario?: Scenario; diagnostics: readonly Diagnostic[] }
  | { kind: 'progress'; data: ProgressData }
  | { kind: 'cohort'; cohort: CohortView };

/** The cohort screen before any file is loaded. */
export const EMPTY_COHORT: View = { kind: 'cohort', cohort: { refused: [], scenarios: new Map() } };

/** The stage (customer and set) shows on the brief and during the conversation only. */
export function showsStage(view: View): view is Extract<View, { kind: 'brief' | 'play' }> {
  return view.kind === 'brief' || view.kind === 'play';
}

/** The address of a view, so a reload or a shared link comes back to it. */
export function urlOf(view: View, lang: Language): string {
  if (view.kind === 'menu') return `?lang=${lang}`;
  if (view.kind === 'progress' || view.kind === 'cohort') return `?view=${view.kind}&lang=${lang}`;
  if (view.kind === 'author') return `?author=${encodeURIComponent(view.id)}&lang=${lang}`;
  return `?scenario=${encodeURIComponent(view.scenario.id)}&lang=${lang}`;
}
