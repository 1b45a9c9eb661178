/**
 * Colours of the stage. The walls are dark and every customer dresses light or bright, so the
 * customer never reads as a floating head; the mood colours match the meter's.
 */
export const MOOD_COLOURS = {
  calm: 0x3fb37f,
  uneasy: 0x9cc23f,
  annoyed: 0xe0b030,
  angry: 0xe57a2e,
  furious: 0xf0524a,
} as const;

export const CHANNEL_BACKDROP = {
  phone: { wall: 0x2a3b57, accent: 0x3d5478, front: 0x141923 },
  email: { wall: 0x33384a, accent: 0x4a5168, front: 0x141923 },
  chat: { wall: 0x254545, accent: 0x356262, front: 0x141923 },
  'in-person': { wall: 0x4a3a2e, accent: 0x634e3e, front: 0x7a5a3a },
} as const;
