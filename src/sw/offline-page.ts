/**
 * The page shown when the game cannot be loaded: no connection and nothing cached (the cache was
 * emptied by the browser). Built into the service worker with every language's words, so it
 * needs nothing else; no script, no inline style, its own strict CSP.
 */
// Named imports: only the `offline` words go into the worker.
import { offline as en } from '../../locales/en/ui.json';
import { offline as vi } from '../../locales/vi/ui.json';
import { offline as ja } from '../../locales/ja/ui.json';
import { offline as zhCN } from '../../locales/zh-CN/ui.json';
import { offline as ko } from '../../locales/ko/ui.json';

interface Words {
  readonly title: string;
  readonly body: string;
  readonly retry: string;
}

const WORDS: Readonly<Record<string, Words>> = { en, vi, ja, 'zh-CN': zhCN, ko };

/** The language of the page: `?lang=` if known, else the first known of Accept-Language, else English. */
export function offlineLanguage(lang: string | null, acceptLanguage: string | null): string {
  const wanted = [lang ?? '', ...(acceptLanguage ?? '').split(',').map((part) => part.split(';')[0]!.trim())];
  for (const tag of wanted) {
    if (WORDS[tag]) return tag;
    if (/^zh\b/i.test(tag)) return 'zh-CN';
    const base = tag.split('-')[0]!.toLowerCase();
    if (WORDS[base]) return base;
  }
  return 'en';
}

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The offline page's markup in `lang`. */
export function offlineHtml(lang: string): string {
  const words = WORDS[lang] ?? WORDS['en']!;
  // The worker has no i18next: the same keys, looked up in the words built in.
  const t = (key: `offline.${keyof Words}`) => escape(words[key.slice('offline.'.length) as keyof Words]);
  return `<!doctype html>
<html lang="${escape(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="dark light"><title>${t('offline.title')}</title></head>
<body><main data-testid="offline-page"><h1>${t('offline.title')}</h1><p>${t('offline.body')}</p><p><a href="./">${t('offline.retry')}</a></p></main></body></html>`;
}

export function offlineResponse(lang: string | null, acceptLanguage: string | null): Response {
  return new Response(offlineHtml(offlineLanguage(lang, acceptLanguage)), {
    status: 503,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; base-uri 'none'; form-action 'none'",
    },
  });
}
