/**
 * Colours of the stage, chosen for contrast against the dark overlay and by mood band.
 */
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
