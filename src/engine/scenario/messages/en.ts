/**
 * The checker's messages in English: the source of truth for every message key and its
 * parameters (the other languages are typed against it). The wording is the checker's own, so
 * `Diagnostic.message` reads exactly as `npm run scenarios:check` prints it.
 */
import type { Path } from '../yaml-source.ts';
import { describePath, phrase } from '../where.ts';
import type { Got, UnitPlace } from './words.ts';

const dym = (s: string | undefined) => (s === undefined ? '' : `; did you mean '${s}'?`);
const example = (s: string | undefined) => (s === undefined ? '' : `; for example '${s}'`);
/** A short list is spelt out in the message; a long one is left to the guide. */
const choices = (values: readonly string[]) => (values.length <= 8 ? ` (${values.join(', ')})` : ' (docs/authoring.md lists them)');
const list = (ids: readonly string[], max = 5) =>
  ids
    .slice(0, max)
    .map((id) => `'${id}'`)
    .join(', ') + (ids.length > max ? `, and ${ids.length - max} more` : '');
const pct = (x: number) => `${Math.round(x * 100)}%`;

function got({ got: kind, value }: Got): string {
  if (kind === 'nothing') return 'nothing';
  if (kind === 'null') return 'nothing (null)';
  if (kind === 'list') return 'a list';
  if (kind === 'mapping') return 'a mapping';
  if (kind === 'number') return `the number ${value}`;
  if (kind === 'fraction') return `the number ${value} (not a whole number)`;
  if (kind === 'text') return `the text '${value}'`;
  return `${kind} ${value}`;
}

const TYPES: Record<string, string> = {
  int: 'a whole number',
  number: 'a number',
  string: 'a text',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

/** "node 'recap', choice 2: " or nothing at the top level ('customer' fields are named). */
function context(path: Path): string {
  const { context: c, field } = describePath(path);
  const named = [c, path[0] === 'customer' ? field : ''].filter(Boolean).join(', ');
  return named ? `${named}: ` : '';
}

function unitPlace(u: UnitPlace): string {
  if (u.node === undefined) return `'${u.id}'`;
  const choice = u.choice === undefined ? '' : `, choice ${u.choice}`;
  const field = u.field === undefined ? '' : `, ${u.field}`;
  return `node '${u.node}'${choice}${field}`;
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', vi: 'Vietnamese', ja: 'Japanese', 'zh-CN': 'Chinese', ko: 'Korean' };
const syntax = (s: string) => `YAML syntax: ${s}`;
type Empty = Readonly<Record<string, never>>;
type Enum = { path: Path; value: string; values: readonly string[]; suggestion?: string | undefined };
type EnumType = Got & { path: Path; values: readonly string[] };

export const en = {
  'SCN001.quote': (p: { quote: string }) => syntax(`the quote ${p.quote} that starts here is never closed; end the text with ${p.quote}`),
  'SCN001.bracket': (p: { open: string; close: string }) =>
    syntax(
      `the '${p.open}' that starts here is never closed; end it with '${p.close}' (a line that continues it must be indented further)`,
    ),
  'SCN001.TAB_AS_INDENT': (_: Empty) => syntax('a tab is used for indentation; indent with spaces only'),
  'SCN001.DUPLICATE_KEY': (_: Empty) => syntax('the same field appears twice in one mapping; keep one'),
  'SCN001.BAD_INDENT': (_: Empty) => syntax('the indentation does not line up with the lines above'),
  'SCN001.MULTILINE_IMPLICIT_KEY': (_: Empty) => syntax('a key runs over several lines; is a colon or a quote missing on the line above?'),
  'SCN001.BLOCK_AS_IMPLICIT_KEY': (_: Empty) =>
    syntax(
      "this value holds ': ' (a colon and a space), which starts a new field, or the next line is indented under it; put the text in quotes",
    ),
  'SCN001.UNEXPECTED_TOKEN': (_: Empty) =>
    syntax('unexpected text here; was a quote closed too early? Put a text that holds quotes in the other kind of quotes'),
  'SCN001.other': (p: { detail: string }) => syntax(p.detail),
  'SCN001.tab': (p: { key?: string | undefined; guess?: number | undefined }) => {
    const what = p.key ? `'${p.key}'` : 'this line';
    const fix =
      p.guess === undefined
        ? 'indent it with spaces only'
        : `replace the tab with spaces (${what} probably belongs ${p.guess} spaces in, in line with the lines around it)`;
    return syntax(`this line is indented with a tab, and YAML counts only spaces, so the lines after it no longer line up; ${fix}`);
  },
  'SCN001.indent': (p: {
    key?: string | undefined;
    spaces: number;
    expected: number;
    anchorLine?: number | undefined;
    anchorKey?: string | undefined;
  }) => {
    const what = p.key ? `'${p.key}'` : 'this line';
    const where = p.anchorLine === undefined ? '' : ` (like ${p.anchorKey ? `'${p.anchorKey}'` : 'the line'} on line ${p.anchorLine})`;
    return `indentation: ${what} is indented ${p.spaces} spaces, which does not fit where it stands; indent it ${p.expected} spaces${where}, since the indentation decides what belongs to what`;
  },
  'SCN001.dash': (p: { key: string }) =>
    `a reply starts here without its '- ': every reply in 'choices' begins with '- ' (a dash and a space); write '- ' before '${p.key}:' in line with the other replies' dashes`,
  'SCN001.slipped': (p: { path: Path; key: string; field: string }) =>
    `${context(p.path)}indentation: '${p.key}' is indented too far, so it sits inside '${p.field}' as if it were a language; move it back to line up with '${p.field}'`,
  'SCN002.size': (p: { size: number; max: number }) => `the file is ${p.size} bytes; a scenario may be at most ${p.max} bytes`,
  'SCN002.chars': (p: { size: number; max: number }) => `the file is ${p.size} characters; a scenario may be at most ${p.max}`,
  'SCN002.utf8': (_: Empty) => 'the file is not valid UTF-8 text; save it as UTF-8 in your editor',
  'SCN002.deep': (_: Empty) => 'the file cannot be read: it is nested too deeply',
  'SCN002.other': (p: { detail: string }) => `the file cannot be read: ${p.detail}`,
  'SCN002.aliases': (_: Empty) => 'the file repeats aliases (*name) too often to be read; write the values out instead',
  'SCN002.unreadable': (p: { reason: string; detail: string }) =>
    `the file cannot be read: ${({ link: 'it is a link to a file that does not exist', loop: 'it is a link that leads back to itself', permission: 'you have no permission to read it', folder: 'it is a folder' } as Record<string, string>)[p.reason] ?? p.detail}; fix or remove it`,
  'SCN002.values': (p: { max: number }) =>
    `the file holds more than ${p.max.toLocaleString('en')} values once its aliases (*name) are expanded, more than a scenario needs; write the values out or split the scenario into several files`,
  'SCN002.depth': (p: { max: number }) =>
    `the file is nested more than ${p.max} levels deep, where a scenario needs about 6; check the indentation and that every '[' and '{' is closed`,
  'SCN002.tokens': (p: { max: number; nodes: number }) =>
    `the file is too large to check: it holds more than ${p.max.toLocaleString('en')} YAML tokens (keys, values, punctuation and line breaks), over twice what ${p.nodes} nodes in five languages need; split it into several scenarios`,
  'SCN002.nodes': (p: { count: number; max: number }) =>
    `the file has ${p.count.toLocaleString('en')} nodes; a scenario may have at most ${p.max}: split it into several scenarios`,
  SCN003: (_: Empty) => 'the file must be a mapping of fields (id:, format:, title:, …)',
  SCN010: (p: { path: Path; field: string }) => phrase(p.path, `is missing the required field '${p.field}'`),
  'SCN010.languages': (_: Empty) => "'languages' is empty; list at least the source language",
  'SCN011.key': (p: { path: Path }) => phrase(p.path, 'is not a valid key'),
  'SCN011.oneOf': (p: Got & { path: Path; values: readonly string[] }) =>
    phrase(p.path, `is ${got(p)}; expected one of ${p.values.join(', ')}`),
  'SCN011.text': (p: Got & { path: Path }) => phrase(p.path, `is ${got(p)}; expected a text (a string, or a map of language to string)`),
  'SCN011.type': (p: Got & { path: Path; expected: string }) => phrase(p.path, `is ${got(p)}; expected ${TYPES[p.expected] ?? p.expected}`),
  'SCN011.malformed': (p: { path: Path }) => phrase(p.path, 'is malformed'),
  'SCN011.other': (p: { path: Path; detail: string }) => phrase(p.path, p.detail),
  SCN012: (p: { path: Path; key: string; suggestion?: string | undefined }) =>
    phrase(p.path, `has an unknown field '${p.key}'${dym(p.suggestion)}`),
  SCN013: (p: { path: Path; value: string; example?: string | undefined }) =>
    phrase(p.path, `is '${p.value}'; an id may only use lower-case letters, digits and hyphens${example(p.example)}`),
  'SCN013.node': (p: { node: string; example?: string | undefined }) =>
    `node '${p.node}': a node id may only use lower-case letters, digits and hyphens${example(p.example)}`,
  SCN014: (p: { id: string; expected: string }) => `'id' is '${p.id}' but the file is named '${p.expected}.yaml'; they must match`,
  'SCN014.warning': (p: { id: string; file: string }) =>
    `'id' is '${p.id}' but the file is named '${p.file}'; the game goes by the id: rename the file to '${p.id}.yaml' before adding it to scenarios/`,
  SCN015: (p: { id: string; owner: string }) =>
    `'id' is '${p.id}', which ${p.owner} already uses; give each scenario its own id and file name`,
  SCN016: (p: Got) => `'format' is ${got(p)}; this game reads format 1`,
  SCN017: (p: Enum) => phrase(p.path, `is '${p.value}', which is not a language${choices(p.values)}${dym(p.suggestion)}`),
  'SCN017.type': (p: EnumType) => phrase(p.path, `is ${got(p)}; expected one of ${p.values.join(', ')}`),
  'SCN017.text': (p: { path: Path; key: string; values: readonly string[]; suggestion?: string | undefined }) =>
    phrase(p.path, `has a text in '${p.key}', which is not a language of the game (${p.values.join(', ')})${dym(p.suggestion)}`),
  SCN018: (p: { source: string }) => `'languages' must include the source language '${p.source}'`,
  SCN019: (p: { path: Path }) => phrase(p.path, 'is empty; write the text or remove the entry'),
  SCN020: (p: Enum) => phrase(p.path, `is '${p.value}', which is not a channel${choices(p.values)}${dym(p.suggestion)}`),
  'SCN020.type': (p: EnumType) => phrase(p.path, `is ${got(p)}; expected one of ${p.values.join(', ')}`),
  SCN021: (p: Got) => `'difficulty' is ${got(p)}; it must be 1 (starter), 2 (standard) or 3 (hard)`,
  SCN022: (p: { path: Path; value: number }) => phrase(p.path, `is ${p.value}; a mood change must be between -50 and 50`),
  'SCN022.start': (p: { value: number }) => `'customer.mood' is ${p.value}; the start mood must be between 0 (calm) and 100 (furious)`,
  SCN023: (p: Enum) => phrase(p.path, `is '${p.value}', which is not a portrait${choices(p.values)}${dym(p.suggestion)}`),
  'SCN023.type': (p: EnumType) => phrase(p.path, `is ${got(p)}; expected one of ${p.values.join(', ')}`),
  SCN024: (p: Enum) => phrase(p.path, `is '${p.value}', which is not a piece of advice${choices(p.values)}${dym(p.suggestion)}`),
  'SCN024.type': (p: EnumType) => phrase(p.path, `is ${got(p)}; expected one of ${p.values.join(', ')}`),
  SCN030: (p: { start: string; suggestion?: string | undefined }) => `'start' names '${p.start}', which is not a node${dym(p.suggestion)}`,
  SCN031: (p: { path: Path; next: string; suggestion?: string | undefined }) =>
    phrase(p.path, `next '${p.next}' is not a node${dym(p.suggestion)}`),
  SCN032: (p: { node: string }) => `node '${p.node}' has both 'choices' and 'ending'; a node either asks for a reply or ends the contact`,
  SCN033: (p: { node: string }) => `node '${p.node}' has neither 'choices' nor 'ending'; add replies, or end the contact here`,
  SCN034: (p: { path: Path; count: number }) => phrase(p.path, `has ${p.count} choice${p.count === 1 ? '' : 's'}; a node needs 2 to 6`),
  SCN035: (p: Enum) => phrase(p.path, `is '${p.value}', which is not an ending${choices(p.values)}${dym(p.suggestion)}`),
  'SCN035.type': (p: EnumType) => phrase(p.path, `is ${got(p)}; expected one of ${p.values.join(', ')}`),
  SCN036: (p: { path: Path; key: string; values: readonly string[]; suggestion?: string | undefined }) =>
    phrase(p.path, `names '${p.key}', which is not a principle (${p.values.join(', ')})${dym(p.suggestion)}`),
  SCN037: (p: { path: Path; value: number }) => phrase(p.path, `is ${p.value}; a score must be between -3 and 3`),
  SCN038: (p: { path: Path; id: string; other: number }) => phrase(p.path, `has the id '${p.id}', already used by choice ${p.other}`),
  SCN039: (p: { path: Path; source: string }) => phrase(p.path, `has no text in the source language '${p.source}'`),
  SCN040: (p: { path: Path; next: string; loop: readonly string[] }) =>
    phrase(p.path, `next '${p.next}' leads back to a node already on this path (${p.loop.join(' → ')}); every path must end`),
  SCN041: (p: { node: string }) => `node '${p.node}' is never reached from 'start'; link to it or remove it`,
  SCN042: (p: { node: string; file: string; lang: string }) =>
    `node '${p.node}': voice file '${p.file}' (${p.lang}) does not exist under public/`,
  'SCN042.path': (p: { node: string; file: string; lang: string }) =>
    `node '${p.node}': voice file '${p.file}' (${p.lang}) is not a path inside public/; write it like audio/voice/${p.node}-${p.lang}.mp3`,
  SCN050: (p: { lang: string; count: number; first: readonly Path[] }) =>
    `'languages' lists '${p.lang}', but ${p.count} text${p.count === 1 ? ' has' : 's have'} no '${p.lang}' version (first: ${p.first.map((x) => phrase(x, '').trim().replace(/ $/, '')).join('; ')})`,
  SCN051: (p: { path: Path }) => phrase(p.path, 'has no feedback; say why this reply helps or hurts'),
  SCN052: (p: { principle: string }) => `no path lets '${p.principle}' score above 0; give some reply a positive ${p.principle} score`,
  SCN053: (p: { path: Path; other: number }) => phrase(p.path, `has the same text as choice ${p.other}`),
  SCN054: (p: UnitPlace & { lang: string; source: string }) =>
    `${unitPlace(p)}: the ${p.lang} text was translated from an older ${LANGUAGE_NAMES[p.source]} text; check it against the ${LANGUAGE_NAMES[p.source]} and import it again (npm run strings:import)`,
  SCN055: (p: { lang: string; id: string }) =>
    `'translated.${p.lang}' names '${p.id}', which is not a text of this scenario; remove the line`,
  SCN060: (p: { choice: string; node: string; principle: string; viaMistake: number; best: number; route: string; bestRoute: string }) =>
    `a mistake pays: the path through '${p.choice}' (node '${p.node}') reaches ${p.principle} ${p.viaMistake}, more than the best path's ${p.best} (${p.route}); score ${p.principle} lower on that path (a recovery below the right move) or higher on the best path (${p.bestRoute})`,
  SCN061: (p: { count: number; decisions: number; nodes: readonly string[] }) =>
    `the longest reply gives it away: in ${p.count} of ${p.decisions} decisions the best reply is also the longest (${list(p.nodes)}); make some wrong replies long and polished, and some best replies short`,
  SCN062: (p: { partial: number; decisions: number; needed: number; nodes: readonly string[] }) =>
    `one right answer: only ${p.partial} of ${p.decisions} decisions offer partial credit (a reply above 0 but below the best); give at least ${p.needed} a plausible, partly right reply (without one: ${list(p.nodes)})`,
  SCN063: (p: {
    declared: number;
    estimated: number;
    ending: string;
    reach: number;
    boil: number;
    challenge: string;
    low: number;
    high: number;
  }) =>
    `difficulty disagrees: 'difficulty' is ${p.declared}, but it plays like a ${p.estimated} for players who do not read: a random player reaches the best path's ending ('${p.ending}') in ${pct(p.reach)} of plays and makes the customer boil over in ${pct(p.boil)} (challenge ${p.challenge}; below ${p.low} is 1, below ${p.high} is 2, else 3); ${p.estimated < p.declared ? 'make wrong replies cost more mood or start angrier' : 'make wrong replies cost less mood or start calmer'}, or declare ${p.estimated}`,
  SCN099: (p: { count: number }) => `${p.count} more problems are not listed; fix these first`,
};
