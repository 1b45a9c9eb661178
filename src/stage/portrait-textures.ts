/**
 * Loads a customer's pictures into Phaser textures, at a size that suits the box (a close-up in a
 * phone header needs a fraction of a tall column's pixels). All of a customer's frames come in one
 * SVG sprite, fetched and parsed once (one image per frame cost a task each, long ones on a phone);
 * each frame is drawn from its cell once into a canvas, so a frame is a bitmap copy (an SVG image
 * is drawn afresh each time), and one frame is drawn per task, the face showing now first, so
 * loading never holds the page up for long.
 */
import type Phaser from 'phaser';
import type { Portrait } from '../engine/index.ts';
import type { MoodBand } from '../engine/index.ts';
import { BANDS, FRAMES, POSES, SPRITE, spriteCell, spritePath, type FrameName } from '../engine/scenario/portrait-frames.ts';
import { nextTask } from './next-task.ts';
import { withRetries } from './retry.ts';

/** After a sprite fails to arrive, how long to wait before each of the next tries. */
export const SPRITE_RETRY_MS = [500, 2000, 6000] as const;

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

export class PortraitTextures {
  private queue: Promise<void> = Promise.resolve();
  /** Each customer's sprite, decoded, kept for drawing at another size (a resized box). */
  private readonly sprites = new Map<Portrait, Promise<HTMLImageElement>>();
  /** Loads asked for so far: each load's number, in order. */
  private asked = 0;
  /** Per customer, the number of the last load asked for before their sprite last failed to arrive. */
  private readonly failedAt = new Map<Portrait, number>();

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
   * Loads run one after another, and only the latest one asked for is drawn: one still waiting
   * when a newer one is asked for (the box resized again) is skipped. A sprite that fails to
   * arrive is asked for again (`SPRITE_RETRY_MS`); if it never does, the pictures are left out,
   * and so are those of every load asked for while it was being tried: a window resized while the
   * connection is down waits for one round of tries, not one per size. Answers whether every
   * picture is there.
   */
  load(portrait: Portrait, px: number, band: MoodBand, arrived: () => void): Promise<boolean> {
    const number = ++this.asked;
    const done = this.queue.then(async () => {
      if (number !== this.asked) return this.has(portrait, px);
      // Loads run one at a time, so what is missing now is still missing when its turn to be drawn comes.
      const missing = loadOrder(band).filter((f) => !this.scene.textures.exists(this.key(portrait, f, px)));
      if (missing.length === 0) return true;
      // Its sprite was tried, in vain, after this load was asked for: asking again now would only
      // repeat that round (the stage asks anew once the connection is back).
      if ((this.failedAt.get(portrait) ?? 0) >= number) return false;
      let sheet: HTMLImageElement;
      try {
        sheet = await this.sprite(portrait);
      } catch {
        // A missing picture leaves the face before it showing; the stage goes on.
        return false;
      }
      for (const frame of missing) {
        const key = this.key(portrait, frame, px);
        const { x, y } = spriteCell(frame);
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = px;
        canvas.getContext('2d')!.drawImage(sheet, x, y, SPRITE.cell, SPRITE.cell, 0, 0, px, px);
        // A plain texture of the canvas: `addCanvas` would also read every pixel back
        // (getImageData) for editing that the stage never does.
        this.scene.textures.create(key, canvas, px, px)?.add('__BASE', 0, 0, 0, px, px);
        arrived();
        await nextTask();
      }
      return true;
    });
    // A load that went wrong is reported by its caller; the next load still runs.
    this.queue = done.then(
      () => undefined,
      () => undefined,
    );
    return done;
  }

  private sprite(portrait: Portrait): Promise<HTMLImageElement> {
    let sheet = this.sprites.get(portrait);
    if (!sheet) {
      const url = `${this.base}${spritePath(portrait)}`;
      const decoded = async () => {
        const img = new Image();
        img.src = url;
        await img.decode();
        return img;
      };
      sheet = withRetries(decoded, SPRITE_RETRY_MS, (ms) => new Promise((r) => setTimeout(r, ms)));
      this.sprites.set(portrait, sheet);
      // A sprite that never came is not kept: a load asked for from now on asks for it again.
      sheet.catch(() => {
        this.sprites.delete(portrait);
        this.failedAt.set(portrait, this.asked);
      });
    }
    return sheet;
  }
}
