/**
 * The recommendation in words, saying why: "Honesty is your lowest over your last 5 plays (42%):
 * try “The unpaid invoice”. Your best Honesty there so far: 30%."
 */
import type { Recommendation } from '../../engine/progress/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { percentFormat } from './best-line.ts';

export function recommendText(i18n: I18n, next: Recommendation, title: string): string {
  const t = i18n.t.bind(i18n);
  const pct = percentFormat(i18n);
  const principle = t(`principle.${next.principle}`);
  const share = next.mean === null ? '' : pct.format(next.mean);
  const why = t(`progress.why.${next.why}`, { principle, title, count: next.plays, share });
  const there =
    next.reason === 'unplayed'
      ? t('progress.there.unplayed')
      : next.reason === 'not-mastered' && next.bestThere !== null
        ? t('progress.there.not-mastered', { principle, share: pct.format(next.bestThere) })
        : '';
  return there ? `${why} ${there}` : why;
}
