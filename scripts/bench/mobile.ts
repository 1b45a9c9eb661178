/**
 * Loads under Lighthouse's mobile profile, applied as DevTools throttling through CDP: 562.5 ms
 * round trip, 1,474.56 kbit/s down, 675 kbit/s up, CPU 4× slower. First visits are cold (fresh
 * context, HTTP cache off); the second visit is a new page after a first visit whose service
 * worker holds the game. The site is served gzip-compressed, as any real host serves it.
 */
import type { Browser, CDPSession } from '@playwright/test';
import { freshPage, untilBrowserIdle } from './browser.ts';
import { SCENARIO } from './cold-load.ts';
import { installLoadProbe, type ResourceSeen } from './probes.ts';

/** Lighthouse's mobile throttling (its `mobileSlow4G` as DevTools applies it). */
export const MOBILE = { latencyMs: 562.5, downKbps: 1474.56, upKbps: 675, cpuSlowdown: 4 } as const;

/** Applies the mobile profile to the page behind `cdp`. */
export async function throttle(cdp: CDPSession): Promise<void> {
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: MOBILE.latencyMs,
    downloadThroughput: (MOBILE.downKbps * 1024) / 8,
    uploadThroughput: (MOBILE.upKbps * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpuSlowdown });
}

/** One mobile load of each kind, in ms from navigation start. */
export interface MobileSample {
  readonly briefMs: number;
  readonly choiceMs: number;
  /** First visit, deep link → every face of the customer on the stage (all its pictures loaded). */
  readonly facesMs: number;
  readonly menuMs: number;
  /** Second visit (service worker), deep link → first playable choice. */
  readonly secondChoiceMs: number;
  /** Second visit: brief interactive. */
  readonly secondBriefMs: number;
  /** What the first deep link fetched before its brief was interactive, in order of start. */
  readonly deepLinkWaterfall: ResourceSeen[];
}

const deepLink = (base: string) => `${base}/?scenario=${SCENARIO}&lang=en`;

async function firstVisit(browser: Browser, url: string, key: 'choice' | 'menu') {
  const p = await freshPage(browser);
  try {
    await throttle(p.cdp);
    const probe = await installLoadProbe(p.page, p.cdp, key === 'choice');
    await p.page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
    const marks = await probe.read(key);
    // A deep link's customer: how long until every face of theirs is on the stage.
    return key === 'choice' ? await probe.read('faces') : marks;
  } finally {
    await p.close();
  }
}

/** A first visit (not throttled: only the second is measured), then a throttled deep link in a new page. */
async function secondVisit(browser: Browser, base: string) {
  const p = await freshPage(browser, { serviceWorkers: 'allow' });
  try {
    await p.page.goto(`${base}/?lang=en`);
    await p.page.locator('html[data-offline=ready]').waitFor({ state: 'attached', timeout: 60_000 });
    await p.page.close();
    const page = await p.context.newPage();
    await untilBrowserIdle(browser);
    const cdp = await p.context.newCDPSession(page);
    await throttle(cdp);
    const probe = await installLoadProbe(page, cdp, true);
    await page.goto(deepLink(base), { waitUntil: 'commit', timeout: 60_000 });
    const marks = await probe.read('choice');
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null)))
      throw new Error('the second visit was not served by the service worker');
    return marks;
  } finally {
    await p.close();
  }
}

/** Deep link, menu and a second-visit deep link under the mobile profile. */
export async function measureMobile(browser: Browser, base: string): Promise<MobileSample> {
  const d = await firstVisit(browser, deepLink(base), 'choice');
  const m = await firstVisit(browser, `${base}/`, 'menu');
  const s = await secondVisit(browser, base);
  return {
    briefMs: d.brief!,
    choiceMs: d.choice!,
    facesMs: d.faces!,
    menuMs: m.menu!,
    secondBriefMs: s.brief!,
    secondChoiceMs: s.choice!,
    deepLinkWaterfall: [...(d.resources ?? [])].sort((a, b) => a.start - b.start),
  };
}
