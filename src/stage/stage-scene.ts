/**
 * The one Phaser scene: set, customer and a mood bar. It redraws only when something changes and
 * lets the game loop sleep in between, so an idle conversation costs nothing.
 */
import Phaser from 'phaser';
import type { Channel, Portrait } from '../engine/index.ts';
import { moodBand } from '../ui/mood-meter.ts';
import { drawCustomer } from './draw-customer.ts';
import { drawFront, drawOnlookers, drawSet } from './draw-set.ts';
import { MOOD_COLOURS } from './palette.ts';

export interface StageLook {
  readonly channel: Channel;
  readonly portrait: Portrait;
  readonly mood: number;
}

export class StageScene extends Phaser.Scene {
  private set?: Phaser.GameObjects.Graphics;
  private customer?: Phaser.GameObjects.Graphics;
  private onlookers?: Phaser.GameObjects.Graphics;
  private front?: Phaser.GameObjects.Graphics;
  private bar?: Phaser.GameObjects.Graphics;
  private look: StageLook = { channel: 'phone', portrait: 'man-older', mood: 50 };
  private shownMood = 50;
  /** The mood bar's running tween, if any (a counter tween: its target is its own counter). */
  private moodTween: Phaser.Tweens.Tween | undefined;

  constructor() {
    super('stage');
  }

  create(): void {
    this.set = this.add.graphics();
    this.onlookers = this.add.graphics();
    this.customer = this.add.graphics();
    this.front = this.add.graphics();
    this.bar = this.add.graphics();
    this.scale.on('resize', () => this.redraw());
    this.redraw();
  }

  /** Shows a scenario's set and customer at a mood. */
  show(look: StageLook): void {
    // A tween left from the previous conversation would drag the bar back to that one's mood.
    this.stopMoodTween();
    this.look = look;
    this.shownMood = look.mood;
    this.redraw();
  }

  /** Moves the mood, animating the bar unless motion is reduced. */
  setMood(mood: number, animate: boolean): void {
    const from = this.shownMood;
    this.look = { ...this.look, mood };
    // killTweensOf(this) never matched the counter tween, so tweens piled up and fought over the bar.
    this.stopMoodTween();
    if (!animate) {
      this.shownMood = mood;
      this.redraw();
      return;
    }
    this.moodTween = this.tweens.addCounter({
      from,
      to: mood,
      duration: 450,
      ease: 'Sine.easeInOut',
      onUpdate: (tween) => {
        this.shownMood = tween.getValue() ?? mood;
        this.drawBar();
      },
      onComplete: () => {
        this.moodTween = undefined;
        this.redraw();
      },
    });
    this.redraw();
  }

  private stopMoodTween(): void {
    this.moodTween?.stop();
    this.moodTween = undefined;
  }

  private redraw(): void {
    if (!this.set || !this.customer || !this.onlookers || !this.front) return;
    const { width: w, height: h } = this.scale;
    const band = moodBand(this.look.mood);
    drawSet(this.set, this.look.channel, w, h);
    drawOnlookers(this.onlookers, w, h, this.look.channel === 'in-person' && (band === 'angry' || band === 'furious'));
    const r = Math.min(w, h) * 0.16;
    drawCustomer(this.customer, this.look.portrait, band, w / 2, h * 0.42, r);
    drawFront(this.front, this.look.channel, w, h);
    this.drawBar();
  }

  private drawBar(): void {
    if (!this.bar) return;
    const { width: w, height: h } = this.scale;
    const m = Math.max(0, Math.min(100, this.shownMood));
    const bw = Math.min(w * 0.6, 420);
    const x = (w - bw) / 2;
    const y = h * 0.9;
    this.bar.clear();
    this.bar.fillStyle(0x000000, 0.45);
    this.bar.fillRoundedRect(x, y, bw, Math.max(10, h * 0.04), 6);
    this.bar.fillStyle(MOOD_COLOURS[moodBand(m)], 1);
    this.bar.fillRoundedRect(x, y, Math.max(8, (bw * m) / 100), Math.max(10, h * 0.04), 6);
  }
}
