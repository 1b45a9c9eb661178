/**
 * The words of the LMS notices and the packaging screen (`locales/<language>/lms.json`), kept out
 * of the bundled English so a visit that is neither launched by an LMS nor packaging downloads
 * none of them. Added to the `ui` namespace: the current language now, each one chosen later too.
 */
import type { I18n } from './create-i18n.ts';

const bundles = import.meta.glob<{ default: Record<string, unknown> }>('../../locales/*/lms.json');
const followed = new WeakSet<I18n>();

async function add(i18n: I18n, lang: string): Promise<void> {
  for (const l of new Set([lang, 'en'])) {
    const load = bundles[`../../locales/${l}/lms.json`];
    if (load) i18n.addResourceBundle(l, 'ui', (await load()).default, true, false);
  }
}

/** Loads the LMS words for the current language (and English, the fallback), and for each language chosen after. */
export async function useLmsWords(i18n: I18n): Promise<void> {
  if (!followed.has(i18n)) {
    followed.add(i18n);
    // Words that do not load leave the English fallback in place; the console says why.
    i18n.on('languageChanged', (lang) => {
      add(i18n, lang).catch((e: unknown) => console.warn('The LMS words could not load.', e));
    });
  }
  await add(i18n, i18n.language);
}
