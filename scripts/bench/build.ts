/**
 * Builds what the bench measures, in the same run and with the same Vite: the game (the project's
 * own vite.config.ts, plus a build manifest) and the bare Phaser page (bench/bare-phaser/), each
 * into its own folder under dist-bench/ (git-ignored).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'vite';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** One chunk of Vite's build manifest (`.vite/manifest.json`). */
export interface ManifestChunk {
  readonly file: string;
  readonly name?: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly isDynamicEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
  readonly assets?: readonly string[];
}

/** A build ready to serve: its folder, its manifest and how long it took. */
export interface BuiltSite {
  readonly name: 'game' | 'bare';
  readonly outDir: string;
  readonly manifest: Readonly<Record<string, ManifestChunk>>;
  readonly buildMs: number;
}

/** Shared by both builds so the comparison is fair (same target, nothing inlined). */
const COMMON_BUILD = {
  emptyOutDir: true,
  manifest: true,
  target: 'es2022',
  assetsInlineLimit: 0,
  chunkSizeWarningLimit: 1500,
  reportCompressedSize: false,
} as const;

function readManifest(outDir: string): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(resolve(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
}

/** Builds the game exactly as `npm run build` does, with only the shipped scenarios. */
export async function buildGame(): Promise<BuiltSite> {
  const outDir = resolve(ROOT, 'dist-bench/game');
  // The browser tests add fixture scenarios through this variable; the bench measures the real game.
  delete process.env['HOT_SEAT_EXTRA_SCENARIOS'];
  const t0 = performance.now();
  await build({
    root: ROOT,
    configFile: resolve(ROOT, 'vite.config.ts'),
    mode: 'production',
    logLevel: 'warn',
    build: { ...COMMON_BUILD, outDir },
  });
  return { name: 'game', outDir, manifest: readManifest(outDir), buildMs: performance.now() - t0 };
}

/** Builds bench/bare-phaser/: one Phaser game drawing one rectangle. */
export async function buildBare(): Promise<BuiltSite> {
  const outDir = resolve(ROOT, 'dist-bench/bare');
  const t0 = performance.now();
  await build({
    root: resolve(ROOT, 'bench/bare-phaser'),
    configFile: false,
    mode: 'production',
    logLevel: 'warn',
    build: { ...COMMON_BUILD, outDir },
  });
  return { name: 'bare', outDir, manifest: readManifest(outDir), buildMs: performance.now() - t0 };
}
