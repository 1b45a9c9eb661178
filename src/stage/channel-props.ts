/**
 * What shows the customer is talking, the channel's way: a voice line on the phone, a typing
 * bubble in chat, a letter being written for e-mail. Each says something or is not drawn: the chat
 * bubble only while typing, the letter once it is being written. In person the mouth is enough.
 */
import type Phaser from 'phaser';
import type { Channel } from '../engine/index.ts';
import type { Rect } from './stage-layout.ts';

export interface PropState {
  readonly talking: boolean;
  /** A line has been delivered before (the letter stays written). */
  readonly spoken: boolean;
  /** Milliseconds since the current line began (drives the animation; fixed without motion). */
  readonly t: number;
  readonly motion: boolean;
  /** The prop sits below the customer (a column) rather than beside them (a strip). */
  readonly below: boolean;
}

const INK = 0x10151e;

export function drawProp(g: Phaser.GameObjects.Graphics, channel: Channel, r: Rect | undefined, s: PropState): void {
  g.clear();
  if (!r) return;
  if (channel === 'phone') voiceLine(g, r, s);
  else if (channel === 'chat') typingBubble(g, r, s);
  else if (channel === 'email') letter(g, r, s);
}

/** The caller's voice: bars that move with the words, a flat line while they listen. */
function voiceLine(g: Phaser.GameObjects.Graphics, r: Rect, s: PropState): void {
  const h = Math.min(r.h, r.w * 0.36);
  const y = r.y + (r.h - h) / 2;
  g.fillStyle(INK, 0.55);
  g.fillRoundedRect(r.x, y, r.w, h, Math.min(16, h / 3));
  const bars = 15;
  const step = (r.w * 0.84) / bars;
  const mid = y + h / 2;
  g.fillStyle(s.talking ? 0x7fd4a8 : 0x8fa6c8, s.talking ? 1 : 0.7);
  for (let i = 0; i < bars; i++) {
    // A fixed shape without motion; an uneven ripple with it.
    const wave = s.motion
      ? Math.abs(Math.sin(s.t / 90 + i * 1.7) * Math.sin(s.t / 230 + i * 0.6))
      : 0.35 + 0.5 * Math.abs(Math.sin(i * 1.3));
    const amp = s.talking ? Math.max(0.12, wave) * h * 0.7 : h * 0.05;
    g.fillRoundedRect(r.x + r.w * 0.08 + i * step, mid - amp / 2, Math.max(2, step * 0.5), amp, Math.min(3, step * 0.25));
  }
}

/** "…" in a bubble pointing at the customer, only while they type. */
function typingBubble(g: Phaser.GameObjects.Graphics, r: Rect, s: PropState): void {
  if (!s.talking) return;
  const h = Math.min(r.h * 0.6, r.w * 0.32);
  const w = Math.min(r.w, h * 2.4);
  const y = r.y + (r.h - h) / 2;
  const x0 = s.below ? r.x + (r.w - w) / 2 : r.x;
  g.fillStyle(0xe8f1f1, 1);
  g.fillRoundedRect(x0, y, w, h, h / 2);
  // The tail points at the customer: up from a bubble below them, left from one beside them.
  if (s.below) g.fillTriangle(x0 + w * 0.38, y + h * 0.2, x0 + w * 0.62, y + h * 0.2, x0 + w * 0.5, y - h * 0.35);
  else g.fillTriangle(r.x + h * 0.2, y + h * 0.55, r.x + h * 0.55, y + h * 0.9, r.x - h * 0.18, y + h * 1.05);
  for (let i = 0; i < 3; i++) {
    const hop = s.motion ? Math.max(0, Math.sin(s.t / 160 - i * 0.9)) * h * 0.14 : 0;
    g.fillStyle(0x2c5656, s.motion ? 0.55 + 0.45 * (hop / (h * 0.14)) : 0.8);
    g.fillCircle(x0 + w * (0.3 + i * 0.2), y + h / 2 - hop, h * 0.09);
  }
}

/** A letter on the desk, its lines written out while the customer writes, whole after. */
function letter(g: Phaser.GameObjects.Graphics, r: Rect, s: PropState): void {
  if (!s.talking && !s.spoken) return;
  const h = r.h;
  const w = Math.min(r.w, h * 1.5);
  const x = r.x + (r.w - w) / 2;
  g.fillStyle(0x000000, 0.25);
  g.fillRect(x + 4, r.y + 5, w, h);
  g.fillStyle(0xf4f1e8, 1);
  g.fillRect(x, r.y, w, h);
  const lines = 5;
  const gap = h / (lines + 1);
  // One line every 600 ms, looping while a long letter is written; half written without motion.
  const written = s.talking ? (s.motion ? (s.t / 600) % (lines + 0.99) : lines / 2) : lines;
  g.fillStyle(0x6b7280, 1);
  let penX = x + w * 0.1;
  let penY = r.y + gap;
  for (let i = 0; i < lines; i++) {
    const full = (i === lines - 1 ? 0.55 : 0.8) * w;
    const len = Math.max(0, Math.min(1, written - i)) * full;
    if (len <= 0) break;
    g.fillRect(x + w * 0.1, r.y + gap * (i + 1), len, Math.max(2, gap * 0.16));
    penX = x + w * 0.1 + len;
    penY = r.y + gap * (i + 1);
  }
  if (!s.talking) return;
  g.fillStyle(0x2a4a8a, 1);
  g.fillTriangle(penX, penY, penX + gap * 0.35, penY - gap * 1.1, penX + gap * 0.6, penY - gap * 0.9);
}
