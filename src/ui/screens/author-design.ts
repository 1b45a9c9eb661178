/**
 * The author view's design numbers (scenario-format.md, "Design warnings"): what the best path is
 * and why, the difficulty the simulated players estimate against the declared one with the numbers
 * behind it, how many decisions the longest reply gives away and how many offer partial credit,
 * and any mistake that pays. The engine computes every number; this only words them.
 */
import {
  CHALLENGE_BANDS,
  challengeToShow,
  designReport,
  PRINCIPLES,
  type Difficulty,
  type Ending,
  type PlayerOutcome,
  type Scenario,
} from '../../engine/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { formatList, h } from '../dom.ts';

/** The design section of the author view for a playable scenario. */
export function designSection(i18n: I18n, scenario: Scenario): HTMLElement {
  const t = i18n.t.bind(i18n);
  const r = designReport(scenario);
  const d = r.difficulty;
  const percent = (x: number) => new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(x);
  const decimal = (x: number) => new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x);
  const level = (n: Difficulty) => t('author.design.level', { name: t(`difficulty.${n}`), n });
  const ending = (e: Ending) => t(`ending.${e}.title`);
  const scores = formatList(
    i18n.language,
    PRINCIPLES.map((p) => `${t(`principle.${p}`)} ${r.best.scores[p]}`),
  );
  // A player's points as a share of the best path's; meaningless when the best path scores nothing.
  const share = (o: PlayerOutcome) => (r.best.value > 0 ? percent(o.total / r.best.value) : t('author.design.noShare'));
  const player = (key: 'longest' | 'shortest', o: PlayerOutcome) =>
    h(
      'li',
      { 'data-testid': `design-${key}` },
      t(`author.design.${key}${o.endedBy === 'mood' ? 'BoilsOver' : 'Ends'}`, { ending: ending(o.ending), share: share(o) }),
    );
  const p = (testid: string, text: string) => h('p', { 'data-testid': testid }, text);

  return h(
    'section',
    { class: 'author-design', 'data-testid': 'author-design', 'aria-labelledby': 'author-design-title' },
    h('h2', { id: 'author-design-title' }, t('author.design.title')),
    p('design-best', t('author.design.best', { count: r.best.steps.length, ending: ending(r.best.ending), total: r.best.value, scores })),
    p(
      'design-difficulty',
      t(d.estimated === d.declared ? 'author.design.agrees' : 'author.design.disagrees', {
        declared: level(d.declared),
        estimated: level(d.estimated),
      }),
    ),
    h(
      'ul',
      { class: 'design-players' },
      h(
        'li',
        { 'data-testid': 'design-random' },
        t('author.design.random', {
          reach: percent(d.reachesBestEnding),
          ending: ending(r.best.ending),
          boil: percent(d.random.boilOver),
          challenge: decimal(challengeToShow(d.challenge)),
          one: decimal(CHALLENGE_BANDS[0]),
          two: decimal(CHALLENGE_BANDS[1]),
        }),
      ),
      player('longest', d.longest),
      player('shortest', d.shortest),
    ),
    p('design-tells', t('author.design.tells', { count: r.longestTells.length, total: r.decisions })),
    p('design-partial', t('author.design.partial', { count: r.decisions - r.noPartialCredit.length, total: r.decisions })),
    r.mistakesPay.length === 0
      ? p('design-no-mistake', t('author.design.noMistake'))
      : h(
          'ul',
          { class: 'design-mistakes' },
          ...r.mistakesPay.map((m) =>
            h(
              'li',
              { 'data-testid': 'design-mistake', 'data-principle': m.principle },
              t('author.design.mistake', {
                choice: m.mistake.choiceId,
                node: m.mistake.nodeId,
                principle: t(`principle.${m.principle}`),
                via: m.viaMistake,
                best: m.best,
              }),
            ),
          ),
        ),
  );
}
