/**
 * The type every language's message catalog has: one template per English message key, taking
 * the same parameters. Keys are the code, or the code and a variant (`SCN001.tab`).
 */
import type { en } from './en.ts';
import type { Path } from '../yaml-source.ts';

export type MessageKey = keyof typeof en;
export type Catalog = { readonly [K in MessageKey]: (p: Parameters<(typeof en)[K]>[0]) => string };

/** One parameter: a string, number, list of strings or a path (or list of paths) in the file. */
export type ParamValue = string | number | boolean | undefined | Path | readonly Path[];
export type MessageParams = Readonly<Record<string, ParamValue>>;
