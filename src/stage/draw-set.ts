/**
 * The channel's set around the customer: an office with a window behind a caller, a shelf of
 * files behind a letter writer, a plant and a screen's glow behind a chatter, shop shelves and
 * other customers at the counter; in front, the desk's edge or the counter. A head close-up keeps
 * only the wall and a soft light behind the head.
 */
import type Phaser from 'phaser';
import type { Channel } from '../engine/index.ts';
import { CHANNEL_BACKDROP } from './palette.ts';
import type { StageLayout } from './stage-layout.ts';

export function drawSet(g: Phaser.GameObjects.Graphics, channel: Channel, w: number, h: number, l: StageLayout): void {
  const c = CHANNEL_BACKDROP[channel];
  g.clear();
  g.fillStyle(c.wall, 1);
  g.fillRect(0, 0, w, h);
  const { x, y, size } = l.portrait;
  // A soft light behind the head frames the face at any size.
  g.fillStyle(0xffffff, 0.07);
  g.fillCircle(x, y - size * 0.12, size * 0.5);
  g.fillStyle(0xffffff, 0.05);
  g.fillCircle(x, y - size * 0.12, size * 0.38);
  if (l.mode === 'head') return;
  const left = x - size * 0.62;
  const right = x + size * 0.62;
  const top = Math.max(8, y - size * 0.55);
  g.fillStyle(c.accent, 1);
  if (channel === 'phone') {
    // A window with blinds, to one side of the caller.
    const ww = size * 0.42,
      wx = left - ww - size * 0.06;
    if (wx > 4) {
      g.fillRect(wx, top, ww, size * 0.6);
      g.fillStyle(0xdbe6f5, 0.5);
      for (let i = 1; i < 8; i++) g.fillRect(wx + 3, top + (i * size * 0.6) / 8, ww - 6, 2);
    }
  } else if (channel === 'email') {
    // A shelf of files.
    const sx = left - size * 0.5;
    if (sx > 4) {
      g.fillRect(sx, top + size * 0.34, size * 0.46, 5);
      const files = [0xc9a96e, 0x8fa6c8, 0xd98e73, 0x9ac28f];
      files.forEach((f, i) => {
        g.fillStyle(f, 1);
        g.fillRect(sx + 6 + i * size * 0.08, top + size * 0.34 - size * (0.2 + (i % 2) * 0.04), size * 0.06, size * (0.2 + (i % 2) * 0.04));
      });
    }
  } else if (channel === 'chat') {
    // A plant by the desk, and the cool glow of the customer's own screen.
    const px = left - size * 0.2;
    if (px > size * 0.1) {
      g.fillStyle(0x2f5f3f, 1);
      for (const a of [-0.5, 0, 0.5]) g.fillEllipse(px + a * size * 0.12, l.floor - size * 0.3, size * 0.1, size * 0.34);
      g.fillStyle(0x8a5a3a, 1);
      g.fillRect(px - size * 0.09, l.floor - size * 0.16, size * 0.18, size * 0.16);
    }
    g.fillStyle(0x9ff0f0, 0.08);
    g.fillRect(0, l.floor - size * 0.08, w, size * 0.08);
  } else {
    shopShelves(g, w, top, l.floor, left, right, size);
  }
  // The desk's edge or the counter, hiding the customer's waist.
  g.fillStyle(c.front, 1);
  g.fillRect(0, l.floor, w, h - l.floor);
  g.fillStyle(0xffffff, channel === 'in-person' ? 0.18 : 0.08);
  g.fillRect(0, l.floor, w, Math.max(2, (h - l.floor) * 0.12));
}

function shopShelves(
  g: Phaser.GameObjects.Graphics,
  w: number,
  top: number,
  floor: number,
  left: number,
  right: number,
  size: number,
): void {
  const goods = [0xd9413a, 0xe0b030, 0x3f9fb3, 0x9cc23f, 0xd98e73];
  // Beside the customer when there is room, else across the back wall behind them.
  const sides =
    left - size * 0.1 > size * 0.3
      ? ([
          [0, left - size * 0.1],
          [right + size * 0.1, w],
        ] as const)
      : ([[0, w]] as const);
  for (const [from, to] of sides) {
    for (let row = 0; row < 2; row++) {
      const sy = top + row * size * 0.3 + size * 0.16;
      if (sy > floor - size * 0.1) break;
      g.fillStyle(0x5a4636, 1);
      g.fillRect(from, sy, to - from, 4);
      for (let bx = from + 6, i = row; bx < to - size * 0.06; bx += size * 0.09, i++) {
        g.fillStyle(goods[i % goods.length]!, 0.45);
        g.fillRect(bx, sy - size * 0.1, size * 0.06, size * 0.1);
      }
    }
  }
}

/** Other customers at the sides of the shop; they look over, alarmed, when it goes badly. */
export function drawOnlookers(g: Phaser.GameObjects.Graphics, l: StageLayout, w: number, alarmed: boolean): void {
  g.clear();
  if (l.mode === 'head') return;
  const { x, size } = l.portrait;
  const r = size * 0.09;
  const beside = [x - size * 0.95, x - size * 1.35, x + size * 0.95, x + size * 1.35].filter((fx) => fx > r * 2 && fx < w - r * 2);
  // In a narrow column they wait at the edges, half behind the customer.
  const spots = beside.length ? beside : [w * 0.1, w * 0.9];
  for (const fx of spots) {
    const fy = l.floor - size * 0.34;
    g.fillStyle(0x2e241d, 1);
    g.fillCircle(fx, fy, r);
    g.fillRoundedRect(fx - r * 1.4, fy + r * 1.1, r * 2.8, size * 0.3, r * 0.8);
    if (!alarmed) continue;
    // "!" over their heads.
    g.fillStyle(0xf0e0a0, 1);
    g.fillRect(fx - r * 0.18, fy - r * 3.2, r * 0.36, r * 1.3);
    g.fillCircle(fx, fy - r * 1.55, r * 0.2);
  }
}
