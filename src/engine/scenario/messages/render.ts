/**
 * Renders a diagnostic's message in any of the game's languages from its key and parameters.
 * Pure: the templates are plain functions, so the command line, the build and the game share them.
 */
import { en } from './en.ts';
import { vi } from './vi.ts';
import { ja } from './ja.ts';
import { zhCN } from './zh-cn.ts';
import { ko } from './ko.ts';
import type { Catalog, MessageKey, MessageParams } from './catalog.ts';
import { renderWith, type MessageSource } from './template.ts';

export type { MessageSource } from './template.ts';

export const MESSAGE_CATALOGS: Readonly<Record<string, Catalog>> = { en, vi, ja, 'zh-CN': zhCN, ko };

/** A name or value quoted in a message is cut to this many characters (an id can be 100,000 long). */
export const MAX_QUOTED = 120;

const cut = (x: unknown): unknown => (typeof x === 'string' && x.length > MAX_QUOTED ? `${x.slice(0, MAX_QUOTED)}…` : x);
/** A parameter with every string in it cut: a string, a path, or a list of either. */
const cutParam = (v: unknown): unknown => (Array.isArray(v) ? v.map((x: unknown) => (Array.isArray(x) ? x.map(cut) : cut(x))) : cut(v));

/** The key, parameters and English message of one problem, to spread into a Diagnostic. */
export function message<K extends MessageKey>(key: K, params: Parameters<Catalog[K]>[0]): MessageSource & { readonly message: string } {
  const short = Object.fromEntries(Object.entries(params as MessageParams).map(([k, v]) => [k, cutParam(v)])) as unknown as typeof params;
  return { key, params: short as MessageParams, message: (en[key] as (p: typeof params) => string)(short) };
}

/**
 * The whole message of `d` in `lang` (one of the game's languages; anything else gives English),
 * did-you-mean and lists included. A diagnostic without a known key keeps its English message.
 */
export function renderDiagnostic(d: MessageSource & { readonly message: string }, lang: string): string {
  return renderWith(MESSAGE_CATALOGS[lang] ?? en, d);
}
