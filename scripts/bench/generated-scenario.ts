/**
 * The checker benchmark's scenarios: deterministic, in memory, clean (no errors, no warnings,
 * design warnings included), so the benchmark times the checker on the files it is meant for.
 */
import { buildScenario, seededRandom, type SourceFile } from '../../src/engine/authoring.ts';
import { estimateDifficulty } from '../../src/engine/scenario/design.ts';
import type { ChoiceFile, NodeFile, ScenarioFile } from '../../src/engine/scenario/schema.ts';

const ENDINGS = ['resolved', 'escalated', 'lost', 'ended'] as const;
const PRINCIPLES = ['listen', 'empathy', 'honesty', 'calm'] as const;
const WORDS = [
  'order',
  'parcel',
  'refund',
  'Monday',
  'manager',
  'invoice',
  'sorry',
  'today',
  'waiting',
  'again',
  'broken',
  'promise',
  'call',
  'week',
];

type Texts = { en: string; vi: string };

/**
 * One clean scenario of `nodes` nodes (at least 8, so every principle scores) in English and
 * Vietnamese: a chain of decisions, each with 2 to 4 replies that jump forward (so no cycles,
 * nothing unreachable), ending in four ending nodes.
 * The same `seed` always gives the same text.
 *
 * Clean by construction: the first reply of each decision walks the chain and scores at least as
 * much as any other reply of that decision on every principle, never below 0, and calms the
 * customer, so the chain is the best path and no path through a mistake beats it on anything.
 * Every other decision offers a partly right reply; at odd decisions and the last, a best reply
 * that is strictly the longest swaps its words with another reply's, so at most half are a tell;
 * the difficulty declared is the one the simulated players estimate.
 */
export function generateScenario(id: string, seed: number, nodes = 40): string {
  const rnd = seededRandom(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd.next() * (hi - lo + 1));
  const sentence = (n: number) => Array.from({ length: n }, () => WORDS[int(0, WORDS.length - 1)]).join(' ');
  const words = (tag: string, en = sentence(int(6, 12))): Texts => ({
    en: `${tag} ${en}.`,
    vi: `${tag} xin lỗi anh ${sentence(int(5, 10))}.`,
  });
  const decisions = nodes - ENDINGS.length;
  const name = (i: number) => (i < decisions ? `n${i}` : `end-${ENDINGS[i - decisions]}`);
  const file: ScenarioFile = {
    id,
    format: 1,
    source: 'en',
    languages: ['en', 'vi'],
    title: words('Title'),
    brief: words('Brief'),
    channel: (['phone', 'email', 'chat', 'in-person'] as const)[seed % 4]!,
    difficulty: 1,
    customer: { name: words('Name'), mood: int(30, 60) },
    tags: ['generated'],
    start: 'n0',
    nodes: {},
  };
  for (let i = 0; i < decisions; i++) {
    const last = i === decisions - 1;
    const count = last ? ENDINGS.length : int(2, 4);
    // The best reply: 2 on one principle (each principle in turn), 0 or 1 on the others.
    const best = PRINCIPLES.map((_, j) => ((i + j) % 4 === 0 ? 2 : int(0, 1)));
    // The replies' English words; the tags before them ("Reply 3.1") are all the same length.
    const lines = Array.from({ length: count }, () => sentence(int(6, 12)));
    if (i % 2 === 1 || last) untell(lines);
    const choices: ChoiceFile[] = [];
    for (let k = 0; k < count; k++) {
      // The first reply walks the chain, the others jump ahead; the last decision reaches every ending.
      const next = last ? decisions + k : k === 0 ? i + 1 : Math.min(nodes - 1, i + int(2, 6));
      const partial = k === 1 && i % 2 === 0;
      const points = best.map((b) => (k === 0 ? b : partial ? Math.max(0, b - 1) : Math.min(b, int(-2, 1))));
      const score = Object.fromEntries(PRINCIPLES.map((p, j) => [p, points[j]!]));
      choices.push({
        id: `c${k + 1}`,
        text: words(`Reply ${i}.${k + 1}`, lines[k]),
        score,
        mood: k === 0 ? int(-15, 0) : int(-5, 15),
        feedback: words(`Why ${i}.${k + 1}`),
        next: name(next),
      });
    }
    file.nodes[`n${i}`] = { customer: words(`Line ${i}`), venting: i % 4 === 0, choices };
  }
  ENDINGS.forEach((e, j) => (file.nodes[name(decisions + j)] = { customer: words(`Goodbye ${j}`), ending: e }));
  file.difficulty = estimateDifficulty(buildScenario(file)).estimated;
  return toYaml(file);
}

/** Where the first (best) reply's words are strictly the longest, swaps them with the longest other's. */
function untell(lines: string[]): void {
  const longest = lines.slice(1).reduce((a, b, k) => (b.length > lines[a]!.length ? k + 1 : a), 1);
  if (lines[0]!.length > lines[longest]!.length) [lines[0], lines[longest]] = [lines[longest]!, lines[0]!];
}

/** Block style with one line per language, as trainers write texts in several languages. */
function toYaml(file: ScenarioFile): string {
  const text = (t: unknown, indent: string) => `\n${indent}en: "${(t as Texts).en}"\n${indent}vi: "${(t as Texts).vi}"`;
  const out = [
    `id: ${file.id}`,
    'format: 1',
    'source: en',
    'languages: [en, vi]',
    `title:${text(file.title, '  ')}`,
    `brief:${text(file.brief, '  ')}`,
  ];
  out.push(
    `channel: ${file.channel}`,
    `difficulty: ${file.difficulty}`,
    'customer:',
    `  name:${text(file.customer.name, '    ')}`,
    `  mood: ${file.customer.mood}`,
    'tags: [generated]',
    'start: n0',
    'nodes:',
  );
  for (const [nodeId, node] of Object.entries(file.nodes) as [string, NodeFile][]) {
    out.push(`  ${nodeId}:`, `    customer:${text(node.customer, '      ')}`);
    if (node.ending) {
      out.push(`    ending: ${node.ending}`);
      continue;
    }
    out.push(`    venting: ${node.venting}`, '    choices:');
    for (const c of node.choices!) {
      const score = PRINCIPLES.map((p) => `${p}: ${c.score![p]}`).join(', ');
      out.push(`      - id: ${c.id}`, `        text:${text(c.text, '          ')}`, `        score: { ${score} }`);
      out.push(`        mood: ${c.mood}`, `        feedback:${text(c.feedback, '          ')}`, `        next: ${c.next}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** The generated library: `files` scenarios, as the bytes the checker reads. */
export function generateLibrary(files = 1000, nodes = 40): SourceFile[] {
  const encoder = new TextEncoder();
  return Array.from({ length: files }, (_, i) => {
    const id = `generated-${String(i).padStart(4, '0')}`;
    return { file: `scenarios/${id}.yaml`, bytes: encoder.encode(generateScenario(id, i + 1, nodes)) };
  });
}
