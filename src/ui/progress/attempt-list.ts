/**
 * Every attempt, newest first, a page at a time: when, which scenario, in which language, how it ended, the scores
 * against the best, how long it took, and the interruptions and late replies.
 */
import { PRINCIPLES } from '../../engine/index.ts';
import { ATTEMPTS_PAGE, newestAttempts, type AttemptRecord } from '../../engine/progress/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { formatClock } from '../intl-cache.ts';
import { button, formatList, h } from '../dom.ts';

/**
 * The attempts, newest first, ATTEMPTS_PAGE at a time: "Show more" adds the next page below, so
 * tens of thousands of attempts cost no more to open than fifty.
 */
export function attemptList(i18n: I18n, attempts: readonly AttemptRecord[], titleOf: (id: string) => string): HTMLElement {
  const t = i18n.t.bind(i18n);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  if (!attempts.length) return h('p', { 'data-testid': 'no-attempts' }, t('progress.noAttempts'));
  const list = h('ol', { class: 'attempts', 'data-testid': 'attempts' });
  const count = h('p', { class: 'attempts-shown', role: 'status', 'data-testid': 'attempts-shown' });
  const more = button({ class: 'secondary', 'data-testid': 'attempts-more' }, () => showUpTo(list.children.length + ATTEMPTS_PAGE), '');
  // Put in order once: each "Show more" only takes the next slice.
  const newest = newestAttempts(attempts, attempts.length).shown;
  const showUpTo = (n: number) => {
    const shown = Math.min(n, newest.length);
    const left = newest.length - shown;
    const added = newest.slice(list.children.length, shown).map(safeItem);
    list.append(...added);
    // The last page hides the button: focus goes to the first attempt it added, not to the page's top.
    if (!left && document.activeElement === more) {
      added[0]?.setAttribute('tabindex', '-1');
      added[0]?.focus();
    }
    count.textContent = left ? t('progress.attemptsShown', { shown, count: attempts.length }) : '';
    more.textContent = t('progress.showMore', { count: Math.min(ATTEMPTS_PAGE, left) });
    more.hidden = left === 0;
  };
  showUpTo(ATTEMPTS_PAGE);
  return h('div', { class: 'attempt-list' }, list, count, more);

  function safeItem(a: AttemptRecord): HTMLElement {
    try {
      return item(a);
    } catch (e) {
      // One record the screen cannot draw is set aside here; it never takes the screen down.
      return h(
        'li',
        { class: 'attempt notice', 'data-testid': 'attempt-unshown', 'data-attempt': a.id },
        t('progress.attemptUnshown', { reason: e instanceof Error ? e.message : String(e) }),
      );
    }
  }

  function item(a: AttemptRecord): HTMLElement {
    return h(
      'li',
      { class: `attempt ending-${a.ending}`, 'data-testid': 'attempt', 'data-scenario': a.scenarioId, 'data-ending': a.ending },
      h('p', { class: 'attempt-head' }, h('strong', {}, titleOf(a.scenarioId)), ' · ', t(`ending.${a.ending}.title`)),
      h(
        'p',
        { class: 'attempt-meta' },
        h('time', { datetime: new Date(a.endedAt).toISOString() }, when.format(a.endedAt)),
        ' · ',
        t(`language.${a.lang}`),
        ' · ',
        formatClock(i18n.language, a.durationMs),
      ),
      h(
        'p',
        { class: 'attempt-scores' },
        formatList(
          i18n.language,
          PRINCIPLES.map((p) => `${t(`principle.${p}`)} ${a.scores[p]} / ${a.best[p]}`),
        ),
      ),
      a.interruptions || a.lateReplies || a.holds
        ? h('p', { class: 'attempt-flags' }, t('progress.flags', { interruptions: a.interruptions, late: a.lateReplies, holds: a.holds }))
        : null,
    );
  }
}
