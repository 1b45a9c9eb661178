/**
 * `vite preview` with the game's headers plugin (build/first-screen-page.ts): it sends the build's
 * headers, compresses by default, and answers uncompressed when asked to (the browser tests' server,
 * `HOT_SEAT_PREVIEW_GZIP=0`), which relies on the plugin's middleware running before Vite's own
 * compression.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { preview } from 'vite';
import { HEADERS_FILE, previewHeadersPlugin } from '../../build/first-screen-page.ts';

const root = mkdtempSync(join(tmpdir(), 'hot-seat-preview-'));
mkdirSync(join(root, 'dist'));
// Large enough for Vite to compress (it leaves bodies under 1 KB as they are).
writeFileSync(join(root, 'dist/index.html'), `<!doctype html><title>t</title>${'<p>words</p>'.repeat(400)}`);
writeFileSync(join(root, 'dist', HEADERS_FILE), '/*\n  X-Test-Header: yes\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The headers of `/`, asked for with gzip accepted, from a preview server with the plugin. */
async function served(compress: boolean): Promise<Headers> {
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [previewHeadersPlugin({ compress })],
    preview: { host: '127.0.0.1', port: 0 },
  });
  try {
    const answer = await fetch(server.resolvedUrls!.local[0]!, { headers: { 'accept-encoding': 'gzip' } });
    await answer.arrayBuffer();
    return answer.headers;
  } finally {
    await server.close();
  }
}

describe('the preview server', () => {
  it('sends the build headers and compresses by default', async () => {
    const headers = await served(true);
    expect(headers.get('x-test-header')).toBe('yes');
    expect(headers.get('content-encoding')).toBe('gzip');
  });

  it('answers uncompressed when asked to, with the same headers', async () => {
    const headers = await served(false);
    expect(headers.get('x-test-header')).toBe('yes');
    expect(headers.get('content-encoding')).toBeNull();
  });
});
