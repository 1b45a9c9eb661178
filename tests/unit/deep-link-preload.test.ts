/**
 * The deep-link preload (build/deep-link-preload.ts): its inline script run as the browser runs
 * it, against the page's location, saved settings, browser languages and its files block; and the
 * policy's hash of it.
 */
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, scriptHash } from '../../build/csp.ts';
import { filesBlock, PRELOAD_SCRIPT } from '../../build/deep-link-preload.ts';
import { LANGUAGES } from '../../src/engine/index.ts';
import { matchLanguage, pickLanguage } from '../../src/i18n/negotiate.ts';

const BLOCK = filesBlock(
  '/game/',
  { 'late-delivery': 'assets/late-delivery-x.js' },
  { ja: 'assets/ui-ja.js', ko: 'assets/ui-ko.js', 'zh-CN': 'assets/ui-zh.js' },
  { 'late-delivery': { ja: 'assets/late-delivery.ja-x.js' } },
  'assets/conversation-screen-x.js',
);

function run(search: string, saved: string | null, languages: string[] = [], block = BLOCK): string[] {
  type Link = { rel: string; href: string; attributes: Record<string, string>; setAttribute(name: string, value: string): void };
  const added: Link[] = [];
  const json = /<script type="application\/json" id="deep-link-files">(.*)<\/script>/.exec(block)?.[1];
  const document = {
    getElementById: (id: string) => (id === 'deep-link-files' && json !== undefined ? { textContent: json } : null),
    createElement: (): Link => ({
      rel: '',
      href: '',
      attributes: {},
      setAttribute(name, value) {
        this.attributes[name] = value;
      },
    }),
    head: { appendChild: (link: Link) => added.push(link) },
  };
  const localStorage = { getItem: () => saved };
  new Function('location', 'localStorage', 'document', 'navigator', PRELOAD_SCRIPT)({ search }, localStorage, document, { languages });
  // Each link is marked as the deep link's, so a failed load can be retried by opening the link again.
  for (const link of added) expect(link.attributes).toEqual({ 'data-deep-link': '' });
  for (const link of added) expect(link.rel).toBe('modulepreload');
  return added.map((l) => l.href);
}

describe('the deep-link preload', () => {
  it("preloads a deep link's scenario, its words in the language, the conversation's code, and the language", () => {
    expect(run('?scenario=late-delivery&lang=ja', null)).toEqual([
      '/game/assets/late-delivery-x.js',
      '/game/assets/late-delivery.ja-x.js',
      '/game/assets/conversation-screen-x.js',
      '/game/assets/ui-ja.js',
    ]);
    // The scenario has no Korean words: the interface's only.
    expect(run('?scenario=late-delivery&lang=ko', null)).toEqual([
      '/game/assets/late-delivery-x.js',
      '/game/assets/conversation-screen-x.js',
      '/game/assets/ui-ko.js',
    ]);
  });

  it('picks the language as the game does: the link, then the saved setting, then the browser', () => {
    expect(run('?scenario=nope', JSON.stringify({ lang: 'ko' }), ['ja'])).toEqual(['/game/assets/ui-ko.js']);
    expect(run('?scenario=late-delivery', null, ['ja-JP', 'en'])).toEqual([
      '/game/assets/late-delivery-x.js',
      '/game/assets/late-delivery.ja-x.js',
      '/game/assets/conversation-screen-x.js',
      '/game/assets/ui-ja.js',
    ]);
    expect(run('', null, ['zh-Hans-CN'])).toEqual(['/game/assets/ui-zh.js']);
    // Traditional Chinese is not Simplified: English, which needs no file.
    expect(run('', null, ['zh-TW'])).toEqual([]);
    expect(run('', JSON.stringify({ lang: 'KO' }), [])).toEqual([]);
  });

  it("chooses the language the game's own negotiation (src/i18n/negotiate.ts) chooses, for any link and browser", () => {
    // Every language has a file here, English too, so the one preloaded names the choice; when no
    // tag matches, the game falls back to English and the script preloads nothing.
    const block = filesBlock('/', {}, Object.fromEntries(LANGUAGES.map((l) => [l, `ui-${l}.js`])));
    const tags = [
      '',
      'en',
      'EN-gb',
      'vi',
      'vi_VN',
      'ja-JP',
      'ja-Latn',
      'zh',
      'zh-Hans',
      'zh-SG',
      'zh-Hant-TW',
      'zh-HK',
      'ZH-cn',
      'ko-KR',
      'ko_kr',
      'fr',
      'de-DE',
      ' ja ',
    ];
    for (const url of tags)
      for (const browser of [[], ['fr', 'ko-KR'], ['zh-TW', 'ja'], ['de'], ['vi-VN', 'en']]) {
        const search = url ? `?lang=${encodeURIComponent(url)}` : '';
        const fellBack = [url, ...browser].every((t) => matchLanguage(t) === undefined);
        const want = fellBack ? [] : [`/ui-${pickLanguage({ url: url || null, browser })}.js`];
        expect(run(search, null, browser, block), `lang=${url} browser=${browser.join(',')}`).toEqual(want);
      }
  });

  it('preloads nothing it does not know, and a broken or missing block stops it quietly', () => {
    expect(run('', '{broken')).toEqual([]);
    expect(run('?lang=en', null)).toEqual([]);
    expect(run('?scenario=__proto__&lang=constructor', null)).toEqual([]);
    expect(run('?scenario=late-delivery&lang=ja', null, [], '<script type="application/json" id="deep-link-files">{</script>')).toEqual([]);
    expect(run('?scenario=late-delivery&lang=ja', null, [], '')).toEqual([]);
  });

  it('makes a list formatter while the page waits, unless the page is a deep link to a scenario', () => {
    /** The languages of the list formatters the script makes, once the page is idle. */
    const warmed = (search: string, languages: string[] = []): string[] => {
      const idle: (() => void)[] = [];
      const made: string[] = [];
      class ListFormat {
        constructor(lang: string) {
          made.push(lang);
        }
        format(items: string[]) {
          return items.join(', ');
        }
      }
      const document = {
        getElementById: () => ({ textContent: /">(.*)<\/script>/.exec(BLOCK)![1] }),
        createElement: () => ({ setAttribute() {} }),
        head: { appendChild() {} },
      };
      new Function('location', 'localStorage', 'document', 'navigator', 'requestIdleCallback', 'Intl', PRELOAD_SCRIPT)(
        { search },
        { getItem: () => null },
        document,
        { languages },
        (fn: () => void) => idle.push(fn),
        { ListFormat },
      );
      expect(made, 'nothing before the page is idle').toEqual([]);
      idle.forEach((fn) => fn());
      return made;
    };
    expect(warmed('')).toEqual(['en']);
    expect(warmed('?lang=ja')).toEqual(['ja']);
    expect(warmed('', ['ko-KR'])).toEqual(['ko']);
    expect(warmed('?scenario=late-delivery&lang=ja')).toEqual([]);
    // A link to a scenario the build does not have shows the menu, so it is warmed for too.
    expect(warmed('?scenario=nothing-here')).toEqual(['en']);
  });

  it('no file name can end the block early', () => {
    const block = filesBlock('/', { x: 'a</script><script>alert(1)</script>.js' }, {});
    expect(block.match(/<\/script>/g)).toHaveLength(1);
    expect(run('?scenario=x', null, [], block)).toEqual(['/a</script><script>alert(1)</script>.js']);
  });

  it('the policy allows the script by its hash, and no other inline script', () => {
    const sources = /script-src ([^;]*)/.exec(contentSecurityPolicy())![1]!.split(' ');
    expect(sources).toEqual(["'self'", scriptHash(PRELOAD_SCRIPT)]);
    expect(scriptHash(PRELOAD_SCRIPT)).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
  });
});
