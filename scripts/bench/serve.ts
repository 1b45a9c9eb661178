/**
 * A tiny static file server for the bench's builds: loopback only, ports 4400–4499 (the browser
 * tests use 4173 and 4300+), no caching, and no compression unless asked (the bench computes gzip
 * sizes itself; the mobile loads are served compressed, as a real host serves them).
 * Any path without a file extension serves index.html, so deep links like `/?scenario=…` work.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.mp3': 'audio/mpeg',
  '.webm': 'audio/webm',
  '.md': 'text/markdown; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.webp': 'image/webp',
};

/** The first and last port the bench may use. */
export const PORT_RANGE = [4400, 4499] as const;

/** A running server: its base URL and how to stop it. */
export interface StaticSite {
  readonly url: string;
  close(): Promise<void>;
}

function fileFor(root: string, urlPath: string): string | undefined {
  const path = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  const wanted = extname(path) === '' ? '/index.html' : path;
  const file = resolve(root, '.' + normalize(join('/', wanted)));
  if (!file.startsWith(root)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function listen(server: Server, port: number): Promise<boolean> {
  return new Promise((done) => {
    const fail = () => done(false);
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      done(true);
    });
  });
}

/** Serves `root` on the first free port from `from` to `to` (by default the bench's PORT_RANGE). */
export async function serveStatic(
  root: string,
  from: number = PORT_RANGE[0],
  to: number = PORT_RANGE[1],
  options: { gzip?: boolean } = {},
): Promise<StaticSite> {
  const dir = resolve(root);
  const zipped = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const file = fileFor(dir, req.url ?? '/');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (options.gzip && /text|json|svg|javascript/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      if (!zipped.has(file)) zipped.set(file, gzipSync(readFileSync(file), { level: 9 }));
      const body = zipped.get(file)!;
      res.writeHead(200, {
        'content-type': type,
        'content-encoding': 'gzip',
        'content-length': body.byteLength,
        'cache-control': 'no-store',
        vary: 'accept-encoding',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': statSync(file).size,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  server.keepAliveTimeout = 1000;
  for (let port = from; port <= to; port++) {
    if (await listen(server, port)) {
      return {
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      };
    }
  }
  throw new Error(`no free port in ${from}–${to}`);
}
