/**
 * The language the command line speaks: `--lang <code>` (or `--lang=<code>`) when given, else the
 * environment's locale (LC_ALL, then LC_MESSAGES, then LANG: `ja_JP.UTF-8` → ja, `zh_CN` → zh-CN),
 * else English.
 */
import { LANGUAGES, type Language } from '../src/engine/index.ts';

/** One of the game's languages for a locale name or language tag, or undefined. */
export function languageOf(locale: string | undefined): Language | undefined {
  const tag = (locale ?? '').split(/[.@]/)[0]!.replace(/_/g, '-').toLowerCase();
  if (tag === '') return undefined;
  const exact = LANGUAGES.find((l) => l.toLowerCase() === tag);
  if (exact) return exact;
  const primary = tag.split('-')[0];
  // Chinese of any region reads the Simplified Chinese messages rather than English.
  return LANGUAGES.find((l) => l.split('-')[0]!.toLowerCase() === primary);
}

/** The first locale variable that is set and non-empty, as POSIX orders them. */
function environmentLocale(env: NodeJS.ProcessEnv): string | undefined {
  return [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '');
}

/**
 * Takes `--lang` out of `args`: the language to use and the remaining arguments, or an error
 * message when `--lang` names no language of the game.
 */
export function takeLanguage(args: readonly string[], env: NodeJS.ProcessEnv): { lang: Language; rest: string[] } | { error: string } {
  const rest: string[] = [];
  let asked: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--lang') asked = args[++i] ?? '';
    else if (a.startsWith('--lang=')) asked = a.slice('--lang='.length);
    else rest.push(a);
  }
  if (asked !== undefined) {
    const lang = LANGUAGES.find((l) => l.toLowerCase() === asked.toLowerCase());
    return lang ? { lang, rest } : { error: `--lang '${asked}' is not a language of the game (${LANGUAGES.join(', ')})` };
  }
  return { lang: languageOf(environmentLocale(env)) ?? 'en', rest };
}
