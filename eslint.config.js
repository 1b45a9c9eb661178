// Lint rules that keep the architecture honest: the engine stays pure (no Phaser, howler, i18next,
// IndexedDB or DOM), and text is never parsed as HTML anywhere.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/**
 * The layers, lowest first: engine ← i18n, packaging ← ui, stage, audio ← app. A folder may
 * import its own files and the folders this list allows it, never one beside or above it:
 * - adapters/ (storage, workers) and sw/ (the service worker) use the engine alone; only app/,
 *   the composition root, builds adapters, and nothing imports sw/ (the page registers it by URL);
 * - the stage implements the one port the screens own (ui/stage-host.ts), its only way into ui/;
 * - lms/ (SCORM and cmi5 sessions) sits between ui/ and app/: it uses the DOM helpers of ui/,
 *   never the stage or sound, and is loaded by app/;
 * - `build/` (the Vite plugins) uses the engine only.
 */
/** Every folder under src/, read from disk: a new one is banned to all the others until ALLOWED names it. */
const FOLDERS = readdirSync(new URL('./src', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const ALLOWED = {
  adapters: ['engine'],
  i18n: ['engine'],
  packaging: ['engine'],
  sw: ['engine'],
  ui: ['engine', 'i18n', 'packaging'],
  stage: ['engine', 'i18n', 'packaging'],
  audio: ['engine', 'i18n', 'packaging'],
  lms: ['engine', 'i18n', 'packaging', 'ui'],
  app: ['engine', 'adapters', 'i18n', 'packaging', 'ui', 'stage', 'audio', 'lms'],
};
/** A single file a folder may import from a folder it may not: the stage's port into ui/. */
const PORTS = { stage: 'ui/stage-host.ts' };
/**
 * One zone per folder, checked on the file each import resolves to (import-x's
 * no-restricted-paths), not on the import's text: `../lms/x.ts` is src/lms from src/ui but
 * src/engine/lms from src/engine/scenario, and only the resolved path tells them apart.
 */
const layerZone = (folder, allowed) => {
  const port = PORTS[folder];
  return {
    target: `src/${folder}`,
    from: 'src',
    except: [folder, ...allowed, ...(port ? [port] : [])].map((f) => `./${f}`),
    message: `src/${folder} may import only src/${allowed.join(', src/')}${port ? ` and ${port}` : ''} (the layers in eslint.config.js); move what both need to a folder both may import.`,
  };
};
const LAYER_ZONES = [
  // A folder not yet in ALLOWED may use the engine alone.
  ...FOLDERS.filter((f) => f !== 'engine').map((folder) => layerZone(folder, ALLOWED[folder] ?? ['engine'])),
  { target: 'build', from: 'src', except: ['./engine'], message: 'build/ uses the engine only (src/engine).' },
];

const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'HTMLElement',
  'Element',
  'Node',
  'Event',
  'CustomEvent',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'matchMedia',
  'performance',
  'fetch',
  'Audio',
  'Image',
];

export default tseslint.config(
  {
    ignores: ['dist/', 'dist-test/', 'dist-bench/', 'node_modules/', 'test-results/', 'playwright-report/', 'bench-results/', 'coverage/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Set text with textContent; scenario text must never be parsed as HTML.' },
        { property: 'outerHTML', message: 'Build elements with ui/dom.ts; never parse HTML.' },
        { property: 'insertAdjacentHTML', message: 'Build elements with ui/dom.ts; never parse HTML.' },
        { object: 'document', property: 'write', message: 'Never write markup into the document.' },
        { property: 'createContextualFragment', message: 'Never parse HTML.' },
      ],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='DOMParser']", message: 'Never parse HTML.' }],
    },
  },
  {
    // Every promise has an owner: one that is fired and forgotten, or passed where a callback
    // returning nothing is expected, would fail without a word.
    files: ['src/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // `void` does not count as an owner: it is exactly how a rejection got lost.
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'build/**/*.ts'],
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: LAYER_ZONES }] },
  },
  {
    files: ['src/engine/**/*.ts'],
    // Tests beside the engine may read fixtures from disk; the engine itself may not.
    ignores: ['src/engine/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['phaser', 'phaser/*', 'howler', 'i18next', 'i18next/*', 'idb', 'dexie'],
              message: 'The engine is pure: no Phaser, howler, i18next or storage libraries.',
            },
          ],
        },
      ],
      // Nothing outside src/engine but packages: no other folder, and no scripts or tests.
      'import-x/no-restricted-paths': [
        'error',
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: 'src/engine',
              from: '.',
              except: ['./src/engine', './node_modules'],
              message: 'The engine imports nothing outside src/engine but packages.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({
          name,
          message: 'The engine runs in Node: no DOM. Take what you need through a port (src/engine/ports.ts).',
        })),
      ],
    },
  },
);
