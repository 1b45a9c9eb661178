/**
 * The stage's Phaser build sets the feature flags Phaser's sources test as Phaser's own builds do,
 * and only those, and skips Phaser's WebGL probe, which a Canvas-only stage has no use for.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phaserSources, setPhaserFlags, withoutWebGLProbe } from '../../build/phaser-core.ts';
import { checkSteps, phaserModulesInOrder, stepsModule, unconditionalRequires } from '../../build/phaser-steps.ts';

describe('setPhaserFlags', () => {
  it('replaces each typeof FLAG with the Canvas-only, soundless value', () => {
    expect(setPhaserFlags('if (typeof WEBGL_RENDERER) { a(); } if (typeof CANVAS_RENDERER) b();')).toBe(
      'if (false) { a(); } if (true) b();',
    );
    expect(setPhaserFlags('if (typeof  FEATURE_SOUND && x)')).toBe('if (false && x)');
  });

  it('leaves every other typeof and every other global alone', () => {
    const code = "typeof URL !== 'undefined'; typeof HTMLVideoElement; var global = out.global; global.x = 1;";
    expect(setPhaserFlags(code)).toBe(code);
    expect(setPhaserFlags('global.Phaser = Phaser;')).toBe('globalThis.Phaser = Phaser;');
  });

  it("leaves no flag of Phaser's Core entry point unset", () => {
    const flags = new Set(
      setPhaserFlags(readFileSync(join(phaserSources(), 'phaser-core.js'), 'utf8')).match(/typeof [A-Z][A-Z0-9_]+\b/g) ?? [],
    );
    expect([...flags]).toEqual([]);
  });
});

describe('withoutWebGLProbe', () => {
  const features = () => readFileSync(join(phaserSources(), 'device', 'Features.js'), 'utf8');

  it("answers Phaser's own WebGL probe with no context, and keeps its other tests", () => {
    const source = features();
    expect(source).toContain("getContext('webgl')");
    const out = withoutWebGLProbe(source);
    expect(out).not.toMatch(/getContext\('(experimental-)?webgl'\)/);
    // ImageData's type, which decides 32-bit pixel support, is still tested on a 2D canvas.
    expect(out).toContain("getContext('2d'");
    expect(out).toContain('isUint8 = image.data instanceof Uint8ClampedArray');
    expect(out.length).toBeLessThan(source.length);
  });

  it('says so when a Phaser update has moved the probe, rather than keep its cost unseen', () => {
    expect(() => withoutWebGLProbe('var ctx = canvas.getContext("2d");')).toThrow(/WebGL probe in device\/Features\.js/);
  });
});

describe("Phaser's start-up in steps", () => {
  const entry = join(phaserSources(), 'phaser-core.js');
  const read = (file: string) => setPhaserFlags(readFileSync(file, 'utf8'));

  it('follows only the requires on lines of their own before the first if', () => {
    const source = [
      "/** var X = require('./in-a-comment'); */",
      "var Class = require('../utils/Class');",
      'var Phaser = {',
      "    Textures: require('./textures'),",
      "    Nested: { Scene2D: require('./cameras/2d') },",
      '};',
      'if (false)',
      '{',
      "    Phaser.Sound = require('./sound');",
      '}',
      "var After = require('./after-the-if');",
    ].join('\n');
    expect(unconditionalRequires(source)).toEqual(['../utils/Class', './textures']);
  });

  it("lists Phaser's Core modules, each after the modules it requires, the entry point last", () => {
    const order = phaserModulesInOrder(entry, read);
    expect(order.length).toBeGreaterThan(300);
    expect(order[order.length - 1]).toBe(entry);
    expect(new Set(order).size).toBe(order.length);
    const at = new Map(order.map((f, i) => [f, i]));
    for (const file of order.slice(0, 200)) {
      for (const spec of unconditionalRequires(read(file))) {
        const dep = createRequire(file).resolve(spec);
        expect(at.get(dep), `${dep} before ${file}`).toBeLessThan(at.get(file)!);
      }
    }
    // What the Canvas-only, soundless build leaves out is never a step (the build's checkSteps
    // proves it for every module; these are the two big ones behind a flag).
    expect(order.some((f) => /[\\/]sound[\\/]/.test(f))).toBe(false);
    expect(order.some((f) => f.endsWith(join('renderer', 'webgl', 'WebGLRenderer.js')))).toBe(false);
    expect(order.some((f) => f.endsWith(join('core', 'Game.js')))).toBe(true);
  });

  it('makes a CommonJS module whose steps each require one module', () => {
    const code = stepsModule(['/a/x.js', '/a/y.js']);
    const required: string[] = [];
    const module = { exports: [] as (() => void)[] };
    new Function('module', 'require', code)(module, (id: string) => required.push(id));
    expect(required).toEqual([]);
    module.exports.forEach((step) => step());
    expect(required).toEqual(['/a/x.js', '/a/y.js']);
  });

  it('fails the build when a step is the only way a module gets in', () => {
    const info = (importers: string[]) => ({ importers });
    const graph: Record<string, string[]> = { '/a.js': ['/entry.js', 'steps'], '/b.js': ['steps'], '/entry.js': ['steps'] };
    expect(() => checkSteps(['/a.js', '/entry.js'], 'steps', (id) => info(graph[id]!))).not.toThrow();
    expect(() => checkSteps(['/a.js', '/b.js', '/entry.js'], 'steps', (id) => info(graph[id]!))).toThrow(/leaves out: \/b\.js/);
  });
});
