/**
 * Loads a customer's pictures into Phaser textures, at a size that suits the box (a close-up in a
 * phone header needs a fraction of a tall column's pixels). Each SVG is drawn once into a canvas,
 * so a frame is a bitmap copy (an SVG image is drawn afresh each time), and one picture is drawn
 * per task, the face showing now first, so loading never holds the page up for long.
 */
import type Phaser from 'phaser';
import type { Portrait } from '../engine/index.ts';
import type { MoodBand } from '../engine/index.ts';
import { BANDS, FRAMES, POSES, portraitPath, type FrameName } from '../engine/scenario/portrait-frames.ts';

/** Raster sizes the SVGs are drawn at: the smallest that covers the drawn size. */
const SIZES = [128, 256, 384, 512] as const;

export function rasterSize(drawn: number): number {
  return SIZES.find((s) => s >= drawn) ?? SIZES[SIZES.length - 1]!;
}

/** The order to load a customer's pictures in: the face of `band`, the reactions, then the nearest moods. */
export function loadOrder(band: MoodBand): FrameName[] {
  const at = BANDS.indexOf(band);
  const bands = [...BANDS].sort((a, b) => Math.abs(BANDS.indexOf(a) - at) - Math.abs(BANDS.indexOf(b) - at));
  const order: FrameName[] = [
    ...POSES.map((p) => `${band}-${p}` as const),
    'worse',
    'better',
    ...bands.slice(1).flatMap((b) => POSES.map((p) => `${b}-${p}` as const)),
  ];
  return order.filter((f) => FRAMES.includes(f));
}

/** Yields to the browser between pictures. */
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

export class PortraitTextures {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly scene: Phaser.Scene,
    /** The site's base URL, e.g. "/" (pictures are at <base>portraits/…). */
    private readonly base: string,
  ) {}

  key(portrait: Portrait, frame: FrameName, px: number): string {
    return `${portrait}:${frame}@${px}`;
  }

  has(portrait: Portrait, px: number, frame?: FrameName): boolean {
    return (frame ? [frame] : FRAMES).every((f) => this.scene.textures.exists(this.key(portrait, f, px)));
  }

  /**
   * The size to draw `portrait` from at `drawn` pixels: a complete set already loaded that is at
   * least that large (a stage that shrinks, from the brief to the conversation, loads nothing),
   * else the raster size for it.
   */
  sizeFor(portrait: Portrait, drawn: number): number {
    return SIZES.find((s) => s >= drawn && this.has(portrait, s)) ?? rasterSize(drawn);
  }

  /**
   * Loads every picture of `portrait` at `px`, `band`'s face first, calling `arrived` after each.
   * Loads run one after another; a picture that fails to load is left out.
   */
  load(portrait: Portrait, px: number, band: MoodBand, arrived: () => void): Promise<void> {
    this.queue = this.queue.then(async () => {
      for (const frame of loadOrder(band)) {
        const key = this.key(portrait, frame, px);
        if (this.scene.textures.exists(key)) continue;
        try {
          const img = new Image(px, px);
          img.src = `${this.base}${portraitPath(portrait, frame)}`;
          await img.decode();
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = px;
          canvas.getContext('2d')!.drawImage(img, 0, 0, px, px);
          // A plain texture of the canvas: `addCanvas` would also read every pixel back
          // (getImageData) for editing that the stage never does.
          if (!this.scene.textures.exists(key)) this.scene.textures.create(key, canvas, px, px)?.add('__BASE', 0, 0, 0, px, px);
          arrived();
        } catch {
          // A missing picture leaves the face before it showing; the stage goes on.
        }
        await nextTask();
      }
    });
    return this.queue;
  }
}
