/** What a page does beside the test's own steps: its errors, and the worker every page starts. */
import type { Page } from '@playwright/test';

/** The formatters' warm-up worker (src/ui/intl-warm.ts), which every page of the built game starts. */
export const INTL_WARM_WORKER = /\/intl-warm-worker-[\w-]+\.js$/;

/** The page's uncaught errors and console errors from now on, as they come. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}
