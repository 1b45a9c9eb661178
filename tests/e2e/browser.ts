/**
 * Which Chromium the browser tests drive: Debian's `/usr/bin/chromium` where present (or the path in
 * HOT_SEAT_CHROMIUM), else Playwright's own download, else a clear message saying how to get one.
 */
import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from '@playwright/test';

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

export function launchOptions(): LaunchOptions {
  const override = process.env['HOT_SEAT_CHROMIUM'];
  const system = [override, ...SYSTEM_CHROMIUM].find((p): p is string => !!p && existsSync(p));
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
      '  On Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk\n' +
      '  Elsewhere:        npx playwright install chromium\n' +
      '  Or point HOT_SEAT_CHROMIUM at a Chromium or Chrome executable.',
  );
}
