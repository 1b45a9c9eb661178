/**
 * Writing translations back into a scenario's YAML text. The `yaml` document API finds each text
 * and where it is written; the new words are spliced in at those places, so every comment, blank
 * line, quote style and byte outside the changed texts stays as it was. The result is parsed
 * again and compared with what was meant; any difference refuses the whole change.
 */
import { isMap, isPair, isScalar, parseDocument, stringify, type Node, type Pair, type YAMLMap } from 'yaml';
import { asMap, own } from './raw.ts';
import { textUnits } from './strings.ts';
import { isLanguage, type Language } from './vocabulary.ts';

export interface TranslationUpdate {
  readonly unit: string;
  readonly text: string;
  /** The source hash to record for this translation (see `sourceHash`). */
  readonly sourceHash: string;
}

interface Edit {
  readonly at: number;
  readonly end: number;
  readonly text: string;
}

/** The YAML scalar for `text`, double-quoted on one line (escapes as YAML needs). */
const quote = (text: string) =>
  stringify(text, { defaultStringType: 'QUOTE_DOUBLE', lineWidth: 0, doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER }).trimEnd();

/**
 * `yamlText` with `updates` written as `lang` translations and their hashes recorded under
 * `translated.<lang>`. Throws with a message naming the problem when a unit id is not a text of
 * the scenario, `lang` is the source language, or the file cannot be edited safely.
 */
export function applyTranslations(yamlText: string, lang: Language, updates: readonly TranslationUpdate[]): string {
  const doc = parseDocument(yamlText, { keepSourceTokens: false });
  if (doc.errors.length > 0)
    throw new Error(`the file has YAML errors; fix them first (npm run scenarios:check): ${doc.errors[0]!.message.split('\n')[0]}`);
  const raw = doc.toJS() as unknown;
  const source = own(asMap(raw), 'source');
  if (!isLanguage(source)) throw new Error("the scenario has no valid 'source' language");
  if (lang === source) throw new Error(`'${lang}' is the source language of this scenario; translations are into the other languages`);
  const units = new Map(textUnits(raw).map((u) => [u.id, u]));
  const unknown = updates.filter((u) => !units.has(u.unit)).map((u) => u.unit);
  if (unknown.length)
    throw new Error(`${unknown.length === 1 ? 'this unit id is' : 'these unit ids are'} not a text of the scenario: ${unknown.join(', ')}`);

  const edits: Edit[] = [];
  for (const u of updates) {
    const unit = units.get(u.unit)!;
    const node = doc.getIn(unit.path, true) as Node | undefined;
    edits.push(...textEdit(yamlText, node, source, lang, u.text));
  }
  edits.push(...hashEdits(yamlText, doc.contents, lang, updates));
  const out = splice(yamlText, edits);
  verify(out, raw, lang, updates, units);
  return out;
}

function textEdit(text: string, node: Node | undefined, source: Language, lang: Language, value: string): Edit[] {
  if (!node?.range) throw new Error('a text to translate could not be found in the file');
  const [start, end] = node.range;
  if (isScalar(node)) {
    const src = String(node.value);
    const slice = text.slice(start, end);
    // A quoted one-line source keeps its bytes; anything else is quoted afresh to sit in a flow map.
    const keep = (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && !slice.includes('\n') ? slice : quote(src);
    return [{ at: start, end: end - (slice.endsWith('\n') ? 1 : 0), text: `{ ${source}: ${keep}, ${lang}: ${quote(value)} }` }];
  }
  if (!isMap(node)) throw new Error('a text is neither a string nor a map of languages');
  const pair = findPair(node, lang);
  if (pair && isScalar(pair.value) && pair.value.range) {
    if (String(pair.value.value) === value) return [];
    const [s, e] = pair.value.range;
    return [{ at: s, end: e - (text.slice(s, e).endsWith('\n') ? 1 : 0), text: quote(value) }];
  }
  if (pair) throw new Error(`the ${lang} text is not a plain string`);
  return [appendPair(text, node, `${lang}: ${quote(value)}`)];
}

/** Records each update's hash under `translated.<lang>`, creating the sections as needed. */
function hashEdits(text: string, contents: unknown, lang: Language, updates: readonly TranslationUpdate[]): Edit[] {
  if (updates.length === 0) return [];
  if (!isMap(contents)) throw new Error('the file is not a mapping of fields');
  const section = findPair(contents, 'translated');
  const lines = (indent: string, list: readonly TranslationUpdate[]) => list.map((u) => `${indent}${u.unit}: ${quote(u.sourceHash)}`);
  if (!section) {
    const body = ['translated:', `  ${lang}:`, ...lines('    ', updates)].join('\n');
    return [{ at: text.length, end: text.length, text: `${text.endsWith('\n') ? '' : '\n'}${body}\n` }];
  }
  if (!isMap(section.value) || section.value.flow)
    throw new Error("'translated' must be written as a block mapping (one language per line) for import to update it");
  const langPair = findPair(section.value, lang);
  if (!langPair) return [appendPair(text, section.value, [`${lang}:`, ...lines(`${indentOf(text, section.value)}  `, updates)].join('\n'))];
  const map = langPair.value;
  if (!isMap(map) || map.flow)
    throw new Error(`'translated.${lang}' must be written as a block mapping (one text per line) for import to update it`);
  const edits: Edit[] = [];
  const added: TranslationUpdate[] = [];
  for (const u of updates) {
    const pair = findPair(map, u.unit);
    if (!pair) added.push(u);
    else if (isScalar(pair.value) && pair.value.range && String(pair.value.value) !== u.sourceHash)
      edits.push({ at: pair.value.range[0], end: pair.value.range[1], text: quote(u.sourceHash) });
  }
  if (added.length) edits.push(appendPair(text, map, lines('', added).join(`\n${indentOf(text, map)}`)));
  return edits;
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

/** The spaces before the first key of a block map. */
function indentOf(text: string, map: YAMLMap): string {
  const first = map.items[0]?.key as Node | undefined;
  const at = first?.range?.[0] ?? map.range?.[0] ?? 0;
  return ' '.repeat(at - text.lastIndexOf('\n', at - 1) - 1);
}

/** Adds `entry` (already holding any inner line breaks and indents) as the last pair of `map`. */
function appendPair(text: string, map: YAMLMap, entry: string): Edit {
  const last = map.items[map.items.length - 1];
  const lastEnd = ((last?.value as Node | undefined)?.range ?? (last?.key as Node | undefined)?.range)?.[1];
  if (lastEnd === undefined) throw new Error('an empty mapping cannot be extended');
  if (map.flow) return { at: lastEnd, end: lastEnd, text: `, ${entry}` };
  let p = lastEnd;
  while (p > 0 && /\s/.test(text[p - 1]!)) p--;
  const lineEnd = text.indexOf('\n', p);
  const at = lineEnd === -1 ? text.length : lineEnd;
  return { at, end: at, text: `\n${indentOf(text, map)}${entry}` };
}

/** Applies edits from the end of the text backwards, so earlier offsets stay valid. */
function splice(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.at - a.at);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.at) + e.text + out.slice(e.end);
  return out;
}

/** Parses the result and checks it holds exactly the original values plus the updates. */
function verify(
  out: string,
  before: unknown,
  lang: Language,
  updates: readonly TranslationUpdate[],
  units: ReadonlyMap<string, { readonly path: readonly (string | number)[] }>,
): void {
  const doc = parseDocument(out);
  if (doc.errors.length > 0)
    throw new Error(`writing the translations would break the file (${doc.errors[0]!.message.split('\n')[0]}); nothing was changed`);
  const expected = JSON.parse(JSON.stringify(before)) as Record<string, unknown>;
  const src = String(own(asMap(expected), 'source'));
  for (const u of updates) {
    const path = units.get(u.unit)!.path;
    const parent = walk(expected, path.slice(0, -1)) as Record<string, unknown>;
    const key = String(path[path.length - 1]);
    const value = parent[key];
    parent[key] = typeof value === 'string' ? { [src]: value, [lang]: u.text } : { ...(value as object), [lang]: u.text };
  }
  const translated = (expected['translated'] ??= {}) as Record<string, Record<string, string>>;
  const record = (translated[lang] ??= {});
  for (const u of updates) record[u.unit] = u.sourceHash;
  if (updates.length === 0 && Object.keys(record).length === 0) delete translated[lang];
  if (Object.keys(translated).length === 0) delete expected['translated'];
  if (JSON.stringify(sortKeys(doc.toJS())) !== JSON.stringify(sortKeys(expected)))
    throw new Error('the file could not be changed safely (its layout is unusual here); nothing was changed');
}

function walk(value: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
}

function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    );
  return v;
}
