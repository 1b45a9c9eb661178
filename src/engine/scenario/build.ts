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

// Optional fields are added to the object as it is made, not spread in from a temporary one:
// the checker builds every file it loads.
function choice(c: ChoiceFile, index: number, source: Language): Choice {
  const out: Mutable<Choice> = {
    id: c.id ?? String(index + 1),
    index,
    text: text(c.text, source),
    score: scores(c.score),
    mood: c.mood ?? 0,
    next: c.next,
    hold: c.hold ?? false,
    teaches: c.teaches ?? [],
  };
  if (c.feedback !== undefined) out.feedback = text(c.feedback, source);
  return Object.freeze(out);
}

function node(id: string, n: NodeFile, source: Language): ScenarioNode {
  const customer = text(n.customer, source);
  const narration = n.narration !== undefined ? text(n.narration, source) : undefined;
  // Played as checked: the normalised path inside public/.
  const voice =
    n.voice !== undefined
      ? Object.freeze(Object.fromEntries(Object.entries(n.voice).map(([lang, file]) => [lang, voicePath(file) ?? file])))
      : undefined;
  const out: Mutable<ScenarioNode> =
    n.ending !== undefined
      ? { id, customer, kind: 'ending', ending: n.ending }
      : {
          id,
          customer,
          kind: 'decision',
          venting: n.venting ?? false,
          shuffle: n.shuffle ?? true,
          choices: Object.freeze((n.choices ?? []).map((c, i) => choice(c, i, source))),
        };
  if (narration) out.narration = narration;
  if (voice) out.voice = voice;
  return Object.freeze(out);
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
