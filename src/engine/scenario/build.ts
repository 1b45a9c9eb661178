/**
 * Builds the Scenario model from a file that passed the schema and the structure checks:
 * texts become maps, defaults are applied, choice ids are filled in, and the node table has no
 * prototype (so a node called 'constructor' is just a node).
 */
import type { Choice, Scenario, ScenarioNode, Scores, Text } from './model.ts';
import type { ChoiceFile, NodeFile, ScenarioFile } from './schema.ts';
import type { Language } from './vocabulary.ts';
import { voicePath } from './voice-path.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function text(value: string | Partial<Record<Language, string>>, source: Language): Text {
  return Object.freeze(typeof value === 'string' ? { [source]: value } : { ...value });
}

function scores(value: ChoiceFile['score']): Scores {
  return Object.freeze({
    listen: value?.listen ?? 0,
    empathy: value?.empathy ?? 0,
    honesty: value?.honesty ?? 0,
    calm: value?.calm ?? 0,
  });
}

// Optional fields are added as the object is made, not spread in from a temporary one (the checker
// builds every file it loads), and in the same order as always: a scenario's fingerprint is its
// JSON, so a new order would count as a changed scenario and set learners' drafts aside.
function choice(c: ChoiceFile, index: number, source: Language): Choice {
  const out: Partial<Mutable<Choice>> = {
    id: c.id ?? String(index + 1),
    index,
    text: text(c.text, source),
    score: scores(c.score),
    mood: c.mood ?? 0,
  };
  if (c.feedback !== undefined) out.feedback = text(c.feedback, source);
  out.next = c.next;
  out.hold = c.hold ?? false;
  out.teaches = c.teaches ?? [];
  return Object.freeze(out as Choice);
}

function node(id: string, n: NodeFile, source: Language): ScenarioNode {
  const out: Partial<Mutable<ScenarioNode>> = { id, customer: text(n.customer, source) };
  if (n.narration !== undefined) out.narration = text(n.narration, source);
  // Played as checked: the normalised path inside public/.
  if (n.voice !== undefined)
    out.voice = Object.freeze(Object.fromEntries(Object.entries(n.voice).map(([lang, file]) => [lang, voicePath(file) ?? file])));
  if (n.ending !== undefined) return Object.freeze(Object.assign(out, { kind: 'ending', ending: n.ending }) as ScenarioNode);
  const choices = Object.freeze((n.choices ?? []).map((c, i) => choice(c, i, source)));
  return Object.freeze(
    Object.assign(out, { kind: 'decision', venting: n.venting ?? false, shuffle: n.shuffle ?? true, choices }) as ScenarioNode,
  );
}

/** The model of a valid file. Call only when the file has no error diagnostics. */
export function buildScenario(file: ScenarioFile): Scenario {
  const nodes: Record<string, ScenarioNode> = Object.create(null) as Record<string, ScenarioNode>;
  for (const [id, n] of Object.entries(file.nodes)) nodes[id] = node(id, n, file.source);
  return Object.freeze({
    id: file.id,
    format: 1,
    source: file.source,
    languages: Object.freeze([...file.languages]),
    title: text(file.title, file.source),
    brief: text(file.brief, file.source),
    channel: file.channel,
    difficulty: file.difficulty,
    customer: Object.freeze({
      name: text(file.customer.name, file.source),
      mood: file.customer.mood,
      ...(file.customer.portrait !== undefined ? { portrait: file.customer.portrait } : {}),
    }),
    tags: Object.freeze([...(file.tags ?? [])]),
    start: file.start,
    nodes: Object.freeze(nodes),
  });
}

/** The node with this id, or undefined; never a property of Object.prototype. */
export function getNode(scenario: Scenario, id: string): ScenarioNode | undefined {
  return Object.hasOwn(scenario.nodes, id) ? scenario.nodes[id] : undefined;
}
