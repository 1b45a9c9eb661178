// Lint rules that keep the architecture honest: the engine stays pure (no Phaser, howler, i18next,
// IndexedDB or DOM), and text is never parsed as HTML anywhere.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers, lowest first: engine ← adapters, i18n, packaging ← ui, stage, audio, lms ← app. A folder may import
 * its own files and the layers below it, never one beside or above it; `build/` (the Vite
 * plugins) uses the engine only. The stage implements the one port the screens own
 * (ui/stage-host.ts), so that file is its only way into ui/.
 */
const LAYERS = {
  adapters: ['ui', 'stage', 'audio', 'app', 'i18n'],
  i18n: ['ui', 'stage', 'audio', 'app', 'adapters'],
  ui: ['stage', 'audio', 'app', 'adapters'],
  stage: ['ui', 'audio', 'app', 'adapters'],
  audio: ['ui', 'stage', 'app', 'adapters'],
  // LMS sessions sit beside the screens: they use i18n and the DOM helpers, and are loaded by app/.
  lms: ['stage', 'audio', 'app', 'adapters'],
  // Package manifests and zips are built from the engine alone (in Node and in the browser).
  packaging: ['ui', 'stage', 'audio', 'app', 'adapters', 'i18n', 'lms'],
  // The service worker runs apart from the page: it may share only the engine and the locale files.
  sw: ['ui', 'stage', 'audio', 'app', 'adapters', 'i18n', 'lms', 'packaging'],
};
const layerRule = (folder, banned) => ({
  files: [`src/${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [...banned.map((b) => `**/${b}/*`), ...(folder === 'stage' ? ['!**/ui/stage-host.ts'] : []), '!**/engine/**'],
            message: `src/${folder} may import only the layers below it (engine ← adapters, i18n, packaging ← ui, stage, audio, lms ← app); move what both need to the lower layer.`,
          },
        ],
      },
    ],
  },
});

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
  ...Object.entries(LAYERS).map(([folder, banned]) => layerRule(folder, banned)),
  {
    files: ['build/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['app', 'ui', 'stage', 'audio', 'adapters', 'i18n'].map((l) => `**/src/${l}/*`),
              message: 'build/ uses the engine only (src/engine).',
            },
          ],
        },
      ],
    },
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
            {
              group: ['../../*', '../ui/*', '../stage/*', '../audio/*', '../app/*', '../i18n/*', '../adapters/*'],
              message: 'The engine imports nothing outside src/engine.',
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
