/**
 * One axe scan of the page as it stands, for every spec that checks accessibility.
 *
 * Legacy mode runs `axe.run` in the page itself. The default mode runs each frame's part and then
 * opens a second, blank page to merge the parts: a renderer started and axe injected twice for
 * every scan, about twice the time of the scan itself (1.0 s against 0.45 s for a conversation,
 * measured alone). The game's pages have no frames of another origin (their Content-Security-Policy
 * allows none), the one thing legacy mode cannot scan, so the results are the same.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.2 A and AA rules. */
export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/**
 * Each violation as "rule: help (targets)"; all of axe's rules, or only those with `tags`.
 * Throws if the page holds a frame from another origin, which this scan would leave out.
 */
export async function axeViolations(page: Page, tags?: readonly string[]): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const foreign = page.frames().filter((f) => !['about:blank', ''].includes(f.url()) && new URL(f.url()).origin !== origin);
  if (foreign.length > 0)
    throw new Error(`axe scan: frames from another origin are not scanned: ${foreign.map((f) => f.url()).join(', ')}`);
  const builder = new AxeBuilder({ page }).setLegacyMode(true);
  const result = await (tags ? builder.withTags([...tags]) : builder).analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
