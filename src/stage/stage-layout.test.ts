import { describe, expect, it } from 'vitest';
import { layoutFor, type Rect, type StageLayout } from './stage-layout.ts';

/** The head's square in box pixels (the pictures are 280 units; the head is about 70–210 × 20–190). */
function head(l: StageLayout): Rect {
  const k = l.portrait.size / 280;
  const left = l.portrait.x - l.portrait.size / 2;
  const top = l.portrait.y - l.portrait.size / 2;
  return { x: left + 70 * k, y: top + 20 * k, w: 140 * k, h: 170 * k };
}

const inside = (r: Rect, w: number, h: number) => r.x >= -0.5 && r.y >= -0.5 && r.x + r.w <= w + 0.5 && r.y + r.h <= h + 0.5;

const BOXES = [
  [56, 56],
  [72, 72],
  [96, 96],
  [64, 96], // a phone's compact header
  [1366, 246],
  [1280, 230],
  [1920, 340],
  [390, 180],
  [360, 150], // the strip above the conversation
  [300, 520],
  [420, 700],
  [600, 900],
  [340, 640],
  [600, 400], // a column beside it
] as const;

describe('stage layout', () => {
  it.each(BOXES)('keeps the whole head inside a %i×%i box', (w, h) => {
    for (const prop of [true, false]) expect(inside(head(layoutFor(w, h, prop)), w, h), `prop ${prop}`).toBe(true);
  });

  it('draws only the head, filling the box, in a small box', () => {
    for (const [w, h] of [
      [56, 56],
      [96, 96],
      [1366, 120],
    ] as const) {
      const l = layoutFor(w, h);
      expect(l.mode).toBe('head');
      expect(l.prop).toBeUndefined();
      expect(head(l).h).toBeGreaterThan(Math.min(w, h) * 0.85);
    }
  });

  it.each(BOXES.filter(([w, h]) => w >= 140 && h >= 140))('puts the prop inside a %i×%i box, clear of the customer', (w, h) => {
    const l = layoutFor(w, h);
    expect(l.mode).toBe('bust');
    const p = l.prop!;
    expect(inside(p, w, h)).toBe(true);
    const face = head(l);
    const apart = p.x >= face.x + face.w - 1 || p.y >= face.y + face.h - 1;
    expect(apart).toBe(true);
  });

  it('stands the customer on the desk: the picture ends at the floor', () => {
    for (const [w, h] of [
      [1366, 246],
      [420, 700],
    ] as const) {
      const l = layoutFor(w, h);
      expect(l.portrait.y + l.portrait.size / 2).toBeCloseTo(l.floor, 5);
      expect(l.floor).toBeLessThan(h);
    }
  });
});
