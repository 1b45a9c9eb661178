/**
 * Vite plugin (build only): the page's first response already names what a deep link needs.
 * A small classic script (no inline code, so the CSP stays strict), fetched alongside the entry,
 * reads `?scenario=` and `?lang=` (or the saved language) and adds `<link rel="modulepreload">`
 * for that scenario's chunk and that language's words, so they download while the entry is still
 * arriving instead of after it has run.
 */
import type { Plugin, Rollup } from 'vite';

const SCENARIO = /\0virtual:scenario\/(.+)$/;
const LOCALE = /locales\/([^/]+)\/ui\.json$/;

/** The preload script's code for the given chunk maps (ids and languages → file under `base`). */
export function preloadScript(base: string, scenarios: Record<string, string>, languages: Record<string, string>): string {
  const map = JSON.stringify({ s: scenarios, l: languages });
  return `(function () {
  var m = ${map}, q = new URLSearchParams(location.search), saved = null;
  try { saved = JSON.parse(localStorage.getItem('hot-seat:settings') || 'null'); } catch (e) {}
  var lang = q.get('lang') || (saved && saved.lang) || '';
  [m.s[q.get('scenario') || ''], m.l[lang]].forEach(function (file) {
    if (!file) return;
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.setAttribute('data-deep-link', '');
    link.href = ${JSON.stringify(base)} + file;
    document.head.appendChild(link);
  });
})();
`;
}

function chunkMaps(bundle: Rollup.OutputBundle): { scenarios: Record<string, string>; languages: Record<string, string> } {
  const scenarios: Record<string, string> = {};
  const languages: Record<string, string> = {};
  for (const out of Object.values(bundle)) {
    if (out.type !== 'chunk' || !out.facadeModuleId) continue;
    const s = SCENARIO.exec(out.facadeModuleId);
    if (s) scenarios[s[1]!] = out.fileName;
    const l = LOCALE.exec(out.facadeModuleId);
    if (l && out.isDynamicEntry) languages[l[1]!] = out.fileName;
  }
  return { scenarios, languages };
}

export function deepLinkPreloadPlugin(): Plugin {
  let base = '/';
  return {
    name: 'hot-seat-deep-link-preload',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const page = bundle['index.html'];
        if (!page || page.type !== 'asset') return;
        const { scenarios, languages } = chunkMaps(bundle);
        const ref = this.emitFile({ type: 'asset', name: 'preload.js', source: preloadScript(base, scenarios, languages) });
        const tag = `<script async src="${base}${this.getFileName(ref)}"></script>\n    `;
        page.source = String(page.source).replace('<script type="module"', `${tag}<script type="module"`);
      },
    },
  };
}
