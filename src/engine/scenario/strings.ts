/**
 * A scenario's texts as translation units: one stable id per text (node, choice, field), its
 * source text, its translations, and the context a translator needs. Works on the raw parsed
 * YAML, so a file with unrelated errors can still be exported.
 */
import { asMap, own, rawChoiceId, rawNodes } from './raw.ts';
import { ADVICE, PRINCIPLES, isLanguage, type Language } from './vocabulary.ts';
import type { Path } from './yaml-source.ts';

export type UnitField = 'title' | 'brief' | 'name' | 'customer' | 'narration' | 'text' | 'feedback';

export interface TextUnit {
  /** Stable id: `title`, `brief`, `customer.name`, `node.<node>.customer`, `node.<node>.choice.<choice>.text`, … */
  readonly id: string;
  /** Where the text is written in the file. */
  readonly path: Path;
  readonly field: UnitField;
  readonly node?: string;
  /** The choice's id, or its 1-based position where it has none. */
  readonly choice?: string;
  readonly choiceIndex?: number;
  /** The text's value as written: a string (source language only) or a map language → string. */
  readonly value: unknown;
  /** Context for translators, in the source language's words where they come from the file. */
  readonly notes: { readonly speaker: string; readonly before?: string; readonly principle?: string };
}

/** The text in `lang` of a raw text value (a plain string is the source language). */
export function textIn(value: unknown, lang: string, source: string): string | undefined {
  if (typeof value === 'string') return lang === source ? value : undefined;
  const v = own(asMap(value), lang);
  return typeof v === 'string' ? v : undefined;
}

/**
 * Every text of a raw scenario in file order, each with its unit id and notes. Ids depend only on
 * node ids, choice ids (or positions) and the field, so they survive edits of the texts.
 */
export function textUnits(raw: unknown): TextUnit[] {
  const top = asMap(raw);
  const source = own(top, 'source');
  const src = isLanguage(source) ? source : 'en';
  const customerName = textIn(own(asMap(own(top, 'customer')), 'name'), src, src) ?? 'the customer';
  const out: TextUnit[] = [];
  const add = (unit: TextUnit) => {
    if (unit.value !== undefined) out.push(unit);
  };
  add({ id: 'title', path: ['title'], field: 'title', value: own(top, 'title'), notes: { speaker: 'the scenario’s name on the menu' } });
  add({
    id: 'brief',
    path: ['brief'],
    field: 'brief',
    value: own(top, 'brief'),
    notes: { speaker: 'the situation, shown to the learner before play' },
  });
  add({
    id: 'customer.name',
    path: ['customer', 'name'],
    field: 'name',
    value: own(asMap(own(top, 'customer')), 'name'),
    notes: { speaker: 'how the learner addresses the customer' },
  });
  const nodes = rawNodes(raw);
  const leadsHere = new Map<string, string>();
  for (const n of nodes) {
    for (const c of n.choices) {
      const next = own(c.value, 'next');
      const said = textIn(own(c.value, 'text'), src, src);
      if (typeof next === 'string' && said !== undefined && !leadsHere.has(next)) leadsHere.set(next, said);
    }
  }
  for (const n of nodes) {
    const line = textIn(own(n.value, 'customer'), src, src);
    const reply = leadsHere.get(n.id);
    const before = reply === undefined ? {} : { before: `the learner: ${reply}` };
    add({
      id: `node.${n.id}.narration`,
      path: [...n.path, 'narration'],
      field: 'narration',
      node: n.id,
      value: own(n.value, 'narration'),
      notes: { speaker: 'stage direction, shown in italics before the customer’s line', ...before },
    });
    add({
      id: `node.${n.id}.customer`,
      path: [...n.path, 'customer'],
      field: 'customer',
      node: n.id,
      value: own(n.value, 'customer'),
      notes: { speaker: `${customerName} (the customer)`, ...before },
    });
    for (const c of n.choices) {
      const choice = rawChoiceId(c);
      const base = `node.${n.id}.choice.${choice}`;
      const principle = principleNote(c.value);
      const extra = principle ? { principle } : {};
      const said = textIn(own(c.value, 'text'), src, src);
      add({
        id: `${base}.text`,
        path: [...c.path, 'text'],
        field: 'text',
        node: n.id,
        choice,
        choiceIndex: c.index,
        value: own(c.value, 'text'),
        notes: {
          speaker: `the learner, replying to ${customerName}`,
          ...(line === undefined ? {} : { before: `${customerName}: ${line}` }),
          ...extra,
        },
      });
      add({
        id: `${base}.feedback`,
        path: [...c.path, 'feedback'],
        field: 'feedback',
        node: n.id,
        choice,
        choiceIndex: c.index,
        value: own(c.value, 'feedback'),
        notes: {
          speaker: 'coaching shown in the debrief about this reply',
          ...(said === undefined ? {} : { before: `the learner: ${said}` }),
          ...extra,
        },
      });
    }
  }
  return out;
}

/** "scores listen +2, empathy -1; teaches: recap the complaint and check it …" */
function principleNote(choice: ReturnType<typeof asMap>): string | undefined {
  const score = asMap(own(choice, 'score'));
  const parts = PRINCIPLES.flatMap((p) => {
    const v = own(score, p);
    return typeof v === 'number' && v !== 0 ? [`${p} ${v > 0 ? '+' : ''}${v}`] : [];
  });
  const teaches = own(choice, 'teaches');
  const advice = Array.isArray(teaches)
    ? teaches.flatMap((t) => (typeof t === 'string' && Object.hasOwn(ADVICE, t) ? [ADVICE[t as keyof typeof ADVICE]] : []))
    : [];
  const words = [
    parts.length ? `scores ${parts.join(', ')}` : 'scores nothing',
    ...(advice.length ? [`teaches: ${advice.join('; ')}`] : []),
  ];
  return words.join('; ');
}

/**
 * The source hash of a text: FNV-1a (32 bit) over its UTF-8 bytes, as 8 lower-case hex digits.
 * Short enough to sit beside each unit id in the file; it detects edits, it is not a secret.
 */
export function sourceHash(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The hashes a scenario records for `lang` (`translated.<lang>`), unit id → hash. */
export function recordedHashes(raw: unknown, lang: Language): ReadonlyMap<string, string> {
  const map = asMap(own(asMap(own(asMap(raw), 'translated')), lang));
  const out = new Map<string, string>();
  for (const [id, hash] of Object.entries(map ?? {})) if (typeof hash === 'string') out.set(id, hash);
  return out;
}

export type UnitState = 'missing' | 'current' | 'stale' | 'unrecorded';

/**
 * Whether the `lang` translation of a unit is missing, made from the current source text, made
 * from an older one (stale), or has no recorded hash (made by hand; assumed current).
 */
export function unitState(unit: TextUnit, lang: Language, source: Language, hashes: ReadonlyMap<string, string>): UnitState {
  if (textIn(unit.value, lang, source) === undefined) return 'missing';
  const recorded = hashes.get(unit.id);
  if (recorded === undefined) return 'unrecorded';
  const src = textIn(unit.value, source, source);
  return src !== undefined && sourceHash(src) === recorded ? 'current' : 'stale';
}
