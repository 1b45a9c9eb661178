/**
 * Which language to use: the `lang` deep-link parameter wins, then the learner's saved choice, then
 * the browser's languages, then English. Browser tags are mapped onto ours (zh, zh-Hans, zh-SG →
 * zh-CN; ja-JP → ja; …).
 */
import { LANGUAGES, type Language } from '../engine/index.ts';

/** Our language for a BCP 47 tag, or undefined when we have none close enough. */
export function matchLanguage(tag: string | null | undefined): Language | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase().replace('_', '-');
  const exact = LANGUAGES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const [base, ...rest] = lower.split('-');
  if (base === 'zh') {
    // Traditional-script regions are not served by Simplified Chinese.
    if (rest.some((r) => r === 'hant' || r === 'tw' || r === 'hk' || r === 'mo')) return undefined;
    return 'zh-CN';
  }
  return LANGUAGES.find((l) => l === base);
}

export function pickLanguage(sources: { url?: string | null; saved?: string | null; browser?: readonly string[] }): Language {
  return (
    matchLanguage(sources.url) ??
    matchLanguage(sources.saved) ??
    (sources.browser ?? []).map(matchLanguage).find((l): l is Language => l !== undefined) ??
    'en'
  );
}
