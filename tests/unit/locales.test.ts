/**
 * The UI words (locales/<language>/ui.json): every language has the keys English has, with the
 * plural forms its own plural rules ask for (ja, zh-CN, ko and vi only `_other`; en `_one` and
 * `_other`), no empty value, the same {{placeholders}}, and no English key that nothing in src/ uses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/engine/index.ts';
import { CODES } from '../../src/engine/authoring.ts';
import { createI18n, useLanguage } from '../../src/i18n/create-i18n.ts';

const root = resolve(import.meta.dirname, '../..');
const SOURCE = 'en';

/**
 * English keys that nothing in src/ uses yet. Kept here (and reported to whoever owns the code)
 * rather than deleted; take a key out of this list once it is used or removed from English.
 */
/** English keys allowed to be unused by src/ (none today: an unused key is a key to delete). */
const KNOWN_UNUSED = new Set<string>([]);

/** The plural suffixes i18next appends (`key_one`, `key_other`, …), as Intl names them. */
const PLURAL_CATEGORIES: readonly Intl.LDMLPluralRule[] = ['zero', 'one', 'two', 'few', 'many', 'other'];

type Flat = Map<string, unknown>;

function localePath(lang: string): string {
  return resolve(root, 'locales', lang, 'ui.json');
}

/** Nested JSON as dotted keys → leaf values (anything but a plain object is a leaf). */
function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, value);
  }
  return out;
}

/** The LMS words (lms.json), loaded into the same namespace where they are used (src/i18n/lms-words.ts). */
function lmsPath(lang: string): string {
  return resolve(root, 'locales', lang, 'lms.json');
}

function load(lang: string): Flat {
  const words = flatten(JSON.parse(readFileSync(localePath(lang), 'utf8')) as unknown);
  return existsSync(lmsPath(lang)) ? flatten(JSON.parse(readFileSync(lmsPath(lang), 'utf8')) as unknown, '', words) : words;
}

/** The words of `lang`, or none when the file is missing or broken (its own tests say which). */
function loadIfReadable(lang: string): Flat {
  try {
    return load(lang);
  } catch {
    return new Map();
  }
}

function pluralCategories(lang: string): readonly string[] {
  return new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
}

/** `menu.count_one` → { base: 'menu.count', category: 'one' } when English has `menu.count_other`. */
function pluralPart(key: string, english: Flat): { base: string; category: string } | undefined {
  const m = /^(.*)_([a-z]+)$/.exec(key);
  if (!m || !PLURAL_CATEGORIES.includes(m[2] as Intl.LDMLPluralRule)) return undefined;
  const base = m[1]!;
  return english.has(`${base}_other`) ? { base, category: m[2]! } : undefined;
}

/** The keys `lang` must have: English's, with each plural group in `lang`'s own categories. */
function requiredKeys(lang: string, english: Flat): Set<string> {
  const keys = new Set<string>();
  for (const key of english.keys()) {
    const plural = pluralPart(key, english);
    if (!plural) keys.add(key);
    else for (const c of pluralCategories(lang)) keys.add(`${plural.base}_${c}`);
  }
  return keys;
}

/** Placeholder names in a value: `{{name}}`, `{{ count }}`, `{{value, number}}` → name, count, value. */
function placeholders(value: unknown): Set<string> {
  const names = new Set<string>();
  if (typeof value !== 'string') return names;
  for (const m of value.matchAll(/\{\{-?\s*([^}]+?)\s*\}\}/g)) names.add(m[1]!.split(',')[0]!.trim());
  return names;
}

/** The English values a translated key answers to (all forms of a plural group). */
function englishForms(key: string, english: Flat): { same: unknown; all: unknown[] } {
  const plural = pluralPart(key, english);
  if (!plural) return { same: english.get(key), all: [english.get(key)] };
  const all = PLURAL_CATEGORIES.map((c) => english.get(`${plural.base}_${c}`)).filter((v) => v !== undefined);
  return { same: english.get(key) ?? english.get(`${plural.base}_other`), all };
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(d.name) && !/\.(test|spec)\.tsx?$/.test(d.name) && !d.name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * The keys src/ asks for: `t('a.b')`, `i18n.t("a.b")`, `t(\`a.b\`)` are static keys; a template
 * such as t(`channel.${c}`) uses every key that starts with `channel.`.
 */
function keysUsedInSource(): { statics: Set<string>; prefixes: Set<string>; files: number } {
  const statics = new Set<string>();
  const prefixes = new Set<string>();
  const files = sourceFiles(resolve(root, 'src'));
  const call = /(?<![\w$])t\(\s*(['"`])((?:\\.|(?!\1)[^\\])*?)\1/g;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(call)) {
      const key = m[2]!.replace(/^ui:/, '');
      const hole = m[1] === '`' ? key.indexOf('${') : -1;
      if (hole === -1) statics.add(key);
      else if (hole > 0) prefixes.add(key.slice(0, hole));
      // A key that starts with `${…}` could be anything; it proves nothing about any one key.
    }
  }
  return { statics, prefixes, files: files.length };
}

const english = load(SOURCE);

describe('UI locales', () => {
  it('has a ui.json for every game language, and no locale the game does not know', () => {
    for (const lang of LANGUAGES) expect(existsSync(localePath(lang)), `locales/${lang}/ui.json`).toBe(true);
    for (const lang of LANGUAGES) expect(existsSync(lmsPath(lang)), `locales/${lang}/lms.json`).toBe(true);
    const dirs = readdirSync(resolve(root, 'locales'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(dirs.filter((d) => !(LANGUAGES as readonly string[]).includes(d))).toEqual([]);
  });

  it('names every diagnostic code for trainers, and no code the checker does not have', () => {
    const titled = [...english.keys()].filter((k) => /^diagnostic\.SCN\d{3}$/.test(k)).map((k) => k.slice('diagnostic.'.length));
    expect(titled.sort()).toEqual(Object.keys(CODES).sort());
  });

  describe.each([...LANGUAGES])('%s', (lang) => {
    const file = `locales/${lang}/ui.json`;
    const words = loadIfReadable(lang);

    it('parses as JSON', () => {
      expect(() => JSON.parse(readFileSync(localePath(lang), 'utf8'))).not.toThrow();
    });

    it(`has exactly the English keys, with the plural forms ${lang} needs`, () => {
      const required = requiredKeys(lang, english);
      const missing = [...required].filter((k) => !words.has(k));
      const extra = [...words.keys()].filter((k) => !required.has(k));
      const report = `${file}\n lacks:\n  ${missing.join('\n  ')}\n has keys English does not (or plural forms ${lang} does not use):\n  ${extra.join('\n  ')}`;
      expect({ missing, extra }, report).toEqual({ missing: [], extra: [] });
    });

    it('has a non-empty string for every key', () => {
      const bad = [...words].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
      expect(bad, `${file} has empty or non-string values:\n  ${bad.join('\n  ')}`).toEqual([]);
    });

    it('keeps every {{placeholder}} of English and adds none', () => {
      const problems: string[] = [];
      for (const [key, value] of words) {
        const { same, all } = englishForms(key, english);
        if (same === undefined) continue;
        const have = placeholders(value);
        const need = placeholders(same);
        const allowed = new Set(all.flatMap((v) => [...placeholders(v)]));
        for (const p of need) if (!have.has(p)) problems.push(`${key}: lacks {{${p}}}`);
        for (const p of have) if (!allowed.has(p)) problems.push(`${key}: has {{${p}}}, which English does not pass`);
      }
      expect(problems, `${file}:\n  ${problems.join('\n  ')}`).toEqual([]);
    });

    it('names every language in that language itself (language.native.*)', () => {
      const native = [...english].filter(([k]) => k.startsWith('language.native.'));
      expect(native.length).toBeGreaterThan(0);
      for (const [key, value] of native) expect(words.get(key), `${file} ${key}`).toBe(value);
    });

    if (lang !== SOURCE)
      it('is translated, not a copy of English (at least 80% of the values differ)', () => {
        // Values that are the same in every language by design: the language names in their own
        // language, and values that are nothing but placeholders or a product name.
        const comparable = [...words].filter(
          ([k, v]) => english.has(k) && !k.startsWith('language.native.') && /\p{L}/u.test(String(v).replace(/\{\{[^}]*\}\}/g, '')),
        );
        const same = comparable.filter(([k, v]) => english.get(k) === v).map(([k]) => k);
        const differ = comparable.length - same.length;
        expect(differ / comparable.length, `${file} still has the English value for:\n  ${same.join('\n  ')}`).toBeGreaterThanOrEqual(0.8);
      });

    if (lang === 'ja' || lang === 'zh-CN')
      it('uses full-width punctuation', () => {
        const ascii = [...words]
          .filter(([k]) => !k.startsWith('language.native.'))
          .filter(([, v]) => /[,:;!?()"]/.test(String(v).replace(/\{\{[^}]*\}\}/g, '')))
          .map(([k, v]) => `${k}: ${String(v)}`);
        expect(ascii, `${file} has ASCII punctuation:\n  ${ascii.join('\n  ')}`).toEqual([]);
      });
  });

  describe('English keys and the code', () => {
    const used = keysUsedInSource();
    const isUsed = (key: string) => {
      const base = pluralPart(key, english)?.base ?? key;
      return used.statics.has(key) || used.statics.has(base) || [...used.prefixes].some((p) => key.startsWith(p));
    };

    it('finds t() calls in src/ at all', () => {
      expect(used.files).toBeGreaterThan(0);
      expect(used.statics.size).toBeGreaterThan(0);
      expect(used.prefixes.size).toBeGreaterThan(0);
    });

    it('has no English key that nothing in src/ uses', () => {
      const unused = [...english.keys()].filter((k) => !isUsed(k) && !KNOWN_UNUSED.has(k));
      expect(unused, `English keys no t() call in src/ uses:\n  ${unused.join('\n  ')}`).toEqual([]);
    });

    it('has an English value for every static key src/ asks for', () => {
      const missing = [...used.statics].filter((k) => !english.has(k) && !english.has(`${k}_other`));
      expect(missing, `src/ asks for keys English lacks:\n  ${missing.join('\n  ')}`).toEqual([]);
    });
  });

  describe('loading at run time', () => {
    it('bundles English and loads every other language only when it is chosen', async () => {
      const i18n = await createI18n('en');
      for (const lang of LANGUAGES) expect(i18n.hasResourceBundle(lang, 'ui'), lang).toBe(lang === SOURCE);
      for (const lang of LANGUAGES) {
        await useLanguage(i18n, lang);
        expect(i18n.hasResourceBundle(lang, 'ui'), lang).toBe(true);
        expect(i18n.language).toBe(lang);
        const words = load(lang);
        expect(i18n.t('principle.listen')).toBe(words.get('principle.listen'));
        // One scenario: `_one` in English, the only form (`_other`) in the others.
        const one = words.get('menu.count_one') ?? words.get('menu.count_other');
        expect(i18n.t('menu.count', { count: 1 })).toBe(String(one).replace('{{count}}', '1'));
        expect(i18n.t('brief.incoming.phone', { name: 'X' })).toBe(String(words.get('brief.incoming.phone')).replace('{{name}}', 'X'));
      }
    });
  });
});
