/**
 * How a learner's record on one scenario reads, in the menu and on the progress screen alike:
 * "82% · Resolved · 3 tries", or "not played yet".
 */
import type { ScenarioBest } from '../../engine/progress/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';

/** A whole-number percent formatter in the interface language. */
export function percentFormat(i18n: I18n): Intl.NumberFormat {
  return new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 });
}

export function bestLine(i18n: I18n, pct: Intl.NumberFormat, best: ScenarioBest | undefined): string {
  if (!best) return i18n.t('progress.unplayed');
  const ratio = best.bestRatio === null ? '—' : pct.format(best.bestRatio);
  return `${ratio} · ${i18n.t(`ending.${best.ending}.title`)} · ${i18n.t('progress.tries', { count: best.attempts })}`;
}
