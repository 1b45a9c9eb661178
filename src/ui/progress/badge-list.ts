/**
 * The badges: every one shown, earned or not, each with what it asks for, so a learner can work
 * towards it; a locked one says how far along they are ("3 of 5").
 */
import { CHANNELS, type Channel } from '../../engine/index.ts';
import { MASTERY_THRESHOLD, MASTERY_WINDOW, STEADY_PLAYS, type Badge } from '../../engine/progress/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { formatList, h } from '../dom.ts';
import { s } from '../svg.ts';
import { percentFormat } from './best-line.ts';

/** A check for an earned badge, a padlock for one still locked. */
function emblem(unlocked: boolean): SVGSVGElement {
  const shape = unlocked
    ? [
        s('circle', { cx: 12, cy: 12, r: 11, class: 'emblem-ground' }),
        s('path', { d: 'M6.5 12.5 L10.5 16.5 L17.5 8.5', class: 'emblem-mark' }),
      ]
    : [
        s('rect', { x: 5, y: 10.5, width: 14, height: 10, rx: 2, class: 'emblem-lock' }),
        s('path', { d: 'M8.5 10.5 V8 a3.5 3.5 0 0 1 7 0 V10.5', class: 'emblem-shackle' }),
      ];
  return s('svg', { class: 'emblem', width: 24, height: 24, viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' }, ...shape);
}

export function badgeList(i18n: I18n, badges: readonly Badge[], channels: readonly Channel[]): HTMLElement {
  const t = i18n.t.bind(i18n);
  const pct = percentFormat(i18n);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const offered = CHANNELS.filter((c) => channels.includes(c));
  const criterion = (b: Badge) =>
    t(`badge.${b.id}.criterion`, {
      count: b.id === 'steady-hand' ? STEADY_PLAYS : MASTERY_WINDOW,
      share: pct.format(MASTERY_THRESHOLD),
      list: formatList(
        i18n.language,
        offered.map((c) => t(`channel.${c}`)),
      ),
    });
  const status = (b: Badge) =>
    b.unlocked && b.at !== null
      ? b.principle
        ? t('progress.earnedFor', { date: when.format(b.at), principle: t(`principle.${b.principle}`) })
        : t('progress.earned', { date: when.format(b.at) })
      : t('progress.badgeProgress', { have: b.have, need: b.need });
  return h(
    'ul',
    { class: 'badges', 'data-testid': 'badges' },
    ...badges.map((b) =>
      h(
        'li',
        { class: `badge ${b.unlocked ? 'unlocked' : 'locked'}`, 'data-testid': `badge-${b.id}`, 'data-unlocked': String(b.unlocked) },
        emblem(b.unlocked),
        h(
          'div',
          { class: 'badge-text' },
          h(
            'p',
            { class: 'badge-title' },
            h('strong', {}, t(`badge.${b.id}.title`)),
            h('span', { class: 'visually-hidden' }, ` (${b.unlocked ? t('progress.unlocked') : t('progress.locked')})`),
          ),
          h('p', { class: 'badge-criterion' }, criterion(b)),
          h('p', { class: 'badge-status' }, status(b)),
          b.unlocked ? null : progressBar(b.have, b.need),
        ),
      ),
    ),
  );
}

/** A bar for "have of need", hidden from assistive technology (the status line says it). */
function progressBar(have: number, need: number): HTMLElement {
  const fill = h('span', { class: 'progress-fill' });
  fill.style.width = `${Math.min(100, (have / Math.max(1, need)) * 100)}%`;
  return h('span', { class: 'progress-track', 'aria-hidden': 'true' }, fill);
}
