/**
 * The i18next instance of the game. English is bundled (it is the fallback); every other language
 * is a separate chunk loaded when first chosen. Nothing is rendered as HTML, so no escaping.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { LANGUAGES, type Language } from '../engine/index.ts';
import en from '../../locales/en/ui.json';

export type { I18n };

const bundles = import.meta.glob<{ default: Record<string, unknown> }>(['../../locales/*/ui.json', '!../../locales/en/ui.json']);

/** Makes sure the UI words of `lang` are loaded, then switches to it. */
export async function useLanguage(i18n: I18n, lang: Language): Promise<void> {
  if (!i18n.hasResourceBundle(lang, 'ui')) {
    const load = bundles[`../../locales/${lang}/ui.json`];
    if (load) i18n.addResourceBundle(lang, 'ui', (await load()).default);
  }
  await i18n.changeLanguage(lang);
}

/**
 * Keeps what `t` answers for a key without options, per language, until the words or the language
 * change. i18next works every call out anew (the key's parts, the language's fallbacks); the menu
 * asks for the same few dozen words hundreds of times, a sixth of its first draw on a phone.
 */
function keepPlainWords(i18n: I18n): void {
  // i18next types `t` per key; this wrapper only passes calls on, so it sees them untyped.
  const translate = i18n.t.bind(i18n) as unknown as (...args: unknown[]) => unknown;
  const kept = new Map<string, unknown>();
  const forget = () => kept.clear();
  i18n.on('languageChanged', forget);
  i18n.store.on('added', forget);
  i18n.store.on('removed', forget);
  const t = (...args: unknown[]): unknown => {
    const [key] = args;
    if (args.length !== 1 || typeof key !== 'string') return translate(...args);
    const id = `${i18n.language}\u0000${key}`;
    if (!kept.has(id)) kept.set(id, translate(key));
    return kept.get(id);
  };
  i18n.t = t as unknown as I18n['t'];
}

export async function createI18n(lang: Language): Promise<I18n> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en',
    supportedLngs: [...LANGUAGES],
    fallbackLng: { zh: ['zh-CN'], 'zh-Hans': ['zh-CN'], 'zh-SG': ['zh-CN'], default: ['en'] },
    load: 'currentOnly',
    ns: ['ui'],
    defaultNS: 'ui',
    resources: { en: { ui: en } },
    partialBundledLanguages: true,
    returnEmptyString: false,
    returnNull: false,
    interpolation: { escapeValue: false },
  });
  keepPlainWords(i18n);
  await useLanguage(i18n, lang);
  return i18n;
}
