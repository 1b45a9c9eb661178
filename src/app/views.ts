/**
 * The screens of the game as data, and the address of each: the URL is the state a reload or a
 * shared link comes back to (`/?scenario=<id>&lang=<language>` opens a brief directly).
 */
import {
  PRINCIPLES,
  type ConversationResult,
  type Diagnostic,
  type Language,
  type Objective,
  type Runner,
  type Scenario,
} from '../engine/index.ts';
import type { CatalogEntry } from '../engine/index.ts';
import type { PlayClock } from './play-clock.ts';
import type { Cleanup, ScreenContext } from '../ui/screen.ts';
import type { CohortView } from '../ui/progress/cohort-screen.ts';
import type { ProgressData } from '../ui/progress/progress-screen.ts';
import type { MapChoice } from '../ui/screens/author-screen.ts';
import { FILTER_VALUES, type FilterKey, type MenuFilters } from '../ui/screens/menu-screen.ts';

export type View =
  /**
   * `asked`: a link named a scenario the list did not have (`search`: that link's query). Under
   * `npm start` a file saved just before its link was opened may reach the list a moment later;
   * the link is then opened (afterLibraryChange).
   */
  | { kind: 'menu'; notice?: string; filters?: MenuFilters; asked?: { id: string; search: string } }
  | { kind: 'brief'; scenario: Scenario; notice?: string }
  /** A conversation, with its own clock (it stands still while the game is paused). */
  | { kind: 'play'; scenario: Scenario; runner: Runner; clock: PlayClock }
  | { kind: 'debrief'; scenario: Scenario; runner: Runner; result: ConversationResult }
  /** `kept`: a file from disk, kept on the device under that name; `bytes`: its content, for export. */
  | ({
      kind: 'author';
      id: string;
      file: string;
      scenario?: Scenario;
      diagnostics: readonly Diagnostic[];
      kept?: string;
      bytes?: Uint8Array;
    } & MapChoice)
  | { kind: 'progress'; data: ProgressData }
  | { kind: 'trainers' }
  /** The trainers' packaging screen (its code loads with it). */
  | { kind: 'package'; draw: (ctx: ScreenContext, back: () => void) => Cleanup }
  | { kind: 'cohort'; cohort: CohortView };

/** The cohort screen before any file is loaded. */
export const EMPTY_COHORT: View = { kind: 'cohort', cohort: { refused: [], scenarios: new Map() } };

/** The stage (customer and set) shows on the brief and during the conversation only. */
export function showsStage(view: View): view is Extract<View, { kind: 'brief' | 'play' }> {
  return view.kind === 'brief' || view.kind === 'play';
}

/** The address of a view, so a reload or a shared link comes back to it. */
export function urlOf(view: View, lang: Language): string {
  if (view.kind === 'menu') return `?lang=${lang}${filterQuery(view.filters ?? {})}`;
  if (view.kind === 'progress' || view.kind === 'cohort' || view.kind === 'trainers' || view.kind === 'package')
    return `?view=${view.kind}&lang=${lang}`;
  if (view.kind === 'author' && view.kept !== undefined) return `?file=${encodeURIComponent(view.kept)}&lang=${lang}${choiceQuery(view)}`;
  if (view.kind === 'author') return `?author=${encodeURIComponent(view.id)}&lang=${lang}${choiceQuery(view)}`;
  return `?scenario=${encodeURIComponent(view.scenario.id)}&lang=${lang}`;
}

function filterQuery(filters: MenuFilters): string {
  return (Object.keys(FILTER_VALUES) as FilterKey[]).map((k) => (filters[k] ? `&${k}=${encodeURIComponent(filters[k])}` : '')).join('');
}

/** The menu filters an address asks for (`&channel=phone&difficulty=2`), those with a value the menu offers. */
export function menuFiltersOf(query: URLSearchParams): MenuFilters {
  const pairs = (Object.keys(FILTER_VALUES) as FilterKey[]).map((k) => [k, query.get(k)] as const);
  return Object.fromEntries(pairs.filter(([k, v]) => v !== null && (FILTER_VALUES[k] as readonly string[]).includes(v)));
}

function choiceQuery({ objective, text }: MapChoice): string {
  return (text ? `&text=${text}` : '') + (objective && objective !== 'total' ? `&path=${objective}` : '');
}

/** The map choices an address asks for (`&path=honesty&text=ja`), those that name something. */
export function mapChoiceOf(query: URLSearchParams, scenario: Scenario | undefined): MapChoice {
  const objective = query.get('path');
  const text = query.get('text');
  return {
    ...(objective === 'total' || PRINCIPLES.some((p) => p === objective) ? { objective: objective as Objective } : {}),
    ...(scenario?.languages.some((l) => l === text) ? { text: text as Language } : {}),
  };
}

/**
 * Where to go when the scenario list changes under `npm start` (a trainer saved a file): the
 * menu, a brief and a scenario map are drawn again from the new list, the map found by its file
 * (its id may be what changed). A conversation, a debrief, the progress screens and a file opened
 * from disk keep what they show: `undefined`.
 */
export function afterLibraryChange(view: View, entries: readonly CatalogEntry[], lang: Language): URLSearchParams | undefined {
  if (view.kind === 'menu' && view.asked && entries.some((e) => e.id === view.asked!.id)) return new URLSearchParams(view.asked.search);
  if (view.kind === 'menu' || view.kind === 'brief') return new URLSearchParams(urlOf(view, lang));
  if (view.kind !== 'author') return undefined;
  const entry = entries.find((e) => e.file === view.file);
  return entry ? new URLSearchParams(urlOf({ ...view, id: entry.id }, lang)) : undefined;
}

/**
 * `next`, drawn in place of `current` (a save under `npm start`), with the choices the trainer
 * made on `current` meanwhile: the menu's filters, the map's path and text language.
 */
export function keepChoices(next: View, current: View): View {
  if (next.kind === 'menu' && current.kind === 'menu') {
    // A link still waiting for its scenario keeps waiting, and keeps saying why it is not open.
    const waiting = current.asked && current.notice !== undefined ? { asked: current.asked, notice: current.notice } : {};
    return { ...next, filters: current.filters ?? {}, ...waiting };
  }
  if (next.kind !== 'author' || current.kind !== 'author' || next.file !== current.file) return next;
  const { objective, text, ...rest } = next;
  return { ...rest, ...(current.objective ? { objective: current.objective } : {}), ...(current.text ? { text: current.text } : {}) };
}
