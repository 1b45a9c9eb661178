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

/** The closing line of `scenarios:check` in `lang`: files checked, playable, errors, warnings. */
export function checkSummary(lang: Language, files: number, playable: number, errors: number, warnings: number): string {
  const s = (n: number) => (n === 1 ? '' : 's');
  switch (lang) {
    case 'vi':
      return `Đã kiểm tra ${files} tệp tình huống: ${playable} chơi được, ${errors} lỗi, ${warnings} cảnh báo`;
    case 'ja':
      return `${files} 件のシナリオファイルをチェックしました：プレイ可能 ${playable} 件、エラー ${errors} 件、警告 ${warnings} 件`;
    case 'zh-CN':
      return `已检查 ${files} 个场景文件：${playable} 个可以游玩，${errors} 个错误，${warnings} 个警告`;
    case 'ko':
      return `시나리오 파일 ${files}개를 검사했습니다: 플레이 가능 ${playable}개, 오류 ${errors}개, 경고 ${warnings}개`;
    default:
      return `${files} scenario file${s(files)} checked: ${playable} playable, ${errors} error${s(errors)}, ${warnings} warning${s(warnings)}`;
  }
}
