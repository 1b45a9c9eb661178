import { describe, expect, it } from 'vitest';
import { backingSize, layoutFor, MAX_BACKING_PIXELS, type Rect, type StageLayout } from './stage-layout.ts';

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

describe('the canvas behind the box', () => {
  it('has a pixel for each of the box’s in a box of up to MAX_BACKING_PIXELS', () => {
    for (const [w, h] of [
      [479, 632],
      [1366, 246],
      [600, 600],
      [64, 64],
    ] as const)
      expect(backingSize(w, h)).toEqual({ width: w, height: h });
  });

  it('holds at most MAX_BACKING_PIXELS for a larger box, in the box’s proportions', () => {
    for (const [w, h] of [
      [1119, 992], // a desktop's column at 1920 × 1080
      [2400, 1300],
      [601, 600],
    ] as const) {
      const { width, height } = backingSize(w, h);
      expect(width * height).toBeLessThanOrEqual(MAX_BACKING_PIXELS);
      expect(width * height).toBeGreaterThan(MAX_BACKING_PIXELS * 0.99);
      expect(Math.abs(width / height - w / h)).toBeLessThan(0.01);
    }
  });

  it('never draws a thin strip’s short side at fewer than 240 pixels, nor more than it has', () => {
    expect(backingSize(3840, 300).height).toBe(240);
    expect(backingSize(3840, 300).width).toBe(3072);
    expect(backingSize(3840, 150)).toEqual({ width: 3840, height: 150 });
    // So a strip scaled down never falls below the head-only size.
    expect(layoutFor(3072, 240).mode).toBe('bust');
  });

  it('is at least one pixel either way for a hidden box', () => {
    expect(backingSize(0, 0)).toEqual({ width: 1, height: 1 });
  });
});
