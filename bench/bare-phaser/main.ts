/**
 * The benchmark's floor: the least a Phaser 4 page can do. One game, one scene, one rectangle,
 * configured like the game's stage (src/stage/phaser-stage.ts). `window.__bare` records, with
 * `performance.now()` (milliseconds since navigation), when the scene was created and when the
 * first frame after that was rendered; `scripts/bench/` reads them.
 */
import Phaser from 'phaser';

/** What the bench reads from the page. */
export interface BareMarks {
  created?: number;
  firstFrame?: number;
}

const marks: BareMarks = {};
(window as unknown as { __bare: BareMarks }).__bare = marks;

class BareScene extends Phaser.Scene {
  constructor() {
    super('bare');
  }

  create(): void {
    const { width, height } = this.scale;
    this.add.rectangle(width / 2, height / 2, width / 3, height / 3, 0xe07a5f);
    marks.created = performance.now();
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
      marks.firstFrame = performance.now();
      document.body.dataset['ready'] = 'true';
    });
  }
}

new Phaser.Game({
  // The same renderer as the stage (src/stage/phaser-stage.ts explains why it is Canvas).
  type: Phaser.CANVAS,
  parent: 'game',
  transparent: false,
  backgroundColor: '#1b2330',
  banner: false,
  scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
  render: { antialias: true, powerPreference: 'low-power' },
  audio: { noAudio: true },
  scene: BareScene,
});
