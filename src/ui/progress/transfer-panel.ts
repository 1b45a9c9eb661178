/**
 * Export (the learner's backup, and the trainer's input) as JSON, CSV or xAPI, and import of a
 * JSON export. Says plainly that exporting is the backup.
 */
import type { I18n } from '../../i18n/create-i18n.ts';
import { h, button } from '../dom.ts';

export interface TransferActions {
  exportAs(kind: 'json' | 'csv' | 'xapi'): void;
  importFile(file: File): void;
}

export function transferPanel(i18n: I18n, actions: TransferActions): HTMLElement {
  const t = i18n.t.bind(i18n);
  const exportButton = (kind: 'json' | 'csv' | 'xapi') => {
    const b = button({ class: kind === 'json' ? 'primary' : 'secondary', 'data-testid': `export-${kind}` }, () => actions.exportAs(kind), t(`progress.export.${kind}`));
    return b;
  };
  const input = h('input', { type: 'file', id: 'import-file', accept: '.json,application/json', class: 'file-input', 'data-testid': 'import-file' });
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
    h('div', { class: 'actions' }, exportButton('json'), exportButton('csv'), exportButton('xapi')),
    h('p', { class: 'file-tool' }, h('label', { for: 'import-file', class: 'button-like secondary' }, t('progress.import')), input),
    h('p', { class: 'transfer-status', role: 'status', 'data-testid': 'transfer-status' }),
  );
}

/** Shows a result line in the panel (imported, refused and why). */
export function transferStatus(root: HTMLElement, text: string, ok: boolean): void {
  const el = root.querySelector<HTMLElement>('[data-testid="transfer-status"]');
  if (!el) return;
  el.textContent = text;
  el.classList.toggle('bad', !ok);
}
