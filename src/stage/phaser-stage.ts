/**
 * The StageHost built on Phaser: one game for the whole visit, one scene, following whichever
 * runner is current. The game loop sleeps when nothing moves.
 */
import Phaser from 'phaser';
import type { Language, Runner, Scenario } from '../engine/index.ts';
import type { StageHost } from '../ui/stage-host.ts';
import { stageGameConfig } from './game-config.ts';
import { StageScene } from './stage-scene.ts';

/** How long the loop stays awake after a change (covers the mood tween). */
const AWAKE_MS = 700;

/** `frame` is the sized, hideable box; `parent` the element inside it that Phaser fills. */
export function createPhaserStage(frame: HTMLElement, parent: HTMLElement, reducedMotion: () => boolean): Promise<StageHost> {
  return new Promise((resolve) => {
    const scene = new StageScene();
    const game = new Phaser.Game({
      ...stageGameConfig(parent),
      scene,
      callbacks: { postBoot: () => resolve(host) },
    });
    let sleepTimer: ReturnType<typeof setTimeout> | undefined;
    const poke = () => {
      game.loop.wake();
      clearTimeout(sleepTimer);
      sleepTimer = setTimeout(() => game.loop.sleep(), AWAKE_MS);
    };
    const host: StageHost = {
      follow(scenario: Scenario, runner: Runner | undefined, _lang: Language) {
        scene.show({ channel: scenario.channel, portrait: scenario.customer.portrait ?? 'man-older', mood: runner?.state.mood ?? scenario.customer.mood });
        poke();
        const offMood = runner?.on('mood', (e) => {
          scene.setMood(e.to, !reducedMotion());
          poke();
        });
        return () => offMood?.();
      },
      setVisible(visible: boolean) {
        frame.hidden = !visible;
        if (visible) poke();
        else game.loop.sleep();
      },
    };
  });
}
