/**
 * The one Phaser scene: the channel's set, the customer and what shows them talking. It follows
 * what the host tells it (a line begins or ends, the mood moves, a reply lands) and reports what
 * the customer is doing, which the host exposes to tests on the page.
 */
import Phaser from 'phaser';
import type { Channel, Portrait } from '../engine/index.ts';
import { moodBand } from '../engine/index.ts';
import { drawProp } from './channel-props.ts';
import { CustomerActor } from './customer-actor.ts';
import { drawOnlookers, drawSet } from './draw-set.ts';
import type { FrameName } from '../engine/scenario/portrait-frames.ts';
import { PortraitTextures } from './portrait-textures.ts';
import { layoutFor, type StageLayout } from './stage-layout.ts';

export interface StageLook {
  readonly channel: Channel;
  readonly portrait: Portrait;
  readonly mood: number;
}

export type CustomerActivity = 'idle' | 'talking' | 'reacting';

/** The customer's pictures: on their way, all there, or given up on after retries (the face is left out). */
export type PicturesState = 'loading' | 'ready' | 'missing';

export interface SceneOptions {
  readonly base: string;
  readonly motion: () => boolean;
  readonly activity: (a: CustomerActivity) => void;
  readonly pictures?: (state: PicturesState) => void;
}

export class StageScene extends Phaser.Scene {
  private set!: Phaser.GameObjects.Graphics;
  private onlookers!: Phaser.GameObjects.Graphics;
  private prop!: Phaser.GameObjects.Graphics;
  private actor!: CustomerActor;
  private portraits!: PortraitTextures;
  private layout: StageLayout = layoutFor(1, 1);
  private look: StageLook | undefined;
  private px = 0;
  private talking = false;
  private spoken = false;
  /** Time the stage has run unpaused (the prop's animation must stop with a pause). */
  private elapsed = 0;
  private lineAt = 0;
  private created = false;
  /** Loads of pictures asked for: only the latest one's end means all have arrived. */
  private loads = 0;

  constructor(private readonly opts: SceneOptions) {
    super('stage');
  }

  create(): void {
    this.portraits = new PortraitTextures(this, this.opts.base);
    this.set = this.add.graphics();
    this.onlookers = this.add.graphics();
    this.actor = new CustomerActor(
      this,
      (f) => this.textureOf(f),
      () => this.report(),
    );
    this.prop = this.add.graphics();
    this.scale.on('resize', () => this.relayout());
    this.created = true;
    if (this.look) this.show(this.look);
    else this.relayout();
  }

  /** Shows a scenario's set and customer at a mood, quiet. */
  show(look: StageLook): void {
    this.look = look;
    this.talking = false;
    this.spoken = false;
    if (!this.created) return;
    this.actor.reset(moodBand(look.mood), this.opts.motion());
    this.relayout();
    this.report();
  }

  /** The connection is back: pictures that never came are asked for again (nothing if all are here). */
  retryPictures(): void {
    if (this.created && this.look) this.relayout();
  }

  lineStarted(): void {
    this.talking = true;
    this.lineAt = this.elapsed;
    this.actor?.setTalking(true);
    this.drawProp();
    this.report();
  }

  lineDelivered(): void {
    this.talking = false;
    this.spoken = true;
    this.actor?.setTalking(false);
    this.drawProp();
    this.report();
  }

  /** The mood moved (or a reply left it where it was: `from === to`). */
  react(from: number, to: number): void {
    if (!this.look || !this.created) return;
    this.look = { ...this.look, mood: to };
    this.actor.setBand(moodBand(to));
    this.actor.react(from, to);
    this.drawOnlookers();
    this.report();
  }

  /** What the customer is doing now. */
  get activity(): CustomerActivity {
    if (this.created && this.actor.reacting) return 'reacting';
    return this.talking ? 'talking' : 'idle';
  }

  override update(_time: number, delta: number): void {
    if (this.time.paused) return;
    this.elapsed += delta;
    if (this.talking && this.opts.motion()) this.drawProp();
  }

  private report(): void {
    this.opts.activity(this.activity);
  }

  private relayout(): void {
    if (!this.created) return;
    const { width: w, height: h } = this.scale;
    const look = this.look;
    this.layout = layoutFor(w, h, look?.channel !== 'in-person');
    if (look) {
      drawSet(this.set, look.channel, w, h, this.layout);
      this.drawOnlookers();
      const px = this.portraits.sizeFor(look.portrait, this.layout.portrait.size);
      if (this.portraits.has(look.portrait, px)) this.px = px;
      else {
        // Until the new size arrives, the pictures already loaded (if any) stand in.
        if (!this.portraits.has(look.portrait, this.px, `${moodBand(look.mood)}-rest`)) this.px = px;
        const load = ++this.loads;
        this.opts.pictures?.('loading');
        this.portraits
          .load(look.portrait, px, moodBand(look.mood), () => {
            if (this.look?.portrait !== look.portrait) return;
            if (this.px !== px && this.portraits.has(look.portrait, px, `${moodBand(this.look.mood)}-rest`)) this.px = px;
            this.actor.refreshFace();
            // A picture arriving on a slow connection is a change to draw: the loop may be asleep.
            this.report();
          })
          .then((all) => load === this.loads && this.opts.pictures?.(all ? 'ready' : 'missing'))
          .catch(reportError);
      }
    }
    this.actor.place(this.layout);
    this.drawProp();
  }

  /** The texture of a frame of the current customer, if it has loaded. */
  private textureOf(frame: FrameName): string | undefined {
    if (!this.look || !this.px) return undefined;
    // A picture still on its way is stood in for by the same mood's face at rest.
    for (const f of [frame, `${moodBand(this.look.mood)}-rest` as const]) {
      const key = this.portraits.key(this.look.portrait, f, this.px);
      if (this.textures.exists(key)) return key;
    }
    return undefined;
  }

  private drawOnlookers(): void {
    const look = this.look;
    if (!look) return;
    const band = moodBand(look.mood);
    const shop = look.channel === 'in-person';
    if (shop) drawOnlookers(this.onlookers, this.layout, this.scale.width, band === 'angry' || band === 'furious');
    else this.onlookers.clear();
  }

  private drawProp(): void {
    if (!this.look || !this.created) return;
    const t = this.opts.motion() ? this.elapsed - this.lineAt : 0;
    const below = (this.layout.prop?.y ?? 0) >= this.layout.floor;
    drawProp(this.prop, this.look.channel, this.layout.prop, {
      talking: this.talking,
      spoken: this.spoken,
      t,
      motion: this.opts.motion(),
      below,
    });
  }
}
