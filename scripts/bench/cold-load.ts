/**
 * Cold loads: a fresh context with the cache disabled for every load. The game is measured through
 * a deep link (brief interactive, then first playable choice) and through `/` (menu interactive);
 * the bare Phaser page to its first rendered frame. Times are from navigation start.
 */
import type { Browser } from '@playwright/test';
import { freshPage } from './browser.ts';
import { installBareProbe, installLoadProbe, type ResourceSeen } from './probes.ts';

/** The scenario every game measurement plays. */
export const SCENARIO = 'late-delivery';

/** One deep-link load of the game. */
export interface DeepLinkSample {
  readonly briefMs: number;
  readonly choiceMs: number;
  /** Fetched (complete) before the brief was interactive. */
  readonly firstLoad: ResourceSeen[];
  /** Everything fetched by the time the stage (loaded after the brief shows) had drawn. */
  readonly all: ResourceSeen[];
}

/** One load of the menu. */
export interface MenuSample {
  readonly menuMs: number;
  readonly firstLoad: ResourceSeen[];
}

/** One load of the bare Phaser page. */
export interface BareSample {
  readonly createdMs: number;
  readonly firstFrameMs: number;
  readonly firstLoad: ResourceSeen[];
}

function resources(): ResourceSeen[] {
  return performance
    .getEntriesByType('resource')
    .map((e) => ({ url: e.name, start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd }));
}

/** `/?scenario=late-delivery&lang=en` → start visible and enabled → (clicked) → first choice visible. */
export async function coldDeepLink(browser: Browser, base: string): Promise<DeepLinkSample> {
  const p = await freshPage(browser);
  try {
    const probe = await installLoadProbe(p.page, p.cdp, true);
    await p.page.goto(`${base}/?scenario=${SCENARIO}&lang=en`, { waitUntil: 'commit' });
    const marks = await probe.read('choice');
    // Let the lazily loaded stage (Phaser) arrive, to see what the start click fetched.
    await p.page.locator('#stage-canvas canvas').first().waitFor({ state: 'attached', timeout: 15_000 });
    const all = await p.page.evaluate(resources);
    return { briefMs: marks.brief!, choiceMs: marks.choice!, firstLoad: marks.resources ?? [], all };
  } finally {
    await p.close();
  }
}

/** `/` → `[data-testid=menu]` visible. */
export async function coldMenu(browser: Browser, base: string): Promise<MenuSample> {
  const p = await freshPage(browser);
  try {
    const probe = await installLoadProbe(p.page, p.cdp, false);
    await p.page.goto(`${base}/`, { waitUntil: 'commit' });
    const marks = await probe.read('menu');
    return { menuMs: marks.menu!, firstLoad: marks.resources ?? [] };
  } finally {
    await p.close();
  }
}

/** The bare Phaser page → its scene's first `postrender`. */
export async function coldBare(browser: Browser, base: string): Promise<BareSample> {
  const p = await freshPage(browser);
  try {
    const firstFrame = await installBareProbe(p.page, p.cdp);
    await p.page.goto(`${base}/`, { waitUntil: 'commit' });
    const marks = await firstFrame();
    const firstLoad = await p.page.evaluate(resources);
    return { createdMs: marks.created, firstFrameMs: marks.firstFrame, firstLoad };
  } finally {
    await p.close();
  }
}
