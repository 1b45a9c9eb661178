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
  let value: unknown;
  try {
    // Without a reviver: one for every value costs seconds on a 10 MB file. JSON.parse defines
    // a `__proto__` key as a plain own property, so nothing is polluted before the walk below.
    value = JSON.parse(text);
  } catch (e) {
    return refused({ kind: 'not-json', details: e instanceof Error ? e.message : String(e) });
  }
  const key = forbiddenKeyIn(value);
  return key === undefined ? { ok: true, value } : refused({ kind: 'forbidden-key', key });
}

/** The first of FORBIDDEN_KEYS found at any depth of parsed JSON; walked without recursion, so depth costs no stack. */
function forbiddenKeyIn(root: unknown): string | undefined {
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const item of v) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    for (const k of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(k)) return k;
      const item = (v as Record<string, unknown>)[k];
      if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
  return undefined;
}
