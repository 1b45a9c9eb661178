/**
 * Scenario files made to stall a checker whose work is not bounded, rebuilt from their
 * description (each is small: under the 1 MB limit).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { root } from './helpers.ts';

const valid = () => readFileSync(resolve(root, 'tests/fixtures/valid/two-paths.yaml'), 'utf8');
const lines = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

/** A linear chain of `n` nodes, every one valid. */
export function chain(n: number): string {
  const node = (i: number) =>
    i === n - 1
      ? `  n${i}:\n    customer: { en: "Thanks." }\n    ending: resolved`
      : `  n${i}:\n    customer: { en: "Line ${i}." }\n    choices:\n      - { id: a, text: { en: "Yes ${i}." }, score: { listen: 1 }, feedback: { en: "Good." }, next: n${i + 1} }\n      - { id: b, text: { en: "No ${i}." }, score: { calm: -1 }, feedback: { en: "Less good." }, next: n${i + 1} }`;
  return `id: chain\nformat: 1\nsource: en\nlanguages: [en]\ntitle: { en: Chain }\nbrief: { en: A long chain. }\nchannel: chat\ndifficulty: 1\ncustomer: { name: { en: Pat }, mood: 50 }\nstart: n0\nnodes:\n${lines(n, node)}\n`;
}

export const PROBES: Record<string, () => string> = {
  'syntax-10k': () => `id: x\n${lines(10_000, (i) => `k${i}: [a, b`)}\n`,
  'didyoumean-100000': () =>
    valid()
      .replace('start: open', `start: ${'a'.repeat(100_000)}`)
      .replace('nodes:\n', `nodes:\n  ${'b'.repeat(100_000)}:\n    customer: { en: "x", ja: "x" }\n    ending: resolved\n`),
  'errors-60k': () => valid() + lines(60_000, (i) => `n${i}: 0`) + '\n',
  'unknown-20k': () => valid().replace('nodes:\n', `${lines(20_000, (i) => `unknown${i}: 1`)}\nnodes:\n`),
  'bomb-wide': () => `id: x\nbig: &big\n${lines(20_000, (i) => `  k${i}: v`)}\nuses:\n${lines(153, () => '  - *big')}\n`,
  'errors-10k': () => valid() + lines(10_000, (i) => `e${i}: 0`) + '\n',
  'chain-2500': () => chain(2_500),
  'chain-6000': () => chain(6_000),
  // One text's opening quote lost in the library's largest scenario: the parser gives up at once,
  // and every likely repair is tried by reading the whole file again, up to the repairs' budget.
  'lost-quote': () => readFileSync(resolve(root, 'scenarios/late-delivery.yaml'), 'utf8').replace(/(\n +feedback:\n +en: )"/, '$1'),
};
