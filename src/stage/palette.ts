/**
 * Colours of the stage, chosen for contrast against the dark overlay and by mood band. Clothes
 * stand apart from every channel's wall, so the customer never reads as a floating head.
 */
import type { Portrait } from '../engine/index.ts';

export const MOOD_COLOURS = {
  calm: 0x3fb37f,
  uneasy: 0x9cc23f,
  annoyed: 0xe0b030,
  angry: 0xe57a2e,
  furious: 0xd9413a,
} as const;

export const SKIN = [0xf1c7a5, 0xd9a27e, 0xb97e57, 0x8d5a3b] as const;

export const CHANNEL_BACKDROP = {
  phone: { wall: 0x23324a, accent: 0x2f4a6e },
  email: { wall: 0x2b2f3a, accent: 0x3d4456 },
  chat: { wall: 0x1f3a3a, accent: 0x2c5656 },
  'in-person': { wall: 0x3a2f26, accent: 0x5a4636 },
} as const;

/** How each portrait kind looks: colours, and whether the hair is long or grey (glasses). */
export interface Look {
  readonly skin: number;
  readonly hair: number;
  readonly clothes: number;
  readonly longHair: boolean;
  readonly grey: boolean;
}

export const PORTRAIT_LOOKS: Readonly<Record<Portrait, Look>> = {
  'man-older': { skin: SKIN[0], hair: 0xb8b8b8, clothes: 0x4a6a8a, longHair: false, grey: true },
  'man-young': { skin: SKIN[2], hair: 0x2a1d14, clothes: 0x8a4a4a, longHair: false, grey: false },
  'woman-older': { skin: SKIN[1], hair: 0xc8c8c8, clothes: 0x6a4a7a, longHair: true, grey: true },
  'woman-young': { skin: SKIN[3], hair: 0x1a120c, clothes: 0x3a7a6a, longHair: true, grey: false },
  // Suits in slate and plum: a darker suit vanished into the inbox's wall.
  'man-business': { skin: SKIN[1], hair: 0x3a2a1a, clothes: 0x5a6b88, longHair: false, grey: false },
  'woman-business': { skin: SKIN[0], hair: 0x6a3a1a, clothes: 0x74607f, longHair: true, grey: false },
};
