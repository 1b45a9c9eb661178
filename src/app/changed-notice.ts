/**
 * Under `npm start`, when the file of the scenario being played or debriefed is saved: the
 * conversation goes on with the version it began with (its replies may not fit the new one),
 * and a note says so, with a way to play the new version.
 */
import type { Scenario } from '../engine/index.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { button, h } from '../ui/dom.ts';
import type { Catalog } from './catalog.ts';
import type { View } from './views.ts';

/**
 * If `view` is a conversation or debrief whose scenario changed in the library, and it is
 * `stillShowing`, puts the note on it; `playNew` opens the new version's brief.
 */
export async function noteIfChanged(
  view: View,
  deps: { catalog: Catalog; i18n: I18n; ui: HTMLElement },
  stillShowing: () => boolean,
  playNew: (id: string) => void,
): Promise<void> {
  if (view.kind !== 'play' && view.kind !== 'debrief') return;
  const { catalog, i18n, ui } = deps;
  const id = view.scenario.id;
  if (!(await scenarioChanged(catalog, view.scenario)) || !stillShowing()) return;
  showChangedNotice(ui, i18n, catalog.entries.find((e) => e.id === id)?.file ?? id, () => playNew(id));
}

/**
 * Whether `view`, a brief or a scenario's map, still shows what the library now holds for it (the
 * same diagnostics and the same scenario): then the save was of another file, and drawing the
 * screen again would only lose a click in progress (a press and its release landing on two
 * different copies of one button). False for every other view.
 */
export async function showsLatest(view: View, catalog: Catalog): Promise<boolean> {
  if (view.kind === 'brief') return !(await scenarioChanged(catalog, view.scenario));
  if (view.kind !== 'author') return false;
  const entry = catalog.entries.find((e) => e.file === view.file);
  if (!entry || entry.id !== view.id || JSON.stringify(entry.diagnostics) !== JSON.stringify(view.diagnostics)) return false;
  return view.scenario ? !(await scenarioChanged(catalog, view.scenario)) : !entry.playable;
}

/** Whether the library's version of `scenario` differs from it (or is gone, or now broken). */
export async function scenarioChanged(catalog: Catalog, scenario: Scenario): Promise<boolean> {
  const entry = catalog.entries.find((e) => e.id === scenario.id);
  if (!entry?.playable) return true;
  const now = await catalog.load(scenario.id).catch(() => undefined);
  return !now || JSON.stringify(now) !== JSON.stringify(scenario);
}

/** Puts the note at the top of `root` (once); it goes with the screen it was put on. */
export function showChangedNotice(root: HTMLElement, i18n: I18n, file: string, playNew: () => void): void {
  if (root.querySelector('[data-testid=scenario-changed]')) return;
  const again = button({ class: 'secondary small', 'data-testid': 'play-new-version' }, playNew, i18n.t('author.playNewVersion'));
  const note = h(
    'div',
    { class: 'changed-notice', role: 'status', 'data-testid': 'scenario-changed' },
    h('p', {}, i18n.t('author.changedWhilePlaying', { file })),
    again,
  );
  root.firstElementChild?.prepend(note);
}
