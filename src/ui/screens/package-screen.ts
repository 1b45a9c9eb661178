/**
 * The trainers' packaging screen: choose the standard and the scenarios (the library's, and files
 * opened from disk), and download a package to upload to the LMS. Reports what the trainer asked
 * for; building the package is the app's (src/app/package-flow.ts).
 */
import type { Scenario } from '../../engine/index.ts';
import type { CatalogEntry } from '../../engine/index.ts';
import { entryTitle } from '../../engine/index.ts';
import type { LmsFormat } from '../../packaging/manifests.ts';
import { button, h } from '../dom.ts';
import { focusHeading, type Cleanup, type ScreenContext } from '../screen.ts';

export interface PackageActions {
  /** Checks a scenario file from disk: the scenario, or why it cannot go in. */
  check(file: File): Promise<{ scenario: Scenario } | { problem: string }>;
  /** Builds and downloads the package; its file name and size in bytes. */
  build(format: LmsFormat, ids: readonly string[], extra: readonly Scenario[]): Promise<{ file: string; bytes: number }>;
  back(): void;
}

const FORMAT_ORDER: readonly LmsFormat[] = ['scorm2004', 'cmi5', 'scorm12'];

export function showPackage(ctx: ScreenContext, entries: readonly CatalogEntry[], mastery: number, actions: PackageActions): Cleanup {
  const { i18n, lang } = ctx;
  const t = i18n.t.bind(i18n);
  const extra: Scenario[] = [];
  const status = h('p', { class: 'package-status', role: 'status', 'data-testid': 'package-status' });
  const say = (text: string) => (status.textContent = text);
  const formats = h(
    'fieldset',
    { class: 'setting', 'data-testid': 'package-format' },
    h('legend', {}, t('package.format')),
    ...FORMAT_ORDER.map((f, i) =>
      h(
        'label',
        { class: 'choice-row' },
        h('input', { type: 'radio', name: 'package-format', value: f, checked: i === 0, 'data-testid': `format-${f}` }),
        ' ',
        t(`package.formats.${f}`),
      ),
    ),
  );
  const list = h('ul', { class: 'package-scenarios' }, ...entries.filter((e) => e.playable).map((e) => item(e.id, entryTitle(e, lang))));
  const input = h('input', { type: 'file', id: 'package-file', accept: '.yaml,.yml', class: 'file-input', 'data-testid': 'package-file' });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // A large file takes a moment to check: say so, as the trainers' page does.
    say(t('trainers.checking', { file: file.name }));
    actions.check(file).then(
      (r) => {
        if ('problem' in r) return void say(t('package.fileRefused', { file: file.name, why: r.problem }));
        const known = [...list.querySelectorAll<HTMLInputElement>('input')].some((x) => x.value === r.scenario.id);
        if (known) return void say(t('package.fileRefused', { file: file.name, why: r.scenario.id }));
        extra.push(r.scenario);
        list.append(
          item(r.scenario.id, `${r.scenario.title[lang] ?? r.scenario.title[r.scenario.source] ?? r.scenario.id} (${t('package.added')})`),
        );
        say('');
      },
      (e: unknown) => say(t('package.fileRefused', { file: file.name, why: e instanceof Error ? e.message : String(e) })),
    );
  });
  const download = button(
    { class: 'primary', 'data-testid': 'package-download' },
    () => {
      const format = (formats.querySelector<HTMLInputElement>('input:checked')?.value ?? 'scorm2004') as LmsFormat;
      const chosen = [...list.querySelectorAll<HTMLInputElement>('input:checked')].map((x) => x.value);
      if (chosen.length === 0) return void say(t('package.none'));
      const fromFiles = extra.filter((s) => chosen.includes(s.id));
      say(t('package.building'));
      download.disabled = true;
      void actions
        .build(
          format,
          chosen.filter((id) => !fromFiles.some((s) => s.id === id)),
          fromFiles,
        )
        .then((r) =>
          say(
            t('package.done', {
              file: r.file,
              size: new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
                r.bytes / 1e6,
              ),
            }),
          ),
        )
        .catch((e: unknown) => say(t('package.failed', { why: e instanceof Error ? e.message : String(e) })))
        .finally(() => (download.disabled = false));
    },
    t('package.download'),
  );
  const share = new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(mastery);
  const screen = h(
    'section',
    { class: 'screen package-screen', 'data-testid': 'package', 'aria-labelledby': 'package-title' },
    h('h1', { id: 'package-title' }, t('package.title')),
    h('p', { class: 'lead' }, t('package.lead')),
    h('p', {}, t('package.mastery', { share })),
    formats,
    h(
      'fieldset',
      { class: 'setting' },
      h('legend', {}, t('package.scenarios')),
      list,
      h('p', { class: 'file-tool' }, h('label', { for: 'package-file', class: 'button-like secondary' }, t('package.addFile')), input),
    ),
    h(
      'div',
      { class: 'actions' },
      download,
      button({ class: 'secondary', 'data-testid': 'back' }, () => actions.back(), t('common.backToMenu')),
    ),
    status,
  );
  ctx.root.replaceChildren(screen);
  focusHeading(screen);
  return () => screen.remove();

  function item(id: string, title: string): HTMLElement {
    const key = `package-${id}`;
    return h(
      'li',
      {},
      h(
        'label',
        { for: key, class: 'choice-row' },
        h('input', { type: 'checkbox', id: key, value: id, checked: true, 'data-testid': 'package-scenario', 'data-scenario': id }),
        ' ',
        title,
      ),
    );
  }
}
