/**
 * The pictures each customer is drawn from: one face per mood band, with the eyes shut (a blink)
 * and the mouth open (talking), and two passing reactions to a reply. Which one shows is a pure
 * function of what the customer is doing, so it is tested without Phaser.
 */
import type { MoodBand } from '../scoring/rules.ts';
import type { Portrait } from './vocabulary.ts';

export const BANDS = ['calm', 'uneasy', 'annoyed', 'angry', 'furious'] as const satisfies readonly MoodBand[];
export const POSES = ['rest', 'blink', 'talk'] as const;
export type Pose = (typeof POSES)[number];
/** A reply just landed: the customer flinches (angrier) or eases (calmer). */
export type Reaction = 'worse' | 'better';
export type FrameName = `${MoodBand}-${Pose}` | Reaction;

/** Every picture a portrait has, the order they are generated and loaded in. */
export const FRAMES: readonly FrameName[] = [...BANDS.flatMap((b) => POSES.map((p) => `${b}-${p}` as const)), 'worse', 'better'];

export interface FaceState {
  readonly band: MoodBand;
  /** A reaction being shown wins over everything else. */
  readonly reaction?: Reaction | undefined;
  readonly blinking: boolean;
  /** Talking and, at this instant, the mouth open. */
  readonly mouthOpen: boolean;
}

/** The picture for a face state: the reaction, else a blink, else the open mouth, else at rest. */
export function frameFor(s: FaceState): FrameName {
  if (s.reaction) return s.reaction;
  if (s.blinking) return `${s.band}-blink`;
  return s.mouthOpen ? `${s.band}-talk` : `${s.band}-rest`;
}

/** Whether a mood change from `from` to `to` reads as a flinch (angrier) or relief (calmer). */
export function reactionTo(from: number, to: number): Reaction | undefined {
  return to > from ? 'worse' : to < from ? 'better' : undefined;
}

/** "+10" or "−5" (a true minus sign), the change the learner's reply made to the mood. */
export function moodDelta(from: number, to: number): string {
  const d = to - from;
  return d > 0 ? `+${d}` : `\u2212${-d}`;
}

/**
 * Every frame of a portrait side by side in one picture, row by row in FRAMES order, each in a
 * square `cell` of the sprite's pixels: one download and one SVG document for a customer's 17
 * faces. Drawn apart, each costs the page a task of its own (on a phone, a long one).
 */
export const SPRITE = { columns: 5, cell: 280 } as const;

/** The sprite's own size in pixels: its columns, and as many rows as the frames fill. */
export const SPRITE_SIZE = {
  width: SPRITE.columns * SPRITE.cell,
  height: Math.ceil(FRAMES.length / SPRITE.columns) * SPRITE.cell,
} as const;

/** Where `frame` sits in its portrait's sprite: the top-left corner of its cell, in the sprite's pixels. */
export function spriteCell(frame: FrameName): { readonly x: number; readonly y: number } {
  const i = FRAMES.indexOf(frame);
  return { x: (i % SPRITE.columns) * SPRITE.cell, y: Math.floor(i / SPRITE.columns) * SPRITE.cell };
}

/** The path of a portrait's sprite under the site's base (`portraits/<id>/frames.svg`). */
export function spritePath(portrait: Portrait): string {
  return `portraits/${portrait}/frames.svg`;
}

/** The path of a portrait's picture under the site's base (`portraits/<id>/<frame>.svg`). */
export function portraitPath(portrait: Portrait, frame: FrameName): string {
  return `portraits/${portrait}/${frame}.svg`;
}
