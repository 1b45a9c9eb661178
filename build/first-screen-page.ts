/**
 * Vite plugin (build only): a first visit gets the first screen's code and styles inside the page,
 * so nothing stands between the page's own response and the first screen. Under Lighthouse's
 * mobile profile that is one round trip (about 0.56 s) less before the menu or a brief.
 *
 * Two pages come out of one build:
 * - `index.html`, for the network: the first screen's code in an inline module, its styles in a
 *   `<style>`, both allowed by their hashes in the Content-Security-Policy;
 * - `app.html`, for the service worker: the same page with that code and those styles as files
 *   (`assets/first-screen-….js`, the stylesheet), which the browser keeps compiled between visits,
 *   where an inline script is compiled afresh every time.
 *
 * The build also writes `_headers` (the format Netlify and Cloudflare Pages read): the security
 * headers with this build's policy. `vite preview` sends them (`previewHeadersPlugin`).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, securityHeaders } from './csp.ts';
import { builtPagePlugin } from './built-page.ts';
import { inlineChunk } from './first-screen-inline.ts';

/** The page the service worker serves (src/sw/sw.ts). */
export const APP_PAGE = 'app.html';
/** The headers file the build writes beside the page. */
export const HEADERS_FILE = '_headers';

export function firstScreenPagePlugin(): Plugin {
  return builtPagePlugin(
    'hot-seat-first-screen-page',
    ({ page, bundle, base, build }) => {
      const html = String(page.source);
      const src = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html)?.[1] ?? '';
      const entry = bundle[src.slice(base.length)];
      if (!src.startsWith(base) || entry?.type !== 'chunk') throw new Error(`index.html names no chunk of the build: '${src}'`);
      // The entry is the first screen's chunk, or a facade that only imports it.
      const facade = entry.imports.length === 1 && !entry.code.replace(/import\s*["'][^"']*["'];?/g, '').trim();
      const first = facade ? bundle[entry.imports[0]!] : entry;
      if (first?.type !== 'chunk') throw new Error(`${entry.fileName} imports what the build did not make`);
      const { code, shim } = inlineChunk(first.code, first.fileName);
      if (/<!--/.test(code)) throw new Error("the first screen's code holds '<!--', which an inline script cannot");
      // `<\/script` is the same text to JavaScript (in a string, a template or a pattern) and ends nothing in HTML.
      const script = code.replace(/<\/(script)/gi, '<\\/$1');
      const fileName = `assets/first-screen-${createHash('sha256').update(script).digest('base64url').slice(0, 8)}.js`;
      build.emitFile({ type: 'asset', fileName, source: script });
      first.code = shim;
      if (facade) delete bundle[entry.fileName];

      const entryTag = new RegExp(`<script type="module" crossorigin src="${escape(src)}"></script>`);
      const sheetTag = new RegExp(`<link rel="stylesheet" crossorigin href="${escape(base)}(assets/[^"]+\\.css)">`, 'g');
      // Every later chunk imports the first screen's exports from its file: fetched at once, it costs no round trip later.
      const exportsLink = `\n    <link rel="modulepreload" crossorigin href="${base}${first.fileName}">`;
      const styles: string[] = [];
      let inline = html.replace(entryTag, () => `<script type="module">${script}</script>${exportsLink}`);
      inline = inline.replace(sheetTag, (_tag, file: string) => {
        const css = bundle[file];
        if (css?.type !== 'asset') throw new Error(`index.html names a stylesheet the build did not make: ${file}`);
        const text = String(css.source);
        if (/<\/style/i.test(text)) throw new Error(`${file} holds '</style', which an inline style cannot`);
        styles.push(text);
        return `<style>${text}</style>`;
      });
      const policy = contentSecurityPolicy({ scripts: [script], styles });
      const meta = /<meta http-equiv="Content-Security-Policy" content="[^"]*">/;
      if (!meta.test(html)) throw new Error('index.html has no Content-Security-Policy to add the hashes to (build/csp.ts)');
      const withPolicy = (h: string) => h.replace(meta, () => `<meta http-equiv="Content-Security-Policy" content="${policy}">`);
      page.source = withPolicy(inline);
      const external = html.replace(entryTag, () => `<script type="module" crossorigin src="${base}${fileName}"></script>${exportsLink}`);
      build.emitFile({ type: 'asset', fileName: APP_PAGE, source: withPolicy(external) });
      const headers = Object.entries(securityHeaders(policy)).map(([name, value]) => `  ${name}: ${value}\n`);
      build.emitFile({ type: 'asset', fileName: HEADERS_FILE, source: `/*\n${headers.join('')}` });
    },
    { config: () => ({ build: { modulePreload: { polyfill: false } } }) },
  );
}

/**
 * `vite preview` sends the headers the build wrote (a page with hashes no header allows would not
 * run). With `compress: false` it answers uncompressed: it gzips every response afresh otherwise,
 * which on loopback only costs CPU (the browser tests open the game in a fresh context each time;
 * `HOT_SEAT_PREVIEW_GZIP=0`).
 */
export function previewHeadersPlugin({ compress = true }: { compress?: boolean } = {}): Plugin {
  return {
    name: 'hot-seat-preview-headers',
    configurePreviewServer(server) {
      const file = resolve(server.config.root, server.config.build.outDir, HEADERS_FILE);
      if (!existsSync(file)) throw new Error(`${file} is missing: build the game first (npm run build)`);
      const headers = [...readFileSync(file, 'utf8').matchAll(/^\s+([\w-]+): (.*)$/gm)].map((m) => [m[1]!, m[2]!] as const);
      // Added before the server's own middleware, so its compression sees no Accept-Encoding.
      server.middlewares.use((req, res, next) => {
        if (!compress) delete req.headers['accept-encoding'];
        for (const [name, value] of headers) res.setHeader(name, value);
        next();
      });
    },
  };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
