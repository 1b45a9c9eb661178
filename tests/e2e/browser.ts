/**
 * Which Chromium the browser tests drive: Debian's headless shell (`/usr/bin/chromium-headless-shell`)
 * or Chromium where present (or the path in HOT_SEAT_CHROMIUM), else Playwright's own download, else
 * a clear message saying how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

/**
 * The headless shell first: it is the same Blink and V8 without the desktop browser around them
 * (Playwright's own default for headless runs), and the browser tests take about a quarter less
 * CPU in it (progress and features specs: 138 to 102 CPU-s). The bench measures what a learner's
 * browser does, so it asks for the full browser.
 */
const SYSTEM_SHELL = ['/usr/bin/chromium-headless-shell'];
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Flags for a closed network and a root user: no sandbox, no background traffic, no GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--autoplay-policy=user-gesture-required',
];

/** `browser`: 'shell' (tests) prefers the headless shell; 'full' (the bench) takes Chromium itself. */
export function launchOptions(browser: 'shell' | 'full' = 'shell'): LaunchOptions {
  const override = process.env['HOT_SEAT_CHROMIUM'];
  const system = [override, ...(browser === 'shell' ? SYSTEM_SHELL : []), ...SYSTEM_CHROMIUM].find(
    (p): p is string => !!p && existsSync(p),
  );
  if (system) return { executablePath: system, args: CHROMIUM_ARGS };
  let bundled = '';
  try {
    bundled = chromium.executablePath();
  } catch {
    bundled = '';
  }
  if (bundled && existsSync(bundled)) return { args: CHROMIUM_ARGS };
  throw new Error(
    'No Chromium found for the browser tests.\n' +
      '  On Debian/Ubuntu: sudo apt-get install -y chromium chromium-headless-shell fonts-noto-cjk\n' +
      '  Elsewhere:        npx playwright install chromium\n' +
      '  Or point HOT_SEAT_CHROMIUM at a Chromium or Chrome executable.',
  );
}
