import { en } from './en.ts';
import type { Catalog } from './catalog.ts';
export const vi: Catalog = en;
