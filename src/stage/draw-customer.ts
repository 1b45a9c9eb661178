/**
 * Draws the customer with Graphics primitives: a portrait kind (age, dress) and a face and pose
 * that follow the mood band. Flat shapes keep it light for software WebGL.
 */
import type Phaser from 'phaser';
import type { Portrait } from '../engine/index.ts';
import type { MoodBand } from '../ui/mood-meter.ts';
import { MOOD_COLOURS, PORTRAIT_LOOKS } from './palette.ts';

/** Draws the customer centred at (x, y) with head radius r. */
export function drawCustomer(g: Phaser.GameObjects.Graphics, portrait: Portrait, band: MoodBand, x: number, y: number, r: number): void {
  const look = PORTRAIT_LOOKS[portrait];
  g.clear();
  const lean = band === 'furious' ? 0.18 * r : band === 'angry' ? 0.1 * r : 0;
  // Body and shoulders; angrier customers lean in.
  g.fillStyle(look.clothes, 1);
  g.fillRoundedRect(x - 1.6 * r, y + 1.05 * r - lean, 3.2 * r, 2.4 * r, 0.6 * r);
  if (look.longHair) {
    g.fillStyle(look.hair, 1);
    g.fillRoundedRect(x - 1.05 * r, y - 0.7 * r - lean, 2.1 * r, 2.1 * r, 0.5 * r);
  }
  g.fillStyle(look.skin, 1);
  g.fillRect(x - 0.3 * r, y + 0.75 * r - lean, 0.6 * r, 0.45 * r);
  g.fillCircle(x, y - lean, r);
  // Flush of the cheeks grows with anger.
  const flush = band === 'furious' ? 0.45 : band === 'angry' ? 0.3 : band === 'annoyed' ? 0.15 : 0;
  if (flush > 0) {
    g.fillStyle(MOOD_COLOURS.furious, flush);
    g.fillCircle(x - 0.55 * r, y + 0.25 * r - lean, 0.22 * r);
    g.fillCircle(x + 0.55 * r, y + 0.25 * r - lean, 0.22 * r);
  }
  g.fillStyle(look.hair, 1);
  g.slice(x, y - lean, r * 1.02, Math.PI, 2 * Math.PI, false);
  g.fillPath();
  drawFace(g, band, x, y - lean, r, look.grey);
}

function drawFace(g: Phaser.GameObjects.Graphics, band: MoodBand, x: number, y: number, r: number, glasses: boolean): void {
  const eyeY = y - 0.05 * r;
  const browTilt = { calm: -0.05, uneasy: 0, annoyed: 0.08, angry: 0.16, furious: 0.24 }[band] * r;
  g.fillStyle(0x1b1b1b, 1);
  g.fillCircle(x - 0.35 * r, eyeY, 0.09 * r);
  g.fillCircle(x + 0.35 * r, eyeY, 0.09 * r);
  g.lineStyle(Math.max(2, 0.07 * r), 0x1b1b1b, 1);
  g.lineBetween(x - 0.5 * r, eyeY - 0.25 * r - browTilt, x - 0.2 * r, eyeY - 0.22 * r + browTilt);
  g.lineBetween(x + 0.2 * r, eyeY - 0.22 * r + browTilt, x + 0.5 * r, eyeY - 0.25 * r - browTilt);
  if (glasses) {
    g.lineStyle(Math.max(1, 0.04 * r), 0x444444, 1);
    g.strokeCircle(x - 0.35 * r, eyeY, 0.2 * r);
    g.strokeCircle(x + 0.35 * r, eyeY, 0.2 * r);
  }
  // Mouth: a smile when calm, flat when uneasy, a frown, then an open shout.
  const mouthY = y + 0.45 * r;
  g.lineStyle(Math.max(2, 0.07 * r), 0x5a2a2a, 1);
  if (band === 'furious') {
    g.fillStyle(0x5a2a2a, 1);
    g.fillEllipse(x, mouthY, 0.45 * r, 0.3 * r);
  } else if (band === 'calm') {
    g.beginPath();
    g.arc(x, mouthY - 0.15 * r, 0.28 * r, 0.2 * Math.PI, 0.8 * Math.PI, false);
    g.strokePath();
  } else if (band === 'uneasy') {
    g.lineBetween(x - 0.22 * r, mouthY, x + 0.22 * r, mouthY);
  } else {
    g.beginPath();
    g.arc(x, mouthY + 0.2 * r, 0.26 * r, 1.2 * Math.PI, 1.8 * Math.PI, false);
    g.strokePath();
  }
}
