/**
 * Checks shared by the specs that look at the game in each language: the interface's own strings,
 * and what does not fit its box.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { Language } from '../../src/engine/index.ts';

const root = resolve(import.meta.dirname, '../..');

/**
 * The interface's strings in `lang` (locales/<lang>/ui.json), by section; `T` names the sections
 * the caller reads, as the file has them.
 */
export function uiStrings<T = Record<string, Record<string, unknown>>>(lang: Language): T {
  return JSON.parse(readFileSync(resolve(root, `locales/${lang}/ui.json`), 'utf8')) as T;
}

/** Every element in the game whose content is wider than its box, or that sticks out of the page. */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const width = document.documentElement.clientWidth;
    for (const el of document.querySelectorAll<HTMLElement>('#ui *, dialog *')) {
      const style = getComputedStyle(el);
      if (style.display === 'inline' || el.closest('.visually-hidden') || el.classList.contains('file-input')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1 && style.overflowX !== 'auto' && style.overflowX !== 'scroll')
        out.push(`${el.tagName}.${el.className}: ${el.textContent?.slice(0, 40)}`);
      if (r.right > width + 1) out.push(`${el.tagName}.${el.className} sticks out: ${el.textContent?.slice(0, 40)}`);
    }
    return out;
  });
}
