import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PORTRAITS } from '../engine/index.ts';
import { expressionOf } from '../../scripts/portraits/expressions.ts';
import { portraitSvg } from '../../scripts/portraits/generate.ts';
import { portraitSprite } from '../../scripts/portraits/sprite.ts';
import { LOOKS } from '../../scripts/portraits/looks.ts';
import {
  BANDS,
  FRAMES,
  frameFor,
  moodDelta,
  portraitPath,
  reactionTo,
  SPRITE,
  SPRITE_SIZE,
  spriteCell,
  spritePath,
  type FrameName,
} from '../engine/scenario/portrait-frames.ts';
import { loadOrder, rasterSize } from './portrait-textures.ts';

describe('portrait frames', () => {
  it('has a rest, blink and talk face per mood band and two reactions', () => {
    expect(new Set(FRAMES).size).toBe(17);
    expect(FRAMES).toContain('furious-talk');
    expect(FRAMES).toContain('worse');
  });

  it('picks the reaction over a blink, a blink over an open mouth', () => {
    expect(frameFor({ band: 'angry', reaction: 'worse', blinking: true, mouthOpen: true })).toBe('worse');
    expect(frameFor({ band: 'angry', blinking: true, mouthOpen: true })).toBe('angry-blink');
    expect(frameFor({ band: 'calm', blinking: false, mouthOpen: true })).toBe('calm-talk');
    expect(frameFor({ band: 'uneasy', blinking: false, mouthOpen: false })).toBe('uneasy-rest');
  });

  it('reads a rising mood as a flinch and a falling one as relief, with the change signed', () => {
    expect(reactionTo(40, 50)).toBe('worse');
    expect(reactionTo(50, 45)).toBe('better');
    expect(reactionTo(50, 50)).toBeUndefined();
    expect(moodDelta(40, 50)).toBe('+10');
    expect(moodDelta(50, 45)).toBe('\u22125');
  });

  it('gives each mood band its own face, shut eyes to blink and an open mouth to talk', () => {
    const rest = BANDS.map((b) => JSON.stringify(expressionOf(`${b}-rest`)));
    expect(new Set(rest).size).toBe(5);
    for (const b of BANDS) {
      expect(expressionOf(`${b}-blink`).eyes).toBe('closed');
      expect(expressionOf(`${b}-talk`).mouth).not.toBe(expressionOf(`${b}-rest`).mouth);
    }
    expect(expressionOf('worse')).not.toEqual(expressionOf('better'));
  });

  it('draws sixteen customers no two of whom look alike', () => {
    expect(Object.keys(LOOKS).sort()).toEqual([...PORTRAITS].sort());
    const faces = Object.values(LOOKS).map((l) => `${l.top}/${l.skin}/${l.clothing}/${l.clothes}`);
    expect(new Set(faces).size).toBe(16);
    expect(new Set(Object.values(LOOKS).map((l) => l.skin)).size).toBeGreaterThanOrEqual(5);
  });

  it('ships the pictures `npm run portraits` makes from these looks and faces', () => {
    for (const p of PORTRAITS) {
      for (const f of FRAMES) expect(readFileSync(`public/${portraitPath(p, f)}`, 'utf8'), `${p} ${f}`).toBe(portraitSvg(p, f));
    }
  });

  it('ships each customer’s sprite, made of exactly the pictures shipped beside it', () => {
    for (const p of PORTRAITS) {
      const sprite = readFileSync(`public/${spritePath(p)}`, 'utf8');
      expect(sprite, p).toBe(portraitSprite((f) => readFileSync(`public/${portraitPath(p, f)}`, 'utf8')));
    }
  });

  it('nests every frame at its own cell, with ids no two frames share and the attribution once', () => {
    const sprite = readFileSync(`public/${spritePath('woman-business')}`, 'utf8');
    expect(sprite).toMatch(new RegExp(`^<svg [^>]*width="${SPRITE_SIZE.width}" height="${SPRITE_SIZE.height}"`));
    const cells = [...sprite.matchAll(/<svg x="(\d+)" y="(\d+)" width="280" height="280"/g)].map((m) => `${m[1]},${m[2]}`);
    expect(cells).toEqual(FRAMES.map((f) => `${spriteCell(f).x},${spriteCell(f).y}`));
    const ids = [...sprite.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThanOrEqual(FRAMES.length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, ref] of sprite.matchAll(/url\(#([^)]+)\)/g)) expect(ids, ref).toContain(ref);
    expect(sprite.match(/<metadata/g)).toHaveLength(1);
    expect(sprite).toContain('Avataaars');
  });

  it('lays the frames out row by row, all inside the sprite', () => {
    expect(spriteCell(FRAMES[0]!)).toEqual({ x: 0, y: 0 });
    expect(spriteCell(FRAMES[SPRITE.columns]!)).toEqual({ x: 0, y: SPRITE.cell });
    for (const f of FRAMES) {
      const { x, y } = spriteCell(f);
      expect(x + SPRITE.cell).toBeLessThanOrEqual(SPRITE_SIZE.width);
      expect(y + SPRITE.cell).toBeLessThanOrEqual(SPRITE_SIZE.height);
    }
  });

  it('refuses to make a sprite of a frame that does not fill its cell', () => {
    const wide = (f: FrameName) => portraitSvg('man-older', f).replace('viewBox="0 0 280 280"', 'viewBox="0 0 400 280"');
    expect(() => portraitSprite(wide)).toThrow(/calm-rest: expected a root <svg> with viewBox "0 0 280 280"/);
  });

  it('loads the face showing now first, then the reactions, then the nearest moods', () => {
    const order = loadOrder('angry');
    expect(order.slice(0, 5)).toEqual(['angry-rest', 'angry-blink', 'angry-talk', 'worse', 'better']);
    expect(order.slice(5, 8).every((f) => f.startsWith('annoyed') || f.startsWith('furious'))).toBe(true);
    expect(order.at(-1)).toMatch(/^calm-/);
    expect([...order].sort()).toEqual([...FRAMES].sort());
  });

  it('rasterises at the smallest size that covers the drawn one', () => {
    expect(rasterSize(90)).toBe(128);
    expect(rasterSize(129)).toBe(256);
    expect(rasterSize(2000)).toBe(512);
  });
});
