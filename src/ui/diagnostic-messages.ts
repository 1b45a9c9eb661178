/**
 * The checker's message templates in a trainer's language, fetched the first time a list needs
 * them: each language's templates are a chunk of their own, so no learner downloads them. English
 * needs none (a diagnostic carries its English message).
 */
import type { Catalog } from '../engine/scenario/messages/catalog.ts';

const LOADERS: Readonly<Record<string, () => Promise<Catalog>>> = {
  vi: async () => (await import('../engine/scenario/messages/vi.ts')).vi,
  ja: async () => (await import('../engine/scenario/messages/ja.ts')).ja,
  'zh-CN': async () => (await import('../engine/scenario/messages/zh-cn.ts')).zhCN,
  ko: async () => (await import('../engine/scenario/messages/ko.ts')).ko,
};

/** The templates of `lang`, or undefined for English and any language the checker does not speak. */
export function messagesIn(lang: string): Promise<Catalog> | undefined {
  return Object.hasOwn(LOADERS, lang) ? LOADERS[lang]!() : undefined;
}
