/**
 * `npm run icons`: draws the installable app's icons (public/icons/*.png) from public/favicon.svg
 * with the system Chromium: 192 and 512 px, a maskable 512 px one with the safe-zone margin, and
 * the page's 32 px icon (a bitmap: an SVG icon is a document of its own that the page's thread
 * builds, about 60 ms on a slow phone, just as a conversation starts).
 */
import { readFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { launchOptions } from '../../tests/e2e/browser.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const svg = readFileSync(resolve(ROOT, 'public/favicon.svg'), 'utf8');
const OUT = resolve(ROOT, 'public/icons');
mkdirSync(OUT, { recursive: true });

const browser = await chromium.launch({ ...launchOptions('full'), headless: true });
try {
  for (const { name, size, maskable } of [
    { name: 'icon-32.png', size: 32, maskable: false },
    { name: 'icon-192.png', size: 192, maskable: false },
    { name: 'icon-512.png', size: 512, maskable: false },
    { name: 'icon-maskable-512.png', size: 512, maskable: true },
  ]) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    // Maskable: the drawing within the central 80 % on the icon's own background colour.
    const inner = maskable ? Math.round(size * 0.7) : size;
    await page.setContent(
      `<body style="margin:0;background:${maskable ? '#1b2330' : 'transparent'};display:grid;place-items:center;width:${size}px;height:${size}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</body>`,
    );
    await page.screenshot({ path: resolve(OUT, name), omitBackground: !maskable });
    await page.close();
  }
} finally {
  await browser.close();
}
