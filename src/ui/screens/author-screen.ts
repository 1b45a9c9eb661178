/**
 * The author view: the file's diagnostics, the design numbers behind the design warnings (best
 * path, estimated difficulty, length tells, partial credit, mistakes that pay), and a scenario map
 * for trainers (every node, reply, score, mood change and ending, with the best path for the whole
 * or for one principle marked), the best path's scores and the endings a learner can reach.
 */
import {
  bestPath,
  getNode,
  LANGUAGES,
  moodOnArrival,
  PRINCIPLES,
  reachableEndings,
  translationGaps,
  type Diagnostic,
  type Language,
  type Objective,
  type Scenario,
  type Scores,
} from '../../engine/index.ts';
import { formatList, h, button } from '../dom.ts';
import { languageOption } from '../language-option.ts';
import { diagnosticList } from '../diagnostic-list.ts';
import { scenarioText } from '../scenario-text.ts';
import { focusHeading, type Cleanup, type ScreenContext } from '../screen.ts';
import { designSection } from './author-design.ts';
import { layers, nodeCard } from './author-map.ts';
import { layoutScenario } from '../graph/graph-layout.ts';
import { graphView, type GraphView } from '../graph/graph-view.ts';

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** What the trainer picked on the scenario map: the best path for what, and the texts in which language. */
export interface MapChoice {
  objective?: Objective;
  text?: Language;
}

export interface AuthorActions {
  play(): void;
  back(): void;
  /** The trainer picked another path or text language (kept in the address across saves and reloads). */
  choose(choice: Required<MapChoice>): void;
  /** Plays the scenario from node `nodeId`, the customer's mood starting at `mood`. */
  playFrom?(nodeId: string, mood: number): void;
  /** Saves the texts for translation into `lang` as XLIFF; offered for a file opened from disk. */
  exportXliff?(lang: Language): void;
}

/** `start`: the path and text language to show first, when the address names them. */
export function showAuthor(
  ctx: ScreenContext,
  scenario: Scenario | undefined,
  file: string,
  diagnostics: readonly Diagnostic[],
  actions: AuthorActions,
  start: MapChoice = {},
): Cleanup {
  const { i18n, lang } = ctx;
  const t = i18n.t.bind(i18n);
  const listOf = (items: string[]) => formatList(i18n.language, items);
  /** "Listen 8, Empathy 9, Honesty 15, Calm 3" */
  const scoreList = (scores: Scores) => listOf(PRINCIPLES.map((p) => `${t(`principle.${p}`)} ${scores[p]}`));
  const back = button({ class: 'secondary', 'data-testid': 'back' }, () => actions.back(), t('common.backToMenu'));
  const parts: (HTMLElement | null)[] = [
    // The file name keeps its case (paths are case-sensitive), unlike the rest of the eyebrow.
    h('p', { class: 'eyebrow' }, t('author.title'), ' · ', h('code', { class: 'file-name', 'data-testid': 'author-file' }, file)),
    h('h1', { id: 'author-title' }, scenario ? scenarioText(i18n, scenario, scenario.title, lang) : file),
    h('h2', {}, t('author.diagnostics')),
    diagnostics.length ? diagnosticList(i18n, diagnostics) : h('p', { 'data-testid': 'no-diagnostics' }, t('author.clean')),
  ];
  if (scenario && actions.exportXliff) parts.push(...exportTool(scenario, actions.exportXliff));
  if (scenario) parts.push(designSection(i18n, scenario), ...map(scenario));
  // The map runs to many screens, so the actions stay in view at the bottom (sticky).
  const actionBar = h(
    'div',
    { class: 'actions author-actions' },
    scenario ? button({ class: 'primary', 'data-testid': 'author-play' }, () => actions.play(), t('author.play')) : null,
    back,
  );
  const screen = h(
    'section',
    { class: 'screen author-screen', 'data-testid': 'author', 'aria-labelledby': 'author-title' },
    ...parts,
    actionBar,
  );
  ctx.root.replaceChildren(screen);
  focusHeading(screen);
  return () => screen.remove();

  function map(s: Scenario): HTMLElement[] {
    const scores = scoreList(bestPath(s).scores);
    const endings = listOf([...reachableEndings(s)].map((e) => t(`ending.${e}.title`)));
    const summary = h(
      'div',
      { 'data-testid': 'author-summary' },
      h('p', {}, t('author.best', { list: scores })),
      h('p', {}, t('author.endings', { list: endings })),
    );
    const objective = h(
      'select',
      { id: 'author-objective', 'data-testid': 'author-objective' },
      h('option', { value: 'total' }, t('author.total')),
      ...PRINCIPLES.map((p) => h('option', { value: p }, t(`principle.${p}`))),
    );
    // A translator checks one language at a time without switching the whole game's language.
    const textLang = h(
      'select',
      { id: 'author-text-lang', 'data-testid': 'author-text-lang' },
      ...s.languages.map((l) => languageOption(i18n, l)),
    );
    textLang.value = start.text && s.languages.includes(start.text) ? start.text : s.languages.includes(lang) ? lang : s.source;
    objective.value = start.objective ?? 'total';
    const pathNote = h('p', { class: 'path-note', 'data-testid': 'path-note', role: 'status' });
    const gapNote = h('p', { class: 'gap-note', 'data-testid': 'translation-gaps', role: 'status' });
    const list = h('ol', { class: 'map', 'data-testid': 'scenario-map' });
    const layout = layoutScenario(s, (c) =>
      [
        ...PRINCIPLES.filter((p) => c.score[p] !== 0).map((p) => `${t(`author.short.${p}`)}${signed(c.score[p])}`),
        t('author.mood', { delta: signed(c.mood) }),
      ].join(' '),
    );
    const graphHolder = h('div', { class: 'graph-holder' });
    let graph: { view: GraphView; lang: Language } | undefined;
    const draw = () => {
      const bp = bestPath(s, objective.value as Objective);
      const shownIn = textLang.value as Language;
      const path = new Map(bp.steps.map((st) => [st.nodeId, st.choiceId]));
      const last = bp.steps[bp.steps.length - 1];
      const lastChoice = last ? getNode(s, last.nodeId) : undefined;
      const end = lastChoice?.kind === 'decision' ? lastChoice.choices.find((c) => c.id === last!.choiceId)?.next : undefined;
      if (end && bp.ending !== 'lost') path.set(end, '');
      if (graph?.lang !== shownIn) {
        graph = { view: graphView(i18n, s, layout, shownIn), lang: shownIn };
        graphHolder.replaceChildren(graph.view.element);
      }
      graph.view.mark(path);
      gapNote.textContent = gapText(s, shownIn);
      pathNote.textContent = t('author.pathNote', {
        count: bp.steps.length,
        ending: t(`ending.${bp.ending}.title`),
        scores: scoreList(bp.scores),
      });
      list.replaceChildren(
        ...layers(s).map((ids, i) =>
          h(
            'li',
            { class: 'map-layer' },
            h('p', { class: 'layer-label' }, t('author.layer', { n: i + 1 })),
            h('ol', { class: 'map-nodes' }, ...ids.map((id) => nodeCard(i18n, s, shownIn, getNode(s, id)!, path))),
          ),
        ),
      );
    };
    const chosen = () => {
      draw();
      actions.choose({ objective: objective.value as Objective, text: textLang.value as Language });
    };
    objective.addEventListener('change', chosen);
    textLang.addEventListener('change', chosen);
    draw();
    const control = (id: string, label: string, select: HTMLElement) => h('p', { class: 'filter' }, h('label', { for: id }, label), select);
    const controls = h(
      'div',
      { class: 'author-controls' },
      control('author-objective', t('author.pathFor'), objective),
      control('author-text-lang', t('author.textIn'), textLang),
    );
    return [
      h('h2', {}, t('author.mapTitle')),
      summary,
      controls,
      ...(actions.playFrom ? [playFromTool(s, actions.playFrom)] : []),
      gapNote,
      pathNote,
      h('div', { class: 'author-map-wrap' }, graphHolder, list),
    ];
  }

  /** Start a conversation at any node, with the mood the best path has there or one the trainer sets. */
  function playFromTool(s: Scenario, play: (nodeId: string, mood: number) => void): HTMLElement {
    const ids = layers(s).flat();
    const node = h('select', { id: 'play-from-node', 'data-testid': 'play-from-node' }, ...ids.map((id) => h('option', { value: id }, id)));
    const mood = h('input', {
      id: 'play-from-mood',
      'data-testid': 'play-from-mood',
      type: 'number',
      min: 0,
      max: 99,
      step: 1,
      inputmode: 'numeric',
    });
    const fill = () => (mood.value = String(moodOnArrival(s, node.value) ?? s.customer.mood));
    node.addEventListener('change', fill);
    fill();
    const go = button(
      { class: 'secondary', 'data-testid': 'play-from' },
      () => play(node.value, Math.min(99, Math.max(0, Number(mood.value) || 0))),
      t('author.playFrom'),
    );
    const field = (id: string, label: string, input: HTMLElement) => h('span', { class: 'filter' }, h('label', { for: id }, label), input);
    return h(
      'div',
      { class: 'author-controls play-from', role: 'group', 'aria-label': t('author.playFrom') },
      field('play-from-node', t('author.playFromNode'), node),
      field('play-from-mood', t('author.playFromMood'), mood),
      go,
      h('p', { class: 'hint' }, t('author.playFromHint')),
    );
  }

  /** The texts for a translator: one XLIFF file for the language picked. */
  function exportTool(s: Scenario, save: (l: Language) => void): HTMLElement[] {
    const others = LANGUAGES.filter((l) => l !== s.source);
    const select = h('select', { id: 'xliff-lang', 'data-testid': 'xliff-lang' }, ...others.map((l) => languageOption(i18n, l)));
    const go = button({ class: 'secondary', 'data-testid': 'export-xliff' }, () => save(select.value as Language), t('author.exportXliff'));
    return [
      h('h2', {}, t('author.translate')),
      h('p', { class: 'hint' }, t('author.translateHint', { command: 'npm run strings:import' })),
      h('p', { class: 'filter' }, h('label', { for: 'xliff-lang' }, t('author.translateInto')), select, ' ', go),
    ];
  }

  /** How far the translation into `l` has come, so a translator sees what is left. */
  function gapText(s: Scenario, l: Language): string {
    if (l === s.source) return t('author.sourceLanguage', { language: t(`language.${l}`) });
    const { missing, total } = translationGaps(s, l);
    return missing === 0
      ? t('author.allTranslated', { total })
      : t('author.untranslated', { count: missing, total, source: t(`language.${s.source}`) });
  }
}
