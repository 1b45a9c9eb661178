/**
 * Why an import was refused, or why progress is kept in memory, in the learner's language. The
 * engine and the storage adapter say why as data; only the technical part (a record's field, the
 * browser's error) is shown as it came.
 */
import type { i18n as I18n } from 'i18next';
import type { ImportRefusal, StorageFallback } from '../../engine/progress/index.ts';
import { formatList } from '../dom.ts';

/** A refused backup: the file's own problems, or storage that would not take it. */
export type BackupRefusal = ImportRefusal | { readonly kind: 'not-stored'; readonly details: string };

/** One clause, for "Nothing was imported: …" and the cohort's list of refused files. */
export function refusalText(i18n: I18n, r: BackupRefusal): string {
  const t = i18n.t.bind(i18n);
  switch (r.kind) {
    case 'too-large':
      return t('refusal.too-large', {
        size: new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(
          r.limitBytes / (1024 * 1024),
        ),
      });
    case 'forbidden-key':
      return t('refusal.forbidden-key', { key: r.key });
    case 'unexpected-fields':
      return t('refusal.unexpected-fields', { list: formatList(i18n.language, r.fields) });
    case 'invalid-records': {
      const more = r.more ? [t('refusal.more', { count: r.more })] : [];
      return t('refusal.invalid-records', { count: r.count, details: [...r.details, ...more].join('; ') });
    }
    case 'conflicting-records':
      return t('refusal.conflicting-records', { count: r.ids.length + r.more, ids: formatList(i18n.language, r.ids) });
    case 'not-stored':
      return t('refusal.not-stored', { details: r.details });
    default:
      return t(`refusal.${r.kind}`);
  }
}

/** Why progress is kept in memory only, for "Progress cannot be saved on this device (…)". */
export function fallbackText(i18n: I18n, reason: StorageFallback): string {
  return i18n.t(`storage.${reason.kind}`);
}
