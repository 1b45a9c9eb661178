import { en } from './en.ts';
import type { Catalog } from './catalog.ts';
export const ja: Catalog = en;
