/**
 * Sound that follows the game: a ring on a phone brief, the bed under each channel, cues for
 * replies, mood swings and endings, hold music. It listens to runner events and screen changes and
 * never changes the game. Audio loads on the first gesture; until then nothing plays. Muted,
 * nothing plays at all, and nothing is loaded either: decoding the sounds costs about a third of a
 * second of CPU (more on a phone) and their download 230 KB, for a learner who hears none of it.
 * Unmuting after the first gesture loads them and brings back the sounds of the screen. Paused,
 * every sound stops where it is and continues from there on resuming; a sound asked for meanwhile
 * waits.
 */
import type { Runner, Scenario } from '../engine/index.ts';
import type { Volumes } from '../engine/index.ts';
import { AMBIENCE, cuesFor, OPENING } from './cues.ts';
import type { AudioBackend } from './howler-audio.ts';

type ViewKind = 'menu' | 'brief' | 'play' | 'debrief';
/** `muted`: the first gesture has come, and loading waits until sound is turned on. */
export type AudioState = 'locked' | 'muted' | 'loading' | 'ready' | 'unavailable';

export class AudioDirector {
  private backend: AudioBackend | undefined;
  private loading: Promise<void> | undefined;
  /** How the first gesture asked for loading to be put off; set once that gesture has come. */
  private defer: ((go: () => void) => void) | undefined;
  private stops: (() => void)[] = [];
  private holdStop: (() => void) | undefined;
  private typingStop: (() => void) | undefined;
  private offRunner: (() => void) | undefined;
  private paused = false;
  /** Sounds asked for while paused, started when the game goes on. */
  private waiting: (() => void)[] = [];
  private view: { kind: ViewKind; scenario?: Scenario | undefined; runner?: Runner | undefined } = { kind: 'menu' };

  constructor(
    private readonly load: () => Promise<AudioBackend>,
    private volumes: Volumes,
    private readonly status: (state: AudioState, lastSound?: string) => void,
    private readonly voiceStatus: (state: 'playing' | 'done') => void = () => {},
  ) {
    status('locked');
  }

  /**
   * Called on the learner's first gesture: fetch and unlock audio (after `defer`, e.g. when the
   * browser is idle), then catch up with the view. Sounds asked for meanwhile wait for it. Muted,
   * nothing is fetched until sound is turned on (`setVolumes`).
   */
  unlock(defer: (go: () => void) => void = (go) => go()): void {
    if (this.defer) return;
    this.defer = defer;
    if (this.volumes.muted) this.status('muted');
    else this.startLoading();
  }

  private startLoading(): void {
    if (this.loading || !this.defer) return;
    this.status('loading');
    const defer = this.defer;
    this.loading = new Promise<void>((go) => defer(go))
      .then(() => this.load())
      .then(
        (backend) => {
          this.backend = backend;
          backend.setVolumes(this.volumes);
          this.status('ready');
          this.onView(this.view.kind, this.view.scenario, this.view.runner, false);
        },
        () => this.status('unavailable'),
      );
  }

  setVolumes(v: Volumes): void {
    const toggled = this.volumes.muted !== v.muted;
    this.volumes = v;
    this.backend?.setVolumes(v);
    if (!v.muted) this.startLoading();
    // Loops of the screen stop when muted and start again (without the opening cue) when not.
    if (toggled) this.onView(this.view.kind, this.view.scenario, this.view.runner, false);
  }

  /**
   * Pauses every sound where it is (ambience, hold music, a recorded line), or lets them all
   * continue from there. Nothing new plays while paused: a loop asked for starts on resuming.
   */
  setPaused(paused: boolean): void {
    if (paused === this.paused) return;
    this.paused = paused;
    this.backend?.setPaused(paused);
    if (paused) return;
    const waiting = this.waiting;
    this.waiting = [];
    for (const start of waiting) start();
  }

  /** Follows the screen: loops for the screen start here and stop when it changes. */
  onView(kind: ViewKind, scenario?: Scenario, runner?: Runner, fresh = true): void {
    this.stops.forEach((s) => s());
    this.stops = [];
    this.holdStop?.();
    this.typingStop?.();
    this.offRunner?.();
    this.offRunner = undefined;
    this.view = { kind, scenario, runner };
    if (!scenario) return;
    if (kind === 'brief' && scenario.channel === 'phone') this.loop('phone-ring', 'effects');
    if (kind === 'play' && runner) {
      if (fresh && runner.state.steps.length === 0) this.once(OPENING[scenario.channel]);
      this.loop(AMBIENCE[scenario.channel], 'ambience');
      this.offRunner = runner.subscribe((e) => {
        for (const cue of cuesFor(e, scenario.channel)) this.once(cue);
        if (e.type === 'reply' && e.step.hold) this.holdStop = this.play('hold-music', 'effects');
        if (e.type === 'shown' && scenario.channel === 'chat') this.typingStop = this.play('chat-typing', 'effects');
        if (e.type === 'delivered' || e.type === 'reply' || e.type === 'ended') this.typingStop?.();
        if (e.type === 'delivered' || e.type === 'ended') this.holdStop?.();
      });
    }
  }

  /**
   * Plays a recorded line: at once when audio is ready, as soon as it is when it is still loading
   * after the first gesture. Resolves at once when there is nothing to hear (audio locked or
   * unavailable, muted, voice volume 0), so a silent voice never holds a line back.
   */
  voice(url: string): { done: Promise<void>; stop: () => void } {
    if (this.volumes.muted || this.volumes.voice === 0 || !this.loading) return { done: Promise.resolve(), stop: () => {} };
    let stopped = false;
    let stop = () => {
      stopped = true;
    };
    const playing = this.loading
      .then(() => this.going())
      .then(() => {
        if (stopped || !this.backend) return;
        const voice = this.backend.voice(url);
        stop = voice.stop;
        this.voiceStatus('playing');
        return voice.done;
      });
    // A voice that cannot play (audio failed to load) ends like a silent one: the line goes on.
    const done = playing.then(
      () => this.voiceStatus('done'),
      () => this.voiceStatus('done'),
    );
    return { done, stop: () => stop() };
  }

  private play(name: Parameters<AudioBackend['play']>[0], category: 'effects' | 'ambience'): () => void {
    if (!this.backend || this.volumes.muted) return () => {};
    if (this.paused) {
      let stop: (() => void) | undefined;
      let dropped = false;
      this.waiting.push(() => {
        if (!dropped) stop = this.play(name, category);
      });
      return () => {
        dropped = true;
        stop?.();
      };
    }
    this.status('ready', name);
    return this.backend.play(name, category);
  }

  /** A one-off cue: missed while paused (it belongs to its moment), played otherwise. */
  private once(name: Parameters<AudioBackend['play']>[0] | undefined): void {
    if (name && !this.paused) this.play(name, 'effects');
  }

  /** Resolves now when playing, else when the game goes on. */
  private going(): Promise<void> {
    return this.paused ? new Promise((go) => this.waiting.push(go)) : Promise.resolve();
  }

  private loop(name: Parameters<AudioBackend['play']>[0], category: 'effects' | 'ambience'): void {
    this.stops.push(this.play(name, category));
  }
}
