/**
 * The checker's messages in the five languages: every message key has a template in each, each
 * template uses the parameters the English one uses (changing a parameter that changes the
 * English message changes every language's), and a few messages, did-you-mean included, read
 * as written in each language.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CODES,
  LANGUAGES,
  loadLibrary,
  loadScenario,
  MESSAGE_CATALOGS,
  renderDiagnostic,
  type Diagnostic,
  type MessageKey,
  type MessageParams,
} from '../../src/engine/authoring.ts';
import { checkSummary, languageOf, takeLanguage } from '../../scripts/cli-language.ts';
import { root } from './helpers.ts';

const corpus = resolve(root, 'tests/fixtures/broken');
const diagnostics: Diagnostic[] = readdirSync(corpus).flatMap((name) => {
  const full = join(corpus, name);
  const files = statSync(full).isDirectory()
    ? readdirSync(full)
        .sort()
        .map((f) => join(full, f))
    : [full];
  return loadLibrary(files.map((f) => ({ file: f, bytes: readFileSync(f) }))).flatMap((e) => e.diagnostics);
});

const at = ['nodes', 'open', 'choices', 0, 'next'];
const got = { got: 'text', value: 'yes' };
/** Parameters for the keys the broken corpus does not produce. */
const SAMPLES: Partial<Record<MessageKey, MessageParams>> = {
  'SCN001.TAB_AS_INDENT': {},
  'SCN001.BAD_INDENT': {},
  'SCN001.MULTILINE_IMPLICIT_KEY': {},
  'SCN001.UNEXPECTED_TOKEN': {},
  'SCN001.other': { detail: 'Unexpected end of input' },
  'SCN002.size': { size: 2_000_000, max: 1_000_000 },
  'SCN002.chars': { size: 2_000_000, max: 1_000_000 },
  'SCN002.deep': {},
  'SCN002.unreadable': { reason: 'loop', detail: 'ELOOP' },
  'SCN002.values': { max: 200_000 },
  'SCN002.tokens': { max: 200_000, nodes: 200 },
  'SCN002.depth': { max: 64 },
  'SCN002.nodes': { count: 2_500, max: 200 },
  'SCN042.path': { node: 'opening', file: '../secret.mp3', lang: 'en' },
  'SCN002.other': { detail: 'Excessive alias count' },
  'SCN010.languages': {},
  'SCN011.key': { path: ['nodes', 'x y'] },
  'SCN011.oneOf': { path: ['format'], ...got, values: ['1'] },
  'SCN011.text': { path: ['title'], ...got },
  'SCN011.malformed': { path: ['title'] },
  'SCN011.other': { path: ['title'], detail: 'Invalid input' },
  'SCN014.warning': { id: 'refund', file: 'refund (1).yaml' },
  'SCN017.type': { path: ['source'], ...got, values: ['en', 'ja'] },
  'SCN020.type': { path: ['channel'], ...got, values: ['phone', 'chat'] },
  'SCN023.type': { path: ['customer', 'portrait'], ...got, values: ['man-young'] },
  'SCN024.type': { path: at, ...got, values: ['empathy-first'] },
  'SCN035.type': { path: ['nodes', 'end', 'ending'], ...got, values: ['resolved', 'lost'] },
  SCN042: { node: 'open', file: 'audio/voice/open-ja.mp3', lang: 'ja' },
};

const samples = new Map<string, MessageParams[]>();
for (const d of diagnostics) samples.set(d.key, [...(samples.get(d.key) ?? []), d.params]);
for (const [key, params] of Object.entries(SAMPLES)) samples.set(key, [...(samples.get(key) ?? []), params]);

const keys = Object.keys(MESSAGE_CATALOGS['en']!) as MessageKey[];
const render = (key: MessageKey, params: MessageParams, lang: string) => renderDiagnostic({ key, params, message: '' }, lang);

/** The same parameters with one changed: a string or number altered, a path or list lengthened. */
function changed(params: MessageParams, name: string): MessageParams {
  const v = params[name];
  const next =
    typeof v === 'number'
      ? v + 7
      : typeof v === 'string'
        ? `${v}zq`
        : Array.isArray(v)
          ? [...v, v.length && Array.isArray(v[0]) ? ['zq'] : 'zq']
          : 'zq';
  return { ...params, [name]: next };
}

describe('the message catalogs', () => {
  it('have a template for every key in all five languages, and no other', () => {
    for (const lang of LANGUAGES) expect(Object.keys(MESSAGE_CATALOGS[lang]!).sort(), lang).toEqual([...keys].sort());
  });

  it('have a message for every diagnostic code', () => {
    for (const code of Object.keys(CODES))
      expect(
        keys.some((k) => k === code || k.startsWith(`${code}.`)),
        code,
      ).toBe(true);
  });

  it('have a sample for every key (the broken corpus, or the table above)', () => {
    expect(keys.filter((k) => !samples.has(k))).toEqual([]);
  });

  it('render English exactly as the checker words it', () => {
    for (const d of diagnostics) expect(renderDiagnostic(d, 'en')).toBe(d.message);
  });

  it('use in every language each parameter the English message uses', () => {
    for (const key of keys) {
      for (const params of samples.get(key)!) {
        const names = [...new Set([...Object.keys(params), 'suggestion', 'example'])];
        for (const name of names) {
          const other = changed(params, name);
          const inEnglish = render(key, params, 'en') !== render(key, other, 'en');
          for (const lang of LANGUAGES) {
            expect(render(key, params, lang), `${key} in ${lang}`).not.toBe('');
            expect(render(key, params, lang) !== render(key, other, lang), `${key} in ${lang}: parameter '${name}'`).toBe(inEnglish);
          }
        }
      }
    }
  });
});

describe('renderDiagnostic', () => {
  const file = 'tests/fixtures/broken/scn012-unknown-field.yaml';
  const titel = loadScenario(readFileSync(resolve(root, file), 'utf8'), file).diagnostics.find((d) => d.message.includes("'titel'"))!;
  const start = loadScenario(readFileSync(resolve(root, 'tests/fixtures/broken/scn030-start.yaml'), 'utf8'), 'x.yaml').diagnostics.find(
    (d) => d.code === 'SCN030',
  )!;
  const languages = loadScenario(
    readFileSync(resolve(root, 'tests/fixtures/broken/scn017-unknown-language.yaml'), 'utf8'),
    'x.yaml',
  ).diagnostics.find((d) => d.code === 'SCN017' && d.key === 'SCN017')!;

  it('gives the unknown field and its did-you-mean in each language', () => {
    expect(renderDiagnostic(titel, 'en')).toBe("the scenario has an unknown field 'titel'; did you mean 'title'?");
    expect(renderDiagnostic(titel, 'ja')).toBe("シナリオ：'titel' という項目はありません（'title' の書き間違いではありませんか？）");
    expect(renderDiagnostic(titel, 'zh-CN')).toBe("场景：有一个未知字段 'titel'（是不是想写 'title'？）");
    expect(renderDiagnostic(titel, 'ko')).toBe("시나리오: 알 수 없는 항목 'titel'이(가) 있습니다 (혹시 'title'을(를) 쓰려던 것인가요?)");
    expect(renderDiagnostic(titel, 'vi')).toBe("Tình huống: có trường không xác định 'titel'; có phải bạn muốn viết 'title'?");
  });

  it('names the node a start should point at in each language', () => {
    expect(renderDiagnostic(start, 'ja')).toBe(
      "'start' が 'openning' を指していますが、そのノードはありません（'opening' の書き間違いではありませんか？）",
    );
    expect(renderDiagnostic(start, 'zh-CN')).toBe("'start' 指向 'openning'，但没有这个节点（是不是想写 'opening'？）");
    expect(renderDiagnostic(start, 'ko')).toBe(
      "'start'가 'openning'을(를) 가리키지만 그런 노드가 없습니다 (혹시 'opening'을(를) 쓰려던 것인가요?)",
    );
    expect(renderDiagnostic(start, 'vi')).toBe(
      "'start' trỏ tới 'openning', nhưng không có nút nào như vậy; có phải bạn muốn viết 'opening'?",
    );
  });

  it('joins a list the language’s way and names list items in it', () => {
    expect(renderDiagnostic(languages, 'en')).toBe("'languages' item 2 is 'fr', which is not a language (en, vi, ja, zh-CN, ko)");
    expect(renderDiagnostic(languages, 'ja')).toBe("'languages'、2 番目：'fr' は言語ではありません（en、vi、ja、zh-CN、ko）");
    expect(renderDiagnostic(languages, 'zh-CN')).toBe("'languages'，第 2 项：'fr' 不是语言（en、vi、ja、zh-CN、ko）");
    expect(renderDiagnostic(languages, 'ko')).toBe("'languages', 2번째 항목: 'fr'은(는) 언어가 아닙니다 (en, vi, ja, zh-CN, ko)");
    expect(renderDiagnostic(languages, 'vi')).toBe("'languages', mục 2: 'fr' không phải là một ngôn ngữ (en, vi, ja, zh-CN, ko)");
  });

  it('falls back to English for a language the game does not have', () => {
    expect(renderDiagnostic(titel, 'fr')).toBe(titel.message);
  });
});

describe('the command line language', () => {
  it('reads a locale name', () => {
    expect(languageOf('ja_JP.UTF-8')).toBe('ja');
    expect(languageOf('zh_CN.UTF-8')).toBe('zh-CN');
    expect(languageOf('ko_KR')).toBe('ko');
    expect(languageOf('vi')).toBe('vi');
    expect(languageOf('C.UTF-8')).toBeUndefined();
    expect(languageOf('fr_FR.UTF-8')).toBeUndefined();
  });

  it('prefers --lang, then LC_ALL, LC_MESSAGES and LANG, then English', () => {
    expect(takeLanguage(['--lang', 'ko', 'scenarios'], { LANG: 'ja_JP.UTF-8' })).toEqual({ lang: 'ko', rest: ['scenarios'] });
    expect(takeLanguage(['--lang=zh-cn'], {})).toEqual({ lang: 'zh-CN', rest: [] });
    expect(takeLanguage(['--json'], { LC_ALL: 'vi_VN.UTF-8', LANG: 'ja_JP.UTF-8' })).toEqual({ lang: 'vi', rest: ['--json'] });
    expect(takeLanguage([], { LC_ALL: '', LC_MESSAGES: 'zh_CN', LANG: 'ja_JP' })).toEqual({ lang: 'zh-CN', rest: [] });
    expect(takeLanguage([], { LANG: 'C.UTF-8' })).toEqual({ lang: 'en', rest: [] });
    expect(takeLanguage(['--lang', 'fr'], {})).toHaveProperty('error');
  });
});

describe('the command line summary', () => {
  it('counts files, errors and warnings in the chosen language', () => {
    expect(checkSummary('en', 1, 0, 1, 2)).toBe('1 scenario file checked: 0 playable, 1 error, 2 warnings');
    expect(checkSummary('ja', 3, 2, 1, 0)).toBe('3 件のシナリオファイルをチェックしました：プレイ可能 2 件、エラー 1 件、警告 0 件');
    for (const lang of LANGUAGES) expect(checkSummary(lang, 31, 29, 17, 5), lang).toMatch(/31.*29.*17.*5/);
  });
});
