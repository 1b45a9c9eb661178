import { defineConfig } from 'vite';
import { cspPlugin, SECURITY_HEADERS } from './build/csp.ts';
import { packageFilesPlugin } from './build/package-files.ts';
import { scenariosPlugin } from './build/vite-plugin-scenarios.ts';

export default defineConfig({
  plugins: [
    // HOT_SEAT_EXTRA_SCENARIOS adds folders of scenario files (the browser tests add their fixtures).
    scenariosPlugin({ dirs: ['scenarios', ...(process.env['HOT_SEAT_EXTRA_SCENARIOS'] ?? '').split(',').filter(Boolean)] }),
    cspPlugin(),
    packageFilesPlugin(),
  ],
  // Relative addresses, so the same files run from any folder: a web server's, or an LMS's.
  base: './',
  build: {
    target: 'es2022',
    // Phaser is one 1.4 MB module that does not tree-shake; it loads after the first screen.
    chunkSizeWarningLimit: 1500,
    // No inline data: modules: the CSP would have to allow them.
    assetsInlineLimit: 0,
  },
  server: { host: '127.0.0.1', port: 5173 },
  // The headers a host should send (README, "Security"); the dev server has no CSP by design.
  preview: { host: '127.0.0.1', port: 4173, headers: { ...SECURITY_HEADERS } },
});
