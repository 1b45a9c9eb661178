/**
 * The howler side of sound: one sprite (Opus/WebM with an MP3 fallback) for effects and ambience,
 * and one Howl per recorded customer line. Loaded only after the learner's first gesture, which is
 * also when browsers allow audio to start, so nothing is fetched or unlocked before it.
 */
import { Howl, Howler } from 'howler';
import type { Volumes } from '../engine/index.ts';
import type { Category, SoundName } from './cues.ts';

export interface AudioBackend {
  play(name: SoundName, category: Category): () => void;
  setVolumes(v: Volumes): void;
  /** Pauses every sound playing now where it is, or continues those from there. */
  setPaused(paused: boolean): void;
  /** Plays a recorded line; resolves when it ends, fails or is stopped. */
  voice(url: string): { done: Promise<void>; stop: () => void };
}

export async function createHowlerAudio(base: string, volumes: Volumes): Promise<AudioBackend> {
  const map = (await (await fetch(`${base}audio/sfx.json`)).json()) as {
    sprite: Record<string, [number, number] | [number, number, boolean]>;
  };
  let current = volumes;
  const sfx = new Howl({ src: [`${base}audio/sfx.webm`, `${base}audio/sfx.mp3`], sprite: map.sprite, preload: true });
  await new Promise<void>((resolve, reject) => {
    if (sfx.state() === 'loaded') resolve();
    sfx.once('load', () => resolve());
    sfx.once('loaderror', (_id, err) => reject(new Error(`audio sprite did not load: ${String(err)}`)));
  });
  const level = (category: Category) => (category === 'ambience' ? current.ambience : current.effects);
  const playing = new Map<number, Category>();
  const voices = new Set<Howl>();
  /** Sounds paused by `setPaused`, to continue on resuming. */
  const held = new Set<number>();
  const heldVoices = new Set<Howl>();
  const apply = () => {
    Howler.mute(current.muted);
    for (const [id, category] of playing) sfx.volume(level(category), id);
  };
  apply();
  return {
    play(name, category) {
      const id = sfx.play(name);
      sfx.volume(level(category), id);
      playing.set(id, category);
      const ended = () => {
        if (!sfx.loop(id)) playing.delete(id);
      };
      sfx.once('end', ended, id);
      if (category === 'ambience') sfx.fade(0, level(category), 800, id);
      return () => {
        sfx.stop(id);
        playing.delete(id);
        held.delete(id);
        // A sound stopped before its end never fires 'end': howler would keep the listener forever.
        sfx.off('end', ended, id);
      };
    },
    setVolumes(v) {
      current = v;
      apply();
    },
    setPaused(paused) {
      if (paused) {
        for (const id of playing.keys()) {
          if (!sfx.playing(id)) continue;
          sfx.pause(id);
          held.add(id);
        }
        for (const v of voices) {
          if (!v.playing()) continue;
          v.pause();
          heldVoices.add(v);
        }
        return;
      }
      // Given its id, howler continues a paused sound from where it stopped.
      for (const id of held) sfx.play(id);
      for (const v of heldVoices) v.play();
      held.clear();
      heldVoices.clear();
    },
    voice(url) {
      const howl = new Howl({ src: [url], html5: true, volume: current.voice });
      const done = new Promise<void>((resolve) => {
        howl.once('end', () => resolve());
        howl.once('stop', () => resolve());
        howl.once('loaderror', () => resolve());
        howl.once('playerror', () => resolve());
      });
      howl.play();
      voices.add(howl);
      const release = () => {
        voices.delete(howl);
        heldVoices.delete(howl);
        howl.unload();
      };
      done.then(release, release);
      return { done, stop: () => howl.stop() };
    },
  };
}
