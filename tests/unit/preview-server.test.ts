/**
 * `vite preview` with the game's headers plugin (build/first-screen-page.ts): it sends the build's
 * headers, compresses by default, and answers uncompressed when asked to (the browser tests' server,
 * `HOT_SEAT_PREVIEW_GZIP=0`), which relies on the plugin's middleware running before Vite's own
 * compression.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { preview, type PreviewServer } from 'vite';
import { HEADERS_FILE, previewHeadersPlugin } from '../../build/first-screen-page.ts';

const root = mkdtempSync(join(tmpdir(), 'hot-seat-preview-'));
mkdirSync(join(root, 'dist'));
// Large enough for Vite to compress (it leaves bodies under 1 KB as they are).
writeFileSync(join(root, 'dist/index.html'), `<!doctype html><title>t</title>${'<p>words</p>'.repeat(400)}`);
writeFileSync(join(root, 'dist', HEADERS_FILE), '/*\n  X-Test-Header: yes\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The headers of `/` asked for with gzip accepted. */
function headersOf(server: PreviewServer): Promise<Record<string, string | string[] | undefined>> {
  const url = server.resolvedUrls!.local[0]!;
  return new Promise((done, fail) => {
    request(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      res.resume();
      res.on('end', () => done(res.headers));
    })
      .on('error', fail)
      .end();
  });
}

async function served(compress: boolean): Promise<Record<string, string | string[] | undefined>> {
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [previewHeadersPlugin({ compress })],
    preview: { host: '127.0.0.1', port: 0 },
  });
  try {
    return await headersOf(server);
  } finally {
    await server.close();
  }
}

describe('the preview server', () => {
  it('sends the build headers and compresses by default', async () => {
    const headers = await served(true);
    expect(headers['x-test-header']).toBe('yes');
    expect(headers['content-encoding']).toBe('gzip');
  });

  it('answers uncompressed when asked to, with the same headers', async () => {
    const headers = await served(false);
    expect(headers['x-test-header']).toBe('yes');
    expect(headers['content-encoding']).toBeUndefined();
  });
});
