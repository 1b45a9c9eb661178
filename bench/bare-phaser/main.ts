/**
 * The benchmark's floor: the least a Phaser 4 page can do. One game, one scene, one rectangle,
 * with the game stage's own settings (src/stage/game-config.ts). `window.__bare` records, with
 * `performance.now()` (milliseconds since navigation), when the scene was created and when the
 * first frame after that was rendered; `scripts/bench/` reads them.
 */
import Phaser from 'phaser';
import { stageGameConfig } from '../../src/stage/game-config.ts';

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

new Phaser.Game({ ...stageGameConfig('game'), scene: BareScene });
