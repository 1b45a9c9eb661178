/**
 * Draws the channel's set: behind the customer a phone line, an inbox, a chat window, or a shop
 * with other customers waiting; in front, the counter or the desk's edge, which hides the
 * customer's waist.
 */
import type Phaser from 'phaser';
import type { Channel } from '../engine/index.ts';
import { CHANNEL_BACKDROP } from './palette.ts';

export function drawSet(g: Phaser.GameObjects.Graphics, channel: Channel, w: number, h: number): void {
  const c = CHANNEL_BACKDROP[channel];
  g.clear();
  g.fillStyle(c.wall, 1);
  g.fillRect(0, 0, w, h);
  g.fillStyle(c.accent, 1);
  if (channel === 'phone') {
    // A headset line and a call light: the customer is a voice on the line.
    g.fillRoundedRect(w * 0.06, h * 0.12, w * 0.2, h * 0.12, 10);
    g.fillStyle(0x3fb37f, 1);
    g.fillCircle(w * 0.09, h * 0.18, Math.max(4, h * 0.025));
    g.lineStyle(4, 0x8fa6c8, 0.6);
    g.beginPath();
    g.arc(w * 0.5, h * 0.42, h * 0.36, Math.PI * 1.1, Math.PI * 1.9, false);
    g.strokePath();
  } else if (channel === 'email') {
    // An envelope in the corner: the complaint arrived in writing.
    const ex = w * 0.06, ey = h * 0.1, ew = w * 0.18, eh = ew * 0.62;
    g.fillStyle(0xe8e4d8, 1);
    g.fillRect(ex, ey, ew, eh);
    g.lineStyle(3, 0x9a917a, 1);
    g.lineBetween(ex, ey, ex + ew / 2, ey + eh * 0.55);
    g.lineBetween(ex + ew, ey, ex + ew / 2, ey + eh * 0.55);
  } else if (channel === 'chat') {
    // Chat bubbles.
    g.fillStyle(0x2c7a7a, 1);
    g.fillRoundedRect(w * 0.05, h * 0.1, w * 0.22, h * 0.1, 12);
    g.fillStyle(0x3d5a5a, 1);
    g.fillRoundedRect(w * 0.73, h * 0.24, w * 0.22, h * 0.1, 12);
  } else {
    // Other customers in the background, and the counter in front.
    g.fillStyle(0x4a3d33, 1);
    for (const fx of [0.1, 0.2, 0.8, 0.9]) {
      g.fillCircle(w * fx, h * 0.42, h * 0.06);
      g.fillRoundedRect(w * fx - h * 0.07, h * 0.49, h * 0.14, h * 0.22, 8);
    }
  }
}

/** What stands between the learner and the customer: the shop counter, or the desk's edge. */
export function drawFront(g: Phaser.GameObjects.Graphics, channel: Channel, w: number, h: number): void {
  g.clear();
  if (channel === 'in-person') {
    g.fillStyle(0x7a5a3a, 1);
    g.fillRect(0, h * 0.8, w, h * 0.2);
    g.fillStyle(0x8f6b47, 1);
    g.fillRect(0, h * 0.8, w, h * 0.03);
  } else {
    g.fillStyle(0x1a1f2a, 1);
    g.fillRect(0, h * 0.88, w, h * 0.12);
  }
}

/** Other customers in the shop look over when things go badly (in person only). */
export function drawOnlookers(g: Phaser.GameObjects.Graphics, w: number, h: number, alarmed: boolean): void {
  g.clear();
  if (!alarmed) return;
  g.fillStyle(0xf0e0a0, 0.9);
  for (const fx of [0.1, 0.2, 0.8, 0.9]) {
    g.fillTriangle(w * fx - 5, h * 0.3, w * fx + 5, h * 0.3, w * fx, h * 0.34);
    g.fillRect(w * fx - 2, h * 0.24, 4, h * 0.05);
  }
}
