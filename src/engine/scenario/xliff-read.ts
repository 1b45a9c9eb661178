/**
 * Reading an XLIFF 2.0 document back: the languages, the scenario it belongs to, and each unit's
 * id, source and target text. A malformed document, or one this game did not write the shape of
 * (inline markup in a target, a second <file>), is refused with a message saying where.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export interface XliffUnit {
  readonly id: string;
  readonly source: string;
  /** Absent when the unit has no target or an empty one: nothing to import. */
  readonly target?: string;
}

export interface XliffDocument {
  readonly srcLang: string;
  readonly trgLang: string;
  /** The scenario id (`<file id>`). */
  readonly fileId: string;
  /** The YAML path recorded at export (`<file original>`), if any. */
  readonly original?: string;
  readonly units: readonly XliffUnit[];
}

type Ordered = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  preserveOrder: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
});

/** Parses `xml`; returns the document or the reason it cannot be read. */
export function readXliff(xml: string): XliffDocument | { readonly error: string } {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { error: `not well-formed XML at line ${valid.err.line}, column ${valid.err.col}: ${valid.err.msg}` };
  const root = children(parser.parse(xml) as Ordered[]).find((n) => tag(n) === 'xliff');
  if (!root) return { error: 'there is no <xliff> element; this is not an XLIFF file' };
  const a = attrs(root);
  if (a['version'] !== '2.0') return { error: `this is XLIFF version ${a['version'] ?? '(none)'}; only XLIFF 2.0 is read` };
  if (!a['srcLang'] || !a['trgLang']) return { error: '<xliff> needs both srcLang and trgLang' };
  const files = children(root[tag(root)!]).filter((n) => tag(n) === 'file');
  if (files.length !== 1) return { error: `the file holds ${files.length} <file> elements; export writes one per scenario` };
  const file = files[0]!;
  const fileId = attrs(file)['id'];
  if (!fileId) return { error: '<file> has no id (the scenario id)' };
  const units: XliffUnit[] = [];
  for (const unit of descendants(file, 'unit')) {
    const id = attrs(unit)['id'];
    if (!id) return { error: 'a <unit> has no id' };
    const segments = children(unit['unit']).filter((n) => tag(n) === 'segment');
    if (segments.length !== 1) return { error: `unit '${id}' has ${segments.length} segments; a scenario text is one segment` };
    const parts = children(segments[0]!['segment']);
    const source = textOf(parts.find((n) => tag(n) === 'source'));
    const targetNode = parts.find((n) => tag(n) === 'target');
    const target = targetNode ? textOf(targetNode) : '';
    if (source === undefined) return { error: `unit '${id}' has no plain <source> text` };
    if (target === undefined) return { error: `unit '${id}': the <target> holds markup; a scenario text is plain text` };
    units.push({ id, source, ...(target === '' ? {} : { target }) });
  }
  const original = attrs(file)['original'];
  return { srcLang: a['srcLang'], trgLang: a['trgLang'], fileId, ...(original ? { original } : {}), units };
}

function tag(n: Ordered): string | undefined {
  return Object.keys(n).find((k) => k !== ':@');
}

function attrs(n: Ordered): Record<string, string> {
  return (n[':@'] as Record<string, string> | undefined) ?? {};
}

function children(v: unknown): Ordered[] {
  return Array.isArray(v) ? (v as Ordered[]) : [];
}

/** `<unit>`s directly in the file or inside <group>s. */
function descendants(n: Ordered, name: string): Ordered[] {
  const out: Ordered[] = [];
  for (const c of children(n[tag(n)!])) {
    if (tag(c) === name) out.push(c);
    else if (tag(c) === 'group') out.push(...descendants(c, name));
  }
  return out;
}

/** The text of an element that holds only text; undefined when it holds elements. */
function textOf(n: Ordered | undefined): string | undefined {
  if (!n) return undefined;
  let text = '';
  for (const c of children(n[tag(n)!])) {
    if (tag(c) !== '#text') return undefined;
    text += String(c['#text']);
  }
  return text;
}
