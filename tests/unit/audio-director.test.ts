/**
 * The audio director follows the screens and the runner, and a muted game plays nothing at all:
 * no loop keeps the audio context busy. Unmuting brings back the screen's loops (not its opening
 * cue). The backend here records what it is asked to play; the director is the code under test.
 */
import { describe, expect, it, vi } from 'vitest';
import { AudioDirector } from '../../src/audio/audio-director.ts';
import type { AudioBackend } from '../../src/audio/howler-audio.ts';
import type { Volumes } from '../../src/engine/index.ts';
import { createRunner, seededRandom } from '../../src/engine/index.ts';
import { fixture } from './helpers.ts';
import { manualClock } from '../manual-clock.ts';

const scenario = fixture('scenarios/late-delivery.yaml');
const loud: Volumes = { effects: 0.8, ambience: 0.4, voice: 1, muted: false };

/** A backend that records every sound started, which are still playing, and pauses. */
function recordingBackend() {
  const started: string[] = [];
  const playing = new Set<string>();
  const pauses: boolean[] = [];
  const voices: string[] = [];
  const backend: AudioBackend = {
    play(name) {
      started.push(name);
      playing.add(name);
      return () => playing.delete(name);
    },
    setVolumes() {},
    setPaused: (paused) => pauses.push(paused),
    voice: (url) => {
      voices.push(url);
      return { done: Promise.resolve(), stop: () => {} };
    },
  };
  return { backend, started, playing, pauses, voices };
}

/** A director before the first gesture, recording its states and how often it loads sound. */
function counted(volumes: Volumes) {
  const rec = recordingBackend();
  const states: string[] = [];
  let loads = 0;
  const d = new AudioDirector(
    async () => {
      loads++;
      return rec.backend;
    },
    volumes,
    (state) => states.push(state),
  );
  return { d, states, loads: () => loads, ...rec };
}

/** A director after the first gesture: loaded (ready) unless muted, when nothing is loaded. */
async function director(volumes: Volumes) {
  const c = counted(volumes);
  c.d.unlock();
  await vi.waitFor(() => expect(c.states).toContain(volumes.muted ? 'muted' : 'ready'));
  const runner = createRunner(scenario, { clock: manualClock(0), random: seededRandom(1) });
  return { ...c, runner };
}

describe('AudioDirector', () => {
  it('plays the opening and the channel bed in a conversation, and stops the bed on leaving', async () => {
    const { d, runner, started, playing } = await director(loud);
    d.onView('play', scenario, runner);
    expect(started).toEqual(['phone-pickup', 'ambient-phone']);
    d.onView('debrief', scenario);
    expect(playing.has('ambient-phone')).toBe(false);
  });

  it('muted, plays nothing: no ring, no bed, no cue', async () => {
    const { d, runner, started } = await director({ ...loud, muted: true });
    d.onView('brief', scenario);
    d.onView('play', scenario, runner);
    runner.start();
    expect(started).toEqual([]);
  });

  it('muted, the first gesture loads nothing; turning sound on loads it and plays the screen\u2019s bed', async () => {
    const { d, runner, started, playing, states, loads } = await director({ ...loud, muted: true });
    d.onView('play', scenario, runner);
    runner.start();
    expect(loads()).toBe(0);
    expect(states).toEqual(['locked', 'muted']);
    // A voice while muted ends at once: nothing was loaded for it to wait on.
    await d.voice('/voice/line.mp3').done;
    d.setVolumes(loud);
    // (Each sound played says `ready` again, with its name.)
    await vi.waitFor(() => expect(states.slice(0, 4)).toEqual(['locked', 'muted', 'loading', 'ready']));
    expect(loads()).toBe(1);
    // The bed of the screen the learner is on, without the opening cue, which belonged to its moment.
    expect(started).toEqual(['ambient-phone']);
    expect(playing.has('ambient-phone')).toBe(true);
    // Muting and unmuting again loads nothing more.
    d.setVolumes({ ...loud, muted: true });
    d.setVolumes(loud);
    expect(loads()).toBe(1);
  });

  it('sound turned on before the first gesture waits for it', async () => {
    const { d, states, loads } = counted({ ...loud, muted: true });
    d.setVolumes(loud);
    await new Promise((r) => setTimeout(r, 0));
    expect(loads()).toBe(0);
    expect(states).toEqual(['locked']);
    d.unlock();
    await vi.waitFor(() => expect(states).toEqual(['locked', 'loading', 'ready']));
    expect(loads()).toBe(1);
  });

  it('muting stops the loops; unmuting starts the bed again without the opening', async () => {
    const { d, runner, started, playing } = await director(loud);
    d.onView('play', scenario, runner);
    d.setVolumes({ ...loud, muted: true });
    expect(playing.has('ambient-phone')).toBe(false);
    d.setVolumes(loud);
    expect(started).toEqual(['phone-pickup', 'ambient-phone', 'ambient-phone']);
    expect(playing.has('ambient-phone')).toBe(true);
  });

  it('pauses what plays and continues it; nothing new starts while paused, a loop waits for the resume', async () => {
    const { d, runner, started, playing, pauses, voices } = await director(loud);
    d.onView('play', scenario, runner);
    runner.start();
    d.setPaused(true);
    d.setPaused(true);
    expect(pauses).toEqual([true]);
    // Drawn again while paused (a language change): the bed waits, the opening cue is not repeated.
    d.onView('play', scenario, runner);
    expect(started).toEqual(['phone-pickup', 'ambient-phone']);
    expect(playing.has('ambient-phone')).toBe(false);
    const line = d.voice('/voice/line.mp3');
    await new Promise((r) => setTimeout(r, 0));
    expect(voices).toEqual([]);
    d.setPaused(false);
    expect(pauses).toEqual([true, false]);
    expect(started).toEqual(['phone-pickup', 'ambient-phone', 'ambient-phone']);
    expect(playing.has('ambient-phone')).toBe(true);
    await line.done;
    expect(voices).toEqual(['/voice/line.mp3']);
  });

  it('a loop asked for while paused and stopped before the resume never plays', async () => {
    const { d, runner, started } = await director(loud);
    d.setPaused(true);
    d.onView('play', scenario, runner);
    d.onView('debrief', scenario);
    d.setPaused(false);
    expect(started).toEqual([]);
  });
});
