/**
 * The stage's Phaser settings, shared with the bench's bare Phaser page (bench/bare-phaser/) so
 * the two are always compared on the same renderer and settings.
 */
import Phaser from 'phaser';

/**
 * Canvas, not WebGL: the stage is a few vector shapes. Without GPU compositing (no GPU, VDI,
 * headless), every WebGL frame is read back synchronously (40–70 ms each, `npm run bench`);
 * Canvas also skips WebGL context creation and shader compiles when the stage boots.
 */
export function stageGameConfig(parent: HTMLElement | string): Phaser.Types.Core.GameConfig {
  return {
    type: Phaser.CANVAS,
    parent,
    transparent: false,
    backgroundColor: '#1b2330',
    banner: false,
    scale: { mode: Phaser.Scale.RESIZE, width: '100%', height: '100%' },
    render: { antialias: true, powerPreference: 'low-power' },
    audio: { noAudio: true },
    // The stage only shows; the learner acts on the page's own buttons. Without input, Phaser adds
    // no listeners to the window and does no pointer work in each click and each frame.
    input: { keyboard: false, mouse: false, touch: false, gamepad: false, windowEvents: false },
  };
}
