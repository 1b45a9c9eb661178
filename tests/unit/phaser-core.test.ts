/**
 * The stage's Phaser build sets the feature flags Phaser's sources test as Phaser's own builds do,
 * and only those, and skips Phaser's WebGL probe, which a Canvas-only stage has no use for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phaserSources, setPhaserFlags, withoutWebGLProbe } from '../../build/phaser-core.ts';

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
