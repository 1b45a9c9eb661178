/**
 * Fills one message template. Apart from the catalogs themselves, so a presenter can render with
 * one language's catalog without pulling in all five.
 */
import type { Catalog, MessageKey, MessageParams } from './catalog.ts';

/** The fields of a diagnostic a message is made from. */
export interface MessageSource {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/**
 * The whole message of `d` from `catalog`. A diagnostic whose key the catalog lacks (a key from
 * a newer checker) keeps its English message.
 */
export function renderWith(catalog: Catalog, d: MessageSource & { readonly message: string }): string {
  const template = catalog[d.key] as ((p: MessageParams) => string) | undefined;
  return template ? template(d.params) : d.message;
}
