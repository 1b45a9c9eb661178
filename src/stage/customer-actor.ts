/**
 * The customer on stage: a portrait that breathes, blinks, moves its mouth while talking and
 * reacts to each reply (a flinch or relief, the face of the new mood, the change rising as
 * "+10"). Timers run on the scene's clock, so pausing the scene freezes all of it. With reduced
 * motion the faces still change and nothing moves.
 */
import Phaser from 'phaser';
import type { MoodBand } from '../engine/index.ts';
import { frameFor, moodDelta, reactionTo, type FrameName, type Reaction } from '../engine/scenario/portrait-frames.ts';
import { MOOD_COLOURS } from './palette.ts';
import type { StageLayout } from './stage-layout.ts';

/** How long a reaction stays on the face before the new mood's own face. */
export const REACT_MS = 900;

export class CustomerActor {
  readonly image: Phaser.GameObjects.Image;
  private band: MoodBand = 'annoyed';
  private reaction: Reaction | undefined;
  private blinking = false;
  private mouthOpen = false;
  private talking = false;
  private motion = true;
  private layout: StageLayout | undefined;
  private breath: Phaser.Tweens.Tween | undefined;
  /** How far into a breath (0–1): the shoulders rise a little. */
  private readonly inhale = { v: 0 };
  private scale = 1;
  private label: Phaser.GameObjects.Text | undefined;
  private mouth: Phaser.Time.TimerEvent | undefined;
  private reactionEnd: Phaser.Time.TimerEvent | undefined;
  private blinkNext: Phaser.Time.TimerEvent | undefined;

  constructor(
    private readonly scene: Phaser.Scene,
    /** The texture of a frame, or undefined while the pictures are still loading. */
    private readonly texture: (frame: FrameName) => string | undefined,
    /** Called when a reaction has passed and the face is the mood's own again. */
    private readonly settled: () => void,
  ) {
    this.image = scene.add.image(0, 0, '__MISSING').setVisible(false);
  }

  /** A new customer or conversation: the mood's face, nothing pending. */
  reset(band: MoodBand, motion: boolean): void {
    this.band = band;
    this.motion = motion;
    this.reaction = undefined;
    this.reactionEnd?.remove();
    this.reactionEnd = undefined;
    this.setTalking(false);
    this.scheduleBlink();
    this.refresh();
  }

  place(layout: StageLayout): void {
    this.layout = layout;
    const { x, y, size } = layout.portrait;
    this.breath?.stop();
    // Anchored at the bottom, so breathing lifts the shoulders instead of sinking into the desk.
    this.image
      .setOrigin(0.5, 1)
      .setPosition(x, y + size / 2)
      .setAngle(0);
    this.refresh();
    this.breath = undefined;
    this.inhale.v = 0;
    if (this.motion && layout.mode === 'bust') {
      this.breath = this.scene.tweens.add({
        targets: this.inhale,
        v: 1,
        duration: 1800,
        ease: 'Sine.easeInOut',
        yoyo: true,
        repeat: -1,
        onUpdate: () => this.applyScale(),
      });
    }
  }

  setBand(band: MoodBand): void {
    this.band = band;
    this.refresh();
  }

  setTalking(talking: boolean): void {
    this.talking = talking;
    this.mouth?.remove();
    this.mouth = undefined;
    // Without motion the mouth stays open while talking: the expression without the movement.
    this.mouthOpen = talking && !this.motion;
    if (talking && this.motion) {
      this.mouth = this.scene.time.addEvent({ delay: 120, loop: true, callback: () => this.flapMouth() });
    }
    this.refresh();
  }

  /** A reply landed: the mood moved from `from` to `to` (equal: a nod, the face unchanged). */
  react(from: number, to: number): Reaction | undefined {
    const reaction = reactionTo(from, to);
    this.reaction = reaction;
    this.reactionEnd?.remove();
    this.blinking = false;
    this.reactionEnd = this.scene.time.delayedCall(REACT_MS, () => {
      this.reaction = undefined;
      this.reactionEnd = undefined;
      this.refresh();
      this.settled();
    });
    this.refresh();
    if (from !== to) this.riseDelta(moodDelta(from, to), to > from ? MOOD_COLOURS.furious : MOOD_COLOURS.calm);
    if (this.motion && this.layout) this.move(reaction);
    return reaction;
  }

  get reacting(): boolean {
    return this.reactionEnd !== undefined;
  }

  private move(reaction: Reaction | undefined): void {
    const x = this.image.x;
    const y = this.image.y;
    const s = this.layout!.portrait.size;
    if (reaction === 'worse') {
      // A flinch: a jolt back and a shake of the head.
      this.scene.tweens.add({
        targets: this.image,
        x: { from: x - s * 0.03, to: x },
        angle: { from: -4, to: 0 },
        duration: 420,
        ease: 'Elastic.easeOut',
      });
    } else {
      // Relief settles the shoulders; a reply that changed nothing gets a nod.
      this.scene.tweens.add({
        targets: this.image,
        y: { from: y - s * (reaction === 'better' ? 0.035 : 0.02), to: y },
        duration: 500,
        ease: 'Bounce.easeOut',
      });
    }
  }

  private riseDelta(text: string, colour: number): void {
    const { x, y, size } = this.layout?.portrait ?? { x: 0, y: 0, size: 100 };
    const head = this.layout?.mode === 'head';
    // One label, made once: making a text object measures fonts, too slow to do on every reply.
    this.label ??= this.scene.add
      .text(0, 0, '', { fontFamily: 'system-ui, sans-serif', fontStyle: 'bold', stroke: '#10151e', strokeThickness: 4 })
      .setOrigin(0.5)
      .setDepth(10);
    const label = this.label;
    this.scene.tweens.killTweensOf(label);
    label
      .setText(text)
      .setColor(`#${colour.toString(16).padStart(6, '0')}`)
      .setFontSize(Math.max(14, Math.round(size * (head ? 0.2 : 0.11))))
      .setPosition(x + size * (head ? 0.18 : 0.26), y - size * (head ? 0.12 : 0.3))
      .setAlpha(1)
      .setVisible(true);
    const rise = this.motion ? size * 0.16 : 0;
    this.scene.tweens.add({
      targets: label,
      y: label.y - rise,
      alpha: 0,
      delay: this.motion ? 250 : REACT_MS,
      duration: 900,
      onComplete: () => label.setVisible(false),
    });
  }

  private flapMouth(): void {
    // Syllables are uneven; a fixed beat reads as a machine.
    this.mouthOpen = !this.mouthOpen && Math.random() < 0.8;
    this.refresh();
  }

  private scheduleBlink(): void {
    this.blinkNext?.remove();
    if (!this.motion) return;
    this.blinkNext = this.scene.time.delayedCall(2400 + Math.random() * 3200, () => {
      this.blinking = true;
      this.refresh();
      this.scene.time.delayedCall(140, () => {
        this.blinking = false;
        this.refresh();
        this.scheduleBlink();
      });
    });
  }

  /** Draws the face again (a picture it was waiting for has arrived). */
  refreshFace(): void {
    this.refresh();
  }

  private refresh(): void {
    const key = this.texture(
      frameFor({ band: this.band, reaction: this.reaction, blinking: this.blinking, mouthOpen: this.talking && this.mouthOpen }),
    );
    if (!key || !this.layout) {
      this.image.setVisible(false);
      return;
    }
    this.image.setTexture(key).setVisible(true);
    this.scale = this.layout.portrait.size / this.image.width;
    this.applyScale();
  }

  private applyScale(): void {
    this.image.setScale(this.scale, this.scale * (1 + 0.014 * this.inhale.v));
  }
}
