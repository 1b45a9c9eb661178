/**
 * The face of every frame as avataaars brows, eyes and mouth: five mood bands from a relaxed
 * smile to an open shout, each with shut eyes for a blink and an open mouth for talking, and the
 * flinch and relief a reply can cause.
 */
import type { FrameName } from '../../src/engine/scenario/portrait-frames.ts';
import type { MoodBand } from '../../src/engine/index.ts';

export interface Expression {
  readonly eyebrows: string;
  readonly eyes: string;
  readonly mouth: string;
}

/** Per band: brows and eyes, the mouth at rest and the mouth open mid-word. */
const BAND_FACES: Readonly<Record<MoodBand, { eyebrows: string; eyes: string; rest: string; talk: string }>> = {
  calm: { eyebrows: 'defaultNatural', eyes: 'default', rest: 'twinkle', talk: 'smile' },
  uneasy: { eyebrows: 'sadConcernedNatural', eyes: 'default', rest: 'serious', talk: 'concerned' },
  annoyed: { eyebrows: 'flatNatural', eyes: 'side', rest: 'sad', talk: 'disbelief' },
  angry: { eyebrows: 'angryNatural', eyes: 'squint', rest: 'grimace', talk: 'screamOpen' },
  furious: { eyebrows: 'angry', eyes: 'surprised', rest: 'screamOpen', talk: 'grimace' },
};

export function expressionOf(frame: FrameName): Expression {
  if (frame === 'worse') return { eyebrows: 'angry', eyes: 'surprised', mouth: 'disbelief' };
  if (frame === 'better') return { eyebrows: 'raisedExcitedNatural', eyes: 'happy', mouth: 'smile' };
  const [band, pose] = frame.split('-') as [MoodBand, 'rest' | 'blink' | 'talk'];
  const f = BAND_FACES[band];
  return { eyebrows: f.eyebrows, eyes: pose === 'blink' ? 'closed' : f.eyes, mouth: pose === 'talk' ? f.talk : f.rest };
}
