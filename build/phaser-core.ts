/**
 * The stage's own Phaser: built from Phaser's sources with its Core entry point (no physics,
 * tilemaps or plugins), the Canvas renderer only and no sound (the stage draws a few shapes on a
 * Canvas and howler plays the game's sound). Phaser's published bundle holds everything and does
 * not tree-shake; evaluating it is one long task on a phone, and its download is most of the game.
 *
 * Phaser's own builds set these flags with webpack's DefinePlugin, replacing the whole
 * `typeof FLAG` expression; this does the same for Phaser's source files.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { checkSteps, phaserModulesInOrder, STEPS_ID, stepsModule } from './phaser-steps.ts';

/** The feature flags Phaser's sources test, as its Canvas-only, soundless build sets them. */
export const PHASER_FLAGS: Readonly<Record<string, boolean>> = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: false,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  EXPERIMENTAL: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};

/**
 * `source` with each `typeof FLAG` Phaser tests replaced by the flag's value, and its entry point's
 * `global.Phaser` (webpack's name for the global object) named as browsers name it.
 */
export function setPhaserFlags(source: string): string {
  return source
    .replace(/typeof\s+([A-Z][A-Z0-9_]+)\b/g, (whole, flag: string) => (flag in PHASER_FLAGS ? String(PHASER_FLAGS[flag]) : whole))
    .replace(/(?<![\w.$])global\.Phaser\b/g, 'globalThis.Phaser');
}

/**
 * Phaser's device probe (device/Features.js) makes a WebGL context only to learn whether one can
 * be made: 50–75 ms of the page's main thread at 4× CPU, and a GPU context, on every visit, for a
 * stage that draws with Canvas only. Its other findings (the canvas, ImageData's type) stay.
 */
const WEBGL_PROBE = /canvas\.getContext\('webgl'\)\s*\|\|\s*canvas\.getContext\('experimental-webgl'\)/;

/** `source` (Phaser's device/Features.js) with its WebGL probe answered "no"; throws if there is none. */
export function withoutWebGLProbe(source: string): string {
  if (!WEBGL_PROBE.test(source))
    throw new Error(
      "build/phaser-core.ts: Phaser's WebGL probe in device/Features.js is not where it was; update WEBGL_PROBE " +
        'so that the Canvas-only stage makes no WebGL context.',
    );
  return source.replace(WEBGL_PROBE, 'null');
}

/** The folder of Phaser's sources in node_modules, which the stage's build compiles. */
export function phaserSources(): string {
  return join(dirname(createRequire(import.meta.url).resolve('phaser/package.json')), 'src');
}

export function phaserCorePlugin(): Plugin {
  const src = phaserSources();
  const entry = join(src, 'phaser-core.js');
  const features = join(src, 'device', 'Features.js');
  const stepsId = `\0${STEPS_ID}`;
  let building = false;
  let steps: readonly string[] = [];
  return {
    name: 'hot-seat-phaser-core',
    enforce: 'pre',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      // One plugin may serve several builds in a process (the service worker's): each lists its own.
      steps = [];
    },
    resolveId(id) {
      if (id === STEPS_ID) return stepsId;
      // The dev server keeps Phaser's published bundle: it needs no build step of its own there.
      return building && id === 'phaser' ? entry : null;
    },
    load(id) {
      if (id !== stepsId) return null;
      // The published bundle is one module: there are no steps to take in it.
      if (!building) return 'export default [];';
      steps = phaserModulesInOrder(entry, (file) => setPhaserFlags(readFileSync(file, 'utf8')));
      return stepsModule(steps);
    },
    buildEnd(error) {
      if (!error && steps.length) checkSteps(steps, stepsId, (id) => this.getModuleInfo(id));
    },
    transform(code, id) {
      if (!building || !id.startsWith(src)) return null;
      const flagged = setPhaserFlags(code);
      return { code: id === features && !PHASER_FLAGS['WEBGL_RENDERER'] ? withoutWebGLProbe(flagged) : flagged, map: null };
    },
  };
}
