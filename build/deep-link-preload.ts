/**
 * Vite plugin (build only): the page's first response already names what a deep link needs.
 * A small script inline at the top of the page reads `?scenario=` and picks the language as the
 * game will, then adds `<link rel="modulepreload">` for that scenario's chunk, its words in that
 * language, the conversation screen's code and the interface's words in that language, so they
 * download beside the entry
 * instead of a round trip later. The files it may name are in a JSON block beside it, so the
 * script is the same in every build and the CSP allows it by one fixed hash (build/csp.ts).
 *
 * The block also names the stage's chunk, which a menu fetches without running
 * (src/app/stage-code.ts).
 *
 * Any other page (the menu, progress) lists things in the learner's words: the script makes one
 * `Intl.ListFormat` while the page waits for its code. The first a browser makes loads its list
 * data (about 85 ms on Lighthouse's slowed CPU, a few ms after that), which the menu's cards
 * otherwise paid for before they showed; a deep link's brief needs none, so it is left alone.
 */
import type { Plugin, Rollup } from 'vite';
import { LANGUAGES } from '../src/engine/index.ts';
import { builtPagePlugin } from './built-page.ts';
import { scenarioOf } from './scenario-modules.ts';

const LOCALE = /locales\/([^/]+)\/ui\.json$/;
/** The stage's code, which a menu fetches without running (src/app/stage-code.ts). */
const STAGE = /src\/stage\/phaser-stage\.ts$/;
/** The conversation screen's code, which only a scenario needs (src/app/screen-chunks.ts). */
const CONVERSATION = /src\/ui\/conversation\/conversation-screen\.ts$/;

/** The id of the page's JSON block of files (a data block: never run, so no CSP applies to it). */
export const FILES_BLOCK = 'deep-link-files';

/**
 * The inline script. Its language is src/i18n/negotiate.ts's `pickLanguage` over the link's
 * `lang=`, the saved setting (kept only when it names a language exactly, as
 * src/app/settings.ts keeps it) and `navigator.languages`, so a first visit fetches the words the
 * game will ask for.
 */
export const PRELOAD_SCRIPT = `(function () {
  var block = document.getElementById('${FILES_BLOCK}'), m, saved = null, lang = '';
  try { m = JSON.parse(block.textContent); } catch (e) { return; }
  try { saved = JSON.parse(localStorage.getItem('hot-seat:settings') || 'null'); } catch (e) {}
  var q = new URLSearchParams(location.search), all = m.a, own = Object.prototype.hasOwnProperty, id = q.get('scenario') || '';
  function match(tag) {
    if (typeof tag !== 'string' || !tag) return '';
    var t = tag.trim().toLowerCase().replace('_', '-'), rest = t.split('-'), base = rest.shift();
    for (var i = 0; i < all.length; i++) if (all[i].toLowerCase() === t) return all[i];
    if (base === 'zh') return rest.some(function (r) { return /^(hant|tw|hk|mo)$/.test(r); }) ? '' : 'zh-CN';
    return all.indexOf(base) < 0 ? '' : base;
  }
  var tags = [q.get('lang'), saved && all.indexOf(saved.lang) >= 0 ? saved.lang : ''].concat(navigator.languages || []);
  for (var i = 0; i < tags.length && !lang; i++) lang = match(tags[i]);
  var words = own.call(m.w, id) ? m.w[id] : {};
  var known = own.call(m.s, id);
  [known && m.s[id], own.call(words, lang) && words[lang], known && m.c, own.call(m.l, lang) && m.l[lang]].forEach(function (file) {
    if (!file) return;
    var link = document.createElement('link');
    link.rel = 'modulepreload';
    link.setAttribute('data-deep-link', '');
    link.href = m.b + file;
    document.head.appendChild(link);
  });
  if (known) return;
  function warm() { try { new Intl.ListFormat(lang || 'en', { type: 'conjunction', style: 'narrow' }).format(['a', 'b']); } catch (e) {} }
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm); else setTimeout(warm, 0);
})();`;

/**
 * The JSON block for the given files (ids and languages → file under `base`; `words`: scenario
 * id → language → its words' file; `conversation`: the conversation screen's). `<` is escaped,
 * so no text in it can end the block.
 */
export function filesBlock(
  base: string,
  scenarios: Record<string, string>,
  languages: Record<string, string>,
  words: Record<string, Record<string, string>> = {},
  conversation = '',
  stage = '',
): string {
  const json = JSON.stringify({ b: base, a: LANGUAGES, s: scenarios, l: languages, w: words, c: conversation, g: stage }).replaceAll(
    '<',
    '\\u003c',
  );
  return `<script type="application/json" id="${FILES_BLOCK}">${json}</script>`;
}

function chunkMaps(bundle: Rollup.OutputBundle) {
  const scenarios: Record<string, string> = {};
  const languages: Record<string, string> = {};
  const words: Record<string, Record<string, string>> = {};
  let conversation = '';
  let stage = '';
  for (const out of Object.values(bundle)) {
    if (out.type !== 'chunk') continue;
    if (out.moduleIds.some((id) => CONVERSATION.test(id))) conversation = out.fileName;
    if (out.facadeModuleId && STAGE.test(out.facadeModuleId)) stage = out.fileName;
    if (!out.facadeModuleId) continue;
    const s = scenarioOf(out.facadeModuleId);
    if (s?.lang === undefined) {
      if (s) scenarios[s.id] = out.fileName;
    } else (words[s.id] ??= {})[s.lang] = out.fileName;
    const l = LOCALE.exec(out.facadeModuleId);
    if (l && out.isDynamicEntry) languages[l[1]!] = out.fileName;
  }
  if (!conversation) throw new Error('the build has no chunk of the conversation screen (src/app/screen-chunks.ts)');
  if (!stage) throw new Error('the build has no chunk of the stage (src/stage/phaser-stage.ts)');
  return { scenarios, languages, words, conversation, stage };
}

export function deepLinkPreloadPlugin(): Plugin {
  return builtPagePlugin('hot-seat-deep-link-preload', ({ page, bundle, base }) => {
    const { scenarios, languages, words, conversation, stage } = chunkMaps(bundle);
    // Before the entry and the stylesheet: an inline script after a stylesheet waits for it.
    const tag = `${filesBlock(base, scenarios, languages, words, conversation, stage)}\n    <script>${PRELOAD_SCRIPT}</script>\n    `;
    page.source = String(page.source).replace('<script type="module"', `${tag}<script type="module"`);
  });
}
