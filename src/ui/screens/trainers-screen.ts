/**
 * The trainers' page, one entry from the menu: every scenario's map (which stars the best replies,
 * so it is kept off the learner's cards), checking a scenario file from disk, the cohort view, and
 * packaging scenarios for an LMS.
 */
import type { CatalogEntry } from '../../engine/index.ts';
import { entryTitle } from '../../engine/index.ts';
import { button, h } from '../dom.ts';
import { focusHeading, type Cleanup, type ScreenContext } from '../screen.ts';

export interface TrainerActions {
  openMap(id: string): void;
  openFile(file: File): void;
  openKept(name: string): void;
  removeKept(name: string): void;
  cohort(): void;
  package(): void;
  back(): void;
}

/** `kept`: the names of the files kept on the device, listed once known. */
export function showTrainers(
  ctx: ScreenContext,
  entries: readonly CatalogEntry[],
  actions: TrainerActions,
  kept: Promise<readonly string[]> = Promise.resolve([]),
): Cleanup {
  const t = ctx.i18n.t.bind(ctx.i18n);
  const maps = h(
    'ul',
    { class: 'trainer-maps', 'data-testid': 'trainer-maps' },
    ...entries.map((e) => {
      const title = e.playable ? entryTitle(e, ctx.lang) : e.id;
      const lang = e.title?.[ctx.lang] !== undefined || !e.playable ? undefined : (e.source ?? 'en');
      return h(
        'li',
        {},
        button({ class: 'secondary small', 'data-testid': 'open-map', 'data-scenario': e.id, lang }, () => actions.openMap(e.id), title),
        e.playable ? null : h('span', { class: 'hint' }, ' ', t('menu.unavailable', { file: e.file })),
      );
    }),
  );
  // A trainer with only the deployed game can check and play a file from disk.
  const fileInput = h('input', {
    type: 'file',
    id: 'open-file',
    accept: '.yaml,.yml,text/yaml',
    class: 'file-input',
    'data-testid': 'open-file',
  });
  // The check runs off the page's thread; until its answer replaces this screen, say it is under way.
  const checking = h('span', { class: 'hint', role: 'status', 'data-testid': 'file-checking' });
  const fileTool = h(
    'p',
    { class: 'file-tool', 'aria-busy': 'false' },
    h('label', { for: 'open-file', class: 'button-like secondary' }, t('author.openFile')),
    fileInput,
    h('span', { class: 'hint' }, t('author.openFileHint')),
    ' ',
    checking,
  );
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    checking.textContent = t('trainers.checking', { file: file.name });
    fileTool.setAttribute('aria-busy', 'true');
    actions.openFile(file);
  });
  const keptList = h('ul', { class: 'trainer-maps', 'data-testid': 'kept-files', 'aria-busy': 'true' });
  void kept.then(
    (names) => {
      keptList.replaceChildren(
        ...(names.length === 0
          ? [h('li', { class: 'hint' }, t('trainers.keptNone'))]
          : names.map((name) =>
              h(
                'li',
                { 'data-file': name },
                button(
                  { class: 'secondary small', 'data-testid': 'open-kept', 'aria-label': t('trainers.openKept', { file: name }) },
                  () => actions.openKept(name),
                  name,
                ),
                ' ',
                button(
                  { class: 'secondary small', 'data-testid': 'remove-kept', 'aria-label': t('trainers.removeKept', { file: name }) },
                  () => actions.removeKept(name),
                  '✕',
                ),
              ),
            )),
      );
      keptList.setAttribute('aria-busy', 'false');
    },
    () => keptList.setAttribute('aria-busy', 'false'),
  );
  const screen = h(
    'section',
    { class: 'screen trainers-screen', 'data-testid': 'trainers', 'aria-labelledby': 'trainers-title' },
    h('h1', { id: 'trainers-title' }, t('trainers.title')),
    h('p', { class: 'lead' }, t('trainers.lead')),
    h('h2', {}, t('trainers.maps')),
    h('p', { class: 'hint' }, t('trainers.mapsHint')),
    maps,
    h('h2', {}, t('trainers.file')),
    fileTool,
    h('h3', {}, t('trainers.kept')),
    h('p', { class: 'hint' }, t('trainers.keptHint')),
    keptList,
    h('h2', {}, t('trainers.cohort')),
    h('p', { class: 'hint' }, t('trainers.cohortHint')),
    h(
      'p',
      {},
      button({ class: 'secondary', 'data-testid': 'open-cohort' }, () => actions.cohort(), t('trainers.openCohort')),
    ),
    h('h2', {}, t('trainers.package')),
    h('p', { class: 'hint' }, t('trainers.packageHint')),
    h(
      'p',
      {},
      button({ class: 'secondary', 'data-testid': 'open-package' }, () => actions.package(), t('trainers.openPackage')),
    ),
    h(
      'div',
      { class: 'actions' },
      button({ class: 'secondary', 'data-testid': 'back' }, () => actions.back(), t('common.backToMenu')),
    ),
  );
  ctx.root.replaceChildren(screen);
  focusHeading(screen);
  return () => screen.remove();
}
