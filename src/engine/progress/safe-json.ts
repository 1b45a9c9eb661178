/**
 * Reading JSON from files the learner (or anyone) hands us. The size is checked before parsing,
 * and keys that could reach an object's prototype when the data is later spread or merged are
 * refused wherever they appear.
 */
import { refused, type ImportRefusal } from './refusal.ts';

/** Keys that can alter prototypes when parsed data is merged into objects. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The length of `text` in UTF-8 bytes, counting no further than `stopAt` (so a huge text costs little). */
export function utf8Length(text: string, stopAt = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAt; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point: four bytes.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

class ForbiddenKey extends Error {}

export type SafeJson =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string; readonly refusal: ImportRefusal };

/**
 * Parses `text` as JSON when it is at most `maxBytes` UTF-8 bytes and contains none of
 * FORBIDDEN_KEYS at any depth. Returns a problem sentence otherwise; never throws (a nesting too
 * deep for the parser is reported as not JSON).
 */
export function parseSafeJson(text: string, maxBytes: number): SafeJson {
  const size = utf8Length(text, maxBytes);
  if (size > maxBytes) return refused({ kind: 'too-large', limitBytes: maxBytes });
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKey(key);
      return v;
    });
    return { ok: true, value };
  } catch (e) {
    if (e instanceof ForbiddenKey) return refused({ kind: 'forbidden-key', key: e.message });
    return refused({ kind: 'not-json', details: e instanceof Error ? e.message : String(e) });
  }
}
