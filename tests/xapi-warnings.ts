/**
 * Learning Locker's published statement validator (`@learninglocker/xapi-validation`), the
 * independent check every test of xAPI statements uses. Its CommonJS default export arrives
 * wrapped or not depending on who loads it (Vitest, Playwright).
 */
import validation from '@learninglocker/xapi-validation';

/** One thing an LRS would refuse in a statement: where (a property path) and what kind. */
export interface XapiWarning {
  readonly path: string[];
}

/** Everything an LRS following Learning Locker's rules would refuse in `statement`. */
export const xapiWarnings = ((validation as unknown as { default?: unknown }).default ?? validation) as (
  statement: unknown,
) => XapiWarning[];
