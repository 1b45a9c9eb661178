/**
 * Reading a scenario's English texts for what makes two scenarios alike: their customer lines,
 * the names of people in them, and the numbers that identify something (phones, orders, invoices).
 */
import type { Scenario, Text } from '../../src/engine/index.ts';

const en = (t: Text | undefined): string => t?.en ?? '';

/** Every English text of a scenario: customer lines, narration, replies, feedback, brief, name. */
function englishTexts(s: Scenario): string[] {
  const out = [en(s.title), en(s.brief), en(s.customer.name)];
  for (const n of Object.values(s.nodes)) {
    out.push(en(n.customer), en(n.narration));
    if (n.kind === 'decision') for (const c of n.choices) out.push(en(c.text), en(c.feedback));
  }
  return out.filter(Boolean);
}

/** The customer's lines long enough to be more than a stock phrase ("Thanks."). */
export function customerLines(s: Scenario): string[] {
  return Object.values(s.nodes)
    .map((n) => en(n.customer))
    .filter((t) => t.split(/\s+/).length >= 8);
}

const bigrams = (t: string): Set<string> => {
  const words = t.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  return new Set(words.slice(1).map((w, i) => `${words[i]} ${w}`));
};

/** Jaccard similarity of the two texts' word pairs: 1 for the same text, near 0 for unrelated ones. */
export function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  const both = [...x].filter((p) => y.has(p)).length;
  return both === 0 ? 0 : both / (x.size + y.size - both);
}

const TITLED = /\b(?:Mr|Mrs|Ms|Miss|Dr)\.? ([A-Z][\p{L}'-]+)/gu;
const INTRODUCED =
  /\b(?:I'm|I am|this is|my name is|name's|ask for|speak to|colleague|manager|supervisor|engineer|technician) ([A-Z][\p{L}'-]+)/gu;
const NOT_NAMES = new Set([
  'I',
  'The',
  'A',
  'An',
  'It',
  'This',
  'That',
  'We',
  'You',
  'Customer',
  'Care',
  'Support',
  'Sorry',
  'Thank',
  'Thanks',
  'Yes',
  'No',
  'Not',
  'So',
  'Just',
  'Still',
  'Here',
  'Afraid',
  'Really',
  'Going',
  'Calling',
  'Writing',
  'Sure',
  'Glad',
  'Happy',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]);

/** Names of people in the English texts: after a title, or where someone is introduced. */
export function peopleNames(s: Scenario): Set<string> {
  const names = new Set<string>();
  for (const t of englishTexts(s)) {
    for (const m of t.matchAll(TITLED)) names.add(m[1]!);
    for (const m of t.matchAll(INTRODUCED)) if (!NOT_NAMES.has(m[1]!)) names.add(m[1]!);
  }
  return names;
}

/**
 * Numbers that identify something: runs of at least four digits (spaces and hyphens inside are
 * separators, as in "07700 900123"), leaving out years and money (a comma or a point inside).
 */
export function distinctiveNumbers(s: Scenario): Set<string> {
  const found = new Set<string>();
  for (const t of englishTexts(s)) {
    for (const m of t.matchAll(/(?<![\d.,])\d(?:[\d]|[ -](?=\d{2}))*\d(?![\d]|[.,]\d)/g)) {
      const digits = m[0].replace(/[ -]/g, '');
      const year = digits.length === 4 && Number(digits) >= 1950 && Number(digits) <= 2035;
      if (digits.length >= 4 && !year) found.add(digits);
    }
  }
  return found;
}
