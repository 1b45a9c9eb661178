import { describe, expect, it } from 'vitest';
import { LOOKS } from '../../scripts/portraits/looks.ts';
import { CHANNEL_BACKDROP } from './palette.ts';

/** WCAG relative luminance of a 0xRRGGBB colour. */
function luminance(rgb: number): number {
  const [r, g, b] = [16, 8, 0].map((shift) => {
    const v = ((rgb >> shift) & 0xff) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: number, b: number): number {
  const [dark, light] = [luminance(a), luminance(b)].sort((x, y) => x - y);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('stage palette', () => {
  it('keeps every customer’s clothes apart from every channel’s wall', () => {
    for (const [portrait, look] of Object.entries(LOOKS)) {
      for (const [channel, { wall }] of Object.entries(CHANNEL_BACKDROP)) {
        expect(contrast(parseInt(look.clothes, 16), wall), `${portrait} on ${channel}`).toBeGreaterThanOrEqual(1.6);
      }
    }
  });

  it('measures contrast the WCAG way', () => {
    expect(contrast(0x000000, 0xffffff)).toBeCloseTo(21, 5);
    expect(contrast(0x2a2f3a, 0x2b2f3a)).toBeLessThan(1.05);
  });
});
