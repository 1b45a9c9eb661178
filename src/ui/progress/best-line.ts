/**
 * How a share of the best path reads, everywhere progress is shown: "83%", or "0% · 3 points
 * lost" for a score below zero (never a negative percentage). And a learner's record on one
 * scenario, in the menu and on the progress screen alike: "83% · Resolved · 3 tries".
 */
import type { ScenarioBest, Share } from '../../engine/progress/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { numberFormat } from '../intl-cache.ts';

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };

/** A whole-number percent formatter in the interface language (made once per language). */
export function percentFormat(i18n: I18n): Intl.NumberFormat {
  return numberFormat(i18n.language, PERCENT);
}

/** "83%", "0% · 3 points lost", or "—" when the scenario could not score it. */
export function shareText(i18n: I18n, pct: Intl.NumberFormat, share: Share | null | undefined): string {
  if (!share) return '\u2014';
  return share.lost ? `${pct.format(share.share)} · ${i18n.t('progress.lost', { count: share.lost })}` : pct.format(share.share);
}

/** The formatter is made only for a scenario played: its first use in a language costs 25 ms or more. */
export function bestLine(i18n: I18n, best: ScenarioBest | undefined): string {
  if (!best) return i18n.t('progress.unplayed');
  return `${shareText(i18n, percentFormat(i18n), best.best.share)} · ${i18n.t(`ending.${best.best.ending}.title`)} · ${i18n.t('progress.tries', { count: best.attempts })}`;
}
