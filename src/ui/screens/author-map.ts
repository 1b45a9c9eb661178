/**
 * The shape of a scenario for its trainer: nodes in the order a conversation meets them (layer by
 * layer from the start), each with the customer's line, its replies with their points, mood change,
 * where they lead and their feedback, and the endings. Nodes and replies on the chosen best path
 * are marked.
 */
import { getNode, PRINCIPLES, topological, type Choice, type Language, type Scenario, type ScenarioNode } from '../../engine/index.ts';
import type { I18n } from '../../i18n/create-i18n.ts';
import { formatList, h } from '../dom.ts';
import { scenarioText } from '../scenario-text.ts';

/** Node ids by depth: each node at the layer of its longest path from the start. */
export function layers(scenario: Scenario): string[][] {
  const depth = new Map<string, number>([[scenario.start, 0]]);
  const order = topological(scenario);
  for (const id of order) {
    const node = getNode(scenario, id);
    if (node?.kind !== 'decision') continue;
    for (const c of node.choices) depth.set(c.next, Math.max(depth.get(c.next) ?? 0, (depth.get(id) ?? 0) + 1));
  }
  const out: string[][] = [];
  for (const id of order) (out[depth.get(id) ?? 0] ??= []).push(id);
  return out.filter(Boolean);
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

function choiceRow(i18n: I18n, scenario: Scenario, lang: Language, c: Choice, onPath: boolean): HTMLElement {
  const points = PRINCIPLES.filter((p) => c.score[p] !== 0).map((p) => `${i18n.t(`principle.${p}`)} ${signed(c.score[p])}`);
  return h(
    'li',
    { class: `map-choice${onPath ? ' on-path' : ''}`, 'data-testid': 'map-choice', 'data-choice': c.id, 'data-on-path': String(onPath) },
    scenarioText(i18n, scenario, c.text, lang),
    h(
      'span',
      { class: 'map-meta' },
      ' ',
      points.length ? formatList(i18n.language, points) : i18n.t('debrief.noPoints'),
      ' · ',
      i18n.t('author.mood', { delta: signed(c.mood) }),
      c.hold ? ` · ${i18n.t('author.hold')}` : '',
      ' → ',
      h('a', { href: `#node-${c.next}` }, c.next),
    ),
    // The coaching the debrief gives for this reply: trainers review it, translators translate it.
    c.feedback ? scenarioText(i18n, scenario, c.feedback, lang, 'span', { class: 'map-feedback' }) : null,
  );
}

/** One card per node; `path` maps node id → the choice id taken there on the marked path. */
export function nodeCard(
  i18n: I18n,
  scenario: Scenario,
  lang: Language,
  node: ScenarioNode,
  path: ReadonlyMap<string, string>,
): HTMLElement {
  const onPath = path.has(node.id);
  const head = h(
    'h3',
    { id: `node-${node.id}` },
    node.id,
    node.kind === 'ending' ? ` · ${i18n.t(`ending.${node.ending}.title`)}` : '',
    node.kind === 'decision' && node.venting ? ` · ${i18n.t('author.venting')}` : '',
  );
  return h(
    'li',
    {
      class: `map-node ${node.kind}${onPath ? ' on-path' : ''}`,
      'data-testid': 'map-node',
      'data-node': node.id,
      'data-on-path': String(onPath),
    },
    head,
    node.narration ? scenarioText(i18n, scenario, node.narration, lang, 'p', { class: 'narration' }) : null,
    scenarioText(i18n, scenario, node.customer, lang, 'p', { class: 'map-line' }),
    node.kind === 'decision'
      ? h('ul', { class: 'map-choices' }, ...node.choices.map((c) => choiceRow(i18n, scenario, lang, c, path.get(node.id) === c.id)))
      : null,
  );
}
