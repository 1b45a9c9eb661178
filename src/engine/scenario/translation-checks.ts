/**
 * Warnings about translations that may no longer say what the source says: a translation whose
 * recorded source hash (`translated.<lang>.<unit>`) differs from the hash of the current source
 * text was made from an older source text (SCN054), and a record naming no text is left over
 * from a text since removed (SCN055).
 */
import type { Diagnostic } from './diagnostics.ts';
import type { UnitPlace } from './messages/words.ts';
import { asMap, own } from './raw.ts';
import { recordedHashes, textUnits, unitState, type TextUnit } from './strings.ts';
import { LANGUAGES, isLanguage } from './vocabulary.ts';
import { message } from './messages/render.ts';
import { locate, type YamlSource } from './yaml-source.ts';

/** SCN054 and SCN055 for one raw scenario. */
export function translationWarnings(raw: unknown, source: YamlSource, file: string): Diagnostic[] {
  const top = asMap(raw);
  const src = own(top, 'source');
  const translated = asMap(own(top, 'translated'));
  if (!isLanguage(src) || !translated) return [];
  const units = textUnits(raw);
  const known = new Set(units.map((u) => u.id));
  const out: Diagnostic[] = [];
  for (const lang of LANGUAGES) {
    const hashes = recordedHashes(raw, lang);
    if (hashes.size === 0) continue;
    for (const unit of units) {
      if (unitState(unit, lang, src, hashes) !== 'stale') continue;
      out.push({
        code: 'SCN054',
        severity: 'warning',
        file,
        ...locate(source, [...unit.path, lang]),
        ...message('SCN054', { ...unitPlace(unit), lang, source: src }),
      });
    }
    for (const id of hashes.keys()) {
      if (!known.has(id))
        out.push({
          code: 'SCN055',
          severity: 'warning',
          file,
          ...locate(source, ['translated', lang, id], 'key'),
          ...message('SCN055', { lang, id }),
        });
    }
  }
  return out;
}

/** Where a text sits, as messages name it ("node 'recap', choice 2, feedback"; "'title'"). */
export function unitPlace(unit: TextUnit): UnitPlace {
  if (unit.node === undefined) return { id: unit.id };
  return {
    id: unit.id,
    node: unit.node,
    choice: unit.choiceIndex === undefined ? undefined : unit.choiceIndex + 1,
    field: unit.field === 'text' || unit.field === 'customer' ? undefined : unit.field,
  };
}
