/**
 * A stand-in LMS for the browser tests: the built game packaged as `npm run package` packages it
 * (from dist-test), served from memory under /lms/pkg/, and a host page under /lms/ whose window
 * carries scorm-again (the LMS-side SCORM runtime) as `API` or `API_1484_11`, with the package in
 * an iframe, as an LMS shows a SCO.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import type { Scenario } from '../../src/engine/index.ts';
import type { LmsFormat } from '../../src/packaging/manifests.ts';
import { buildPackage, type BuildFiles } from '../../src/packaging/package-zip.ts';

const root = resolve(import.meta.dirname, '../..');
const dist = resolve(root, 'dist-test');
const packages = new Map<string, Promise<Record<string, Uint8Array>>>();

/** The files of a package of `scenario` (and `more`) in `format`, built from dist-test as `npm run package` does. */
export function packageOf(format: LmsFormat, scenario: Scenario, more: readonly Scenario[] = []): Promise<Record<string, Uint8Array>> {
  const key = `${format}:${[scenario, ...more].map((s) => s.id).join(',')}`;
  if (!packages.has(key)) {
    const build = JSON.parse(readFileSync(resolve(dist, 'package-files.json'), 'utf8')) as BuildFiles;
    packages.set(
      key,
      buildPackage({ format, scenarios: [scenario, ...more], build, read: async (p) => readFileSync(resolve(dist, p)) }).then((zip) =>
        unzipSync(zip),
      ),
    );
  }
  return packages.get(key)!;
}

const TYPES: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  svg: 'image/svg+xml',
  mp3: 'audio/mpeg',
  webm: 'audio/webm',
  xml: 'application/xml',
  md: 'text/markdown',
};

/** Serves the package's files under /lms/pkg/ (404 for anything it does not hold). */
export async function servePackage(page: Page, files: Record<string, Uint8Array>): Promise<void> {
  await page.route('**/lms/pkg/**', (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.replace(/^\/lms\/pkg\//, ''));
    const body = files[path];
    if (!body) return route.fulfill({ status: 404, body: 'not in the package' });
    return route.fulfill({
      status: 200,
      body: Buffer.from(body),
      contentType: TYPES[path.split('.').pop() ?? ''] ?? 'application/octet-stream',
    });
  });
}

export interface HostOptions {
  /** The cmi data the LMS kept from an earlier session (scorm-again's JSON), for a relaunch. */
  readonly saved?: unknown;
  /** Data-model elements whose SetValue the LMS fails with a general exception. */
  readonly failSet?: string;
}

/**
 * Opens the host page with the SCO of `scenarioId` in an iframe. `window.cmi()` on the host gives
 * the LMS's data (scorm-again's JSON); `window.closeSco()` removes the iframe, as an LMS does when
 * the learner leaves the SCO.
 */
export async function openInLms(page: Page, version: '1.2' | '2004', scenarioId: string, options: HostOptions = {}): Promise<void> {
  const lib = version === '1.2' ? 'scorm12' : 'scorm2004';
  const format = version === '1.2' ? 'scorm12' : 'scorm2004';
  await page.route('**/lms/scorm-again.js', (route) =>
    route.fulfill({
      body: readFileSync(resolve(root, `node_modules/scorm-again/dist/${lib}.min.js`), 'utf8'),
      contentType: 'text/javascript',
    }),
  );
  await page.route('**/lms/host.html', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: hostPage(version, `pkg/index.html?lms=${format}&scenario=${encodeURIComponent(scenarioId)}`, options),
    }),
  );
  await page.goto('/lms/host.html');
}

function hostPage(version: '1.2' | '2004', src: string, o: HostOptions): string {
  const name = version === '1.2' ? 'API' : 'API_1484_11';
  const ctor = version === '1.2' ? 'Scorm12API' : 'Scorm2004API';
  const [set, lastError, errorText] =
    version === '1.2' ? ['LMSSetValue', 'LMSGetLastError', 'LMSGetErrorString'] : ['SetValue', 'GetLastError', 'GetErrorString'];
  return `<!doctype html><html><head><title>LMS</title><script src="scorm-again.js"></script></head><body>
<script>
  const api = new ${ctor}({ logLevel: 5, autocommit: false });
  const saved = ${JSON.stringify(o.saved ?? null)};
  if (saved) api.loadFromJSON(saved);
  const failSet = ${JSON.stringify(o.failSet ?? null)};
  if (failSet) {
    let failed = false;
    const set = api.${set}.bind(api), last = api.${lastError}.bind(api), text = api.${errorText}.bind(api);
    api.${set} = (el, v) => { failed = el.startsWith(failSet); return failed ? 'false' : set(el, v); };
    api.${lastError} = () => (failed ? '101' : last());
    api.${errorText} = (c) => (String(c) === '101' && failed ? 'General exception: the LMS database is unavailable' : text(c));
  }
  window.${name} = api;
  window.cmi = () => JSON.parse(JSON.stringify(api.renderCMIToJSONObject()));
  window.closeSco = () => document.querySelector('iframe').remove();
</script>
<iframe src="${src}" title="SCO" style="width:1200px;height:760px"></iframe>
</body></html>`;
}
