/**
 * A scenario's texts as an XLIFF 2.0 document for one target language: one <unit> per text with
 * its stable id, notes for the translator, the source text and the current translation if any.
 * A translation made from an older source text is marked for review (state "initial",
 * subState "hot-seat:source-changed", and a note saying so).
 */
import { asMap, own } from './raw.ts';
import { recordedHashes, sourceHash, textIn, textUnits, unitState, type TextUnit } from './strings.ts';
import { LANGUAGE_NAMES, isLanguage, type Language } from './vocabulary.ts';
import { parseYaml } from './yaml-source.ts';

export interface XliffExport {
  readonly xml: string;
  readonly units: number;
  readonly missing: number;
  readonly stale: number;
}

/** XML text content and attribute values: markup in a scenario text stays text. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/**
 * The XLIFF 2.0 document for `lang` of a raw scenario (`file` is recorded as `original`, so import
 * finds the YAML again). Throws when the scenario has no valid id or source language, or when
 * `lang` is its source language: there is nothing to translate then.
 */
export function exportXliff(raw: unknown, lang: Language, file: string): XliffExport {
  const top = asMap(raw);
  const id = own(top, 'id');
  const source = own(top, 'source');
  if (typeof id !== 'string' || !isLanguage(source))
    throw new Error(`${file}: the scenario needs an 'id' and a 'source' language before its texts can be exported`);
  if (lang === source) throw new Error(`${file}: '${lang}' is the source language of '${id}'; export to one of the other languages`);
  const hashes = recordedHashes(raw, lang);
  let missing = 0;
  let stale = 0;
  const units = textUnits(raw).flatMap((unit) => {
    const text = textIn(unit.value, source, source);
    if (text === undefined) return [];
    const state = unitState(unit, lang, source, hashes);
    if (state === 'missing') missing++;
    if (state === 'stale') stale++;
    return [unitXml(unit, text, textIn(unit.value, lang, source), state, LANGUAGE_NAMES[source])];
  });
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="${escapeXml(source)}" trgLang="${escapeXml(lang)}">`,
    `  <file id="${escapeXml(id)}" original="${escapeXml(file)}">`,
    ...units,
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');
  return { xml, units: units.length, missing, stale };
}

function unitXml(
  unit: TextUnit,
  source: string,
  target: string | undefined,
  state: ReturnType<typeof unitState>,
  sourceName: string,
): string {
  const notes = [
    note('speaker', unit.notes.speaker),
    ...(unit.notes.before === undefined ? [] : [note('context', `the line before — ${unit.notes.before}`)]),
    ...(unit.notes.principle === undefined ? [] : [note('principle', unit.notes.principle)]),
    ...(state === 'stale' ? [note('review', `needs review: the ${sourceName} text has changed since this was translated`)] : []),
    note('source-hash', sourceHash(source)),
  ];
  const segState = state === 'missing' || state === 'stale' ? 'initial' : state === 'current' ? 'final' : 'translated';
  const sub = state === 'stale' ? ' subState="hot-seat:source-changed"' : '';
  return [
    `    <unit id="${escapeXml(unit.id)}">`,
    '      <notes>',
    ...notes,
    '      </notes>',
    `      <segment state="${segState}"${sub}>`,
    `        <source>${escapeXml(source)}</source>`,
    ...(target === undefined ? [] : [`        <target>${escapeXml(target)}</target>`]),
    '      </segment>',
    '    </unit>',
  ].join('\n');
}

function note(category: string, text: string): string {
  return `        <note category="${category}">${escapeXml(text)}</note>`;
}

/** `exportXliff` of a scenario's YAML text; throws with the reason when the YAML cannot be read. */
export function exportXliffFromYaml(yamlText: string, lang: Language, file: string): XliffExport {
  const { doc } = parseYaml(yamlText.replace(/^\uFEFF/, ''));
  if (doc.errors.length) throw new Error(`${file}: the file has YAML errors; fix them first`);
  return exportXliff(doc.toJS(), lang, file);
}
