import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { cspPlugin } from './build/csp.ts';
import { deepLinkPreloadPlugin } from './build/deep-link-preload.ts';
import { firstScreenChunk } from './build/first-screen-chunk.ts';
import { firstScreenPagePlugin, previewHeadersPlugin } from './build/first-screen-page.ts';
import { packageFilesPlugin } from './build/package-files.ts';
import { phaserCorePlugin } from './build/phaser-core.ts';
import { scenariosPlugin } from './build/vite-plugin-scenarios.ts';
import { scenarioOf } from './build/scenario-modules.ts';

const firstScreen = firstScreenChunk('src/app/main.ts');

export default defineConfig({
  plugins: [
    firstScreen.plugin,
    phaserCorePlugin(),
    // HOT_SEAT_EXTRA_SCENARIOS adds folders of scenario files (the browser tests add their fixtures).
    scenariosPlugin({ dirs: ['scenarios', ...(process.env['HOT_SEAT_EXTRA_SCENARIOS'] ?? '').split(',').filter(Boolean)] }),
    cspPlugin(),
    packageFilesPlugin(),
    deepLinkPreloadPlugin(),
    // After the preload is in the page: index.html with the first screen inline, app.html without.
    firstScreenPagePlugin(),
    previewHeadersPlugin({ compress: process.env['HOT_SEAT_PREVIEW_GZIP'] !== '0' }),
    // Offline after one visit: the worker precaches every file of the build (scenarios, languages,
    // portraits, sounds). It is registered by the game itself (src/app/offline.ts).
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false,
      registerType: 'prompt',
      includeAssets: [],
      manifest: {
        name: 'Hot Seat',
        short_name: 'Hot Seat',
        description: 'Practise handling upset customers on the phone, by e-mail, in chat and at the counter.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#1b2330',
        theme_color: '#1b2330',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{html,js,css,json,svg,png,webp,jpg,mp3,webm,ogg,m4a,woff2,webmanifest}'],
        // The stage's chunk (Phaser's Core build) is about 0.6 MB.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        // The licence notes and the trainers' schema are not part of play. Of a customer's
        // pictures the game shows the sprite (the stage) and the faces at rest (the menu); the
        // other frames' own files stay on the site for people, not in a learner's download.
        globIgnores: [
          '**/LICENSE.md',
          'portraits/*/*-blink.svg',
          'portraits/*/*-talk.svg',
          'portraits/*/worse.svg',
          'portraits/*/better.svg',
        ],
      },
    }),
  ],
  // Relative addresses, so the same files run from any folder: a web server's, or an LMS's.
  base: './',
  build: {
    target: 'es2022',
    // The stage's chunk, Phaser's Core build (build/phaser-core.ts), is about 0.6 MB; it loads
    // after the first screen is painted.
    chunkSizeWarningLimit: 1500,
    // No inline data: modules: the CSP would have to allow them.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'game', test: firstScreen.test }] },
        // A scenario's words in one language are named for it: late-delivery.vi-<hash>.js.
        chunkFileNames: (chunk) => {
          const lang = scenarioOf(chunk.facadeModuleId)?.lang;
          return `assets/[name]${lang ? `.${lang}` : ''}-[hash].js`;
        },
      },
    },
  },
  server: { host: '127.0.0.1', port: 5173 },
  // The headers a host should send (README, "Security") come from the build's _headers
  // (previewHeadersPlugin); the dev server has no CSP by design.
  preview: { host: '127.0.0.1', port: 4173 },
});
