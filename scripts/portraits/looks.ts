/**
 * Who each built-in portrait is, as DiceBear avataaars options: age (grey hair, glasses), hair,
 * skin tone, clothes and accessories chosen so that no two customers could be mistaken for each
 * other. The mood (brows, eyes, mouth) is added per frame by expressions.ts.
 */
import type { Portrait } from '../../src/engine/index.ts';

export interface Look {
  readonly skin: string;
  readonly top: string;
  /** Hair colour; also the beard's. */
  readonly hair?: string;
  /** Colour of a hat, hijab or turban. */
  readonly hat?: string;
  readonly facialHair?: string;
  readonly accessory?: string;
  readonly accessoryColour?: string;
  readonly clothing: string;
  /** Light or bright: every wall of the stage is dark, and the customer must stand out from it. */
  readonly clothes: string;
  readonly graphic?: string;
}

// Avataaars' own palette, the realistic tones only (no yellow or orange skin).
const SKIN = { light: 'ffdbb4', fair: 'edb98a', tan: 'd08b5b', brown: 'ae5d29', dark: '614335' } as const;
const HAIR = {
  grey: 'e8e1e1',
  silver: 'ecdcbf',
  black: '2c1b18',
  brown: '4a312c',
  chestnut: '724133',
  auburn: 'a55728',
  blond: 'd6b370',
  red: 'c93305',
  honey: 'b58143',
} as const;

export const LOOKS: Readonly<Record<Portrait, Look>> = {
  'man-older': {
    skin: SKIN.fair,
    top: 'sides',
    hair: HAIR.grey,
    facialHair: 'moustacheFancy',
    accessory: 'prescription02',
    clothing: 'collarAndSweater',
    clothes: 'c9a96e',
  },
  'woman-older': {
    skin: SKIN.tan,
    top: 'bob',
    hair: HAIR.silver,
    accessory: 'round',
    accessoryColour: '262e33',
    clothing: 'shirtScoopNeck',
    clothes: 'ff5c5c',
  },
  'man-retired': {
    skin: SKIN.dark,
    top: 'shortFlat',
    hair: HAIR.grey,
    facialHair: 'beardMedium',
    accessory: 'prescription01',
    accessoryColour: '929598',
    clothing: 'blazerAndSweater',
    clothes: 'b1e2ff',
  },
  'woman-retired': {
    skin: SKIN.light,
    top: 'bun',
    hair: HAIR.grey,
    accessory: 'prescription01',
    accessoryColour: 'ff488e',
    clothing: 'collarAndSweater',
    clothes: '65c9ff',
  },
  'man-young': { skin: SKIN.brown, top: 'shortCurly', hair: HAIR.black, clothing: 'hoodie', clothes: '5199e4' },
  'woman-young': { skin: SKIN.dark, top: 'curly', hair: HAIR.black, clothing: 'graphicShirt', clothes: 'a7ffc4', graphic: 'diamond' },
  'man-student': { skin: SKIN.light, top: 'shaggyMullet', hair: HAIR.blond, clothing: 'graphicShirt', clothes: 'ff488e', graphic: 'pizza' },
  'woman-student': {
    skin: SKIN.brown,
    top: 'hijab',
    hat: '5199e4',
    accessory: 'round',
    accessoryColour: '262e33',
    clothing: 'shirtCrewNeck',
    clothes: 'e6e6e6',
  },
  'man-parent': {
    skin: SKIN.tan,
    top: 'turban',
    hat: '25557c',
    facialHair: 'beardMajestic',
    hair: HAIR.black,
    clothing: 'shirtCrewNeck',
    clothes: 'a7ffc4',
  },
  'woman-parent': { skin: SKIN.fair, top: 'bigHair', hair: HAIR.auburn, clothing: 'shirtVNeck', clothes: 'ffffb1' },
  'man-worker': {
    skin: SKIN.fair,
    top: 'winterHat04',
    hat: 'e6e6e6',
    facialHair: 'beardLight',
    hair: HAIR.chestnut,
    clothing: 'overall',
    clothes: '5199e4',
  },
  'woman-worker': { skin: SKIN.tan, top: 'straightAndStrand', hair: HAIR.red, clothing: 'overall', clothes: 'ff5c5c' },
  'man-sporty': { skin: SKIN.dark, top: 'froBand', hair: HAIR.black, clothing: 'shirtVNeck', clothes: 'ffafb9' },
  'woman-sporty': { skin: SKIN.light, top: 'shavedSides', hair: HAIR.honey, clothing: 'hoodie', clothes: 'ff488e' },
  'man-business': { skin: SKIN.tan, top: 'theCaesarAndSidePart', hair: HAIR.brown, clothing: 'blazerAndShirt', clothes: '929598' },
  'woman-business': {
    skin: SKIN.light,
    top: 'miaWallace',
    hair: HAIR.chestnut,
    accessory: 'prescription02',
    accessoryColour: '262e33',
    clothing: 'blazerAndSweater',
    clothes: '65c9ff',
  },
};
