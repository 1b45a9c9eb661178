/**
 * Export and import: the backup of the whole device (every learner on it, in one file), one
 * learner's file (JSON, also what a trainer loads into the cohort view), CSV and xAPI, and
 * restoring from either JSON file. Says plainly that exporting is the backup.
 */
import type { I18n } from '../../i18n/create-i18n.ts';
import { h, button } from '../dom.ts';

/** The device's backup, or the current learner's file in a format. */
export type ExportKind = 'device' | 'json' | 'csv' | 'xapi';

export interface TransferActions {
  exportAs(kind: ExportKind): void;
  importFile(file: File): void;
}

export function transferPanel(i18n: I18n, actions: TransferActions): HTMLElement {
  const t = i18n.t.bind(i18n);
  const exportButton = (kind: ExportKind) =>
    button(
      { class: kind === 'device' ? 'primary' : 'secondary', 'data-testid': `export-${kind}` },
      () => actions.exportAs(kind),
      t(`progress.export.${kind}`),
    );
  const input = h('input', {
    type: 'file',
    id: 'import-file',
    accept: '.json,application/json',
    class: 'file-input',
    'data-testid': 'import-file',
  });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) actions.importFile(file);
    input.value = '';
  });
  return h(
    'section',
    { class: 'transfer', 'aria-labelledby': 'transfer-title' },
    h('h2', { id: 'transfer-title' }, t('progress.backupTitle')),
    h('p', { 'data-testid': 'backup-note' }, t('progress.backupNote')),
    h('div', { class: 'actions' }, exportButton('device'), exportButton('json'), exportButton('csv'), exportButton('xapi')),
    h('p', { class: 'file-tool' }, h('label', { for: 'import-file', class: 'button-like secondary' }, t('progress.import')), input),
    h('p', { class: 'transfer-status', role: 'status', 'data-testid': 'transfer-status' }),
  );
}

/** Shows a result line in the panel (imported, refused and why), or with `busy`, work under way. */
export function transferStatus(root: HTMLElement, text: string, ok: boolean, busy = false): void {
  const el = root.querySelector<HTMLElement>('[data-testid="transfer-status"]');
  if (!el) return;
  el.textContent = text;
  el.classList.toggle('bad', !ok);
  el.setAttribute('aria-busy', String(busy));
}
