/**
 * Loads a customer's pictures into Phaser textures, at a size that suits the box (a close-up in a
 * phone header needs a fraction of a tall column's pixels). Loads run one after another, so a
 * customer chosen while another is loading simply waits its turn.
 */
import type Phaser from 'phaser';
import type { Portrait } from '../engine/index.ts';
import { FRAMES, portraitPath, type FrameName } from './portrait-frames.ts';

/** Raster sizes the SVGs are drawn at: the smallest that covers the drawn size. */
const SIZES = [128, 256, 384, 512] as const;

export function rasterSize(drawn: number): number {
  return SIZES.find((s) => s >= drawn) ?? SIZES[SIZES.length - 1]!;
}

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

  has(portrait: Portrait, px: number): boolean {
    return FRAMES.every((f) => this.scene.textures.exists(this.key(portrait, f, px)));
  }

  /** Resolves once every picture of `portrait` at `px` is a texture (or failed to load). */
  load(portrait: Portrait, px: number): Promise<void> {
    this.queue = this.queue.then(
      () =>
        new Promise<void>((done) => {
          if (this.has(portrait, px)) return done();
          const load = this.scene.load;
          for (const f of FRAMES) {
            const key = this.key(portrait, f, px);
            if (!this.scene.textures.exists(key)) load.svg(key, `${this.base}${portraitPath(portrait, f)}`, { width: px, height: px });
          }
          load.once('complete', () => done());
          load.start();
        }),
    );
    return this.queue;
  }
}
