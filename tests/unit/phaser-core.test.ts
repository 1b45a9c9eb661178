/**
 * The stage's Phaser build sets the feature flags Phaser's sources test as Phaser's own builds do,
 * and only those.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phaserSources, setPhaserFlags } from '../../build/phaser-core.ts';

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
