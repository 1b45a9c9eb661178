/**
 * The scenario model: what a checked scenario file becomes. Texts are normalised to maps
 * (a plain string in the file means the source language only), optional fields get their
 * defaults, and choice ids are filled in from their index where the file has none.
 */
import type { Advice, Channel, Difficulty, Ending, Language, Portrait, Principle } from './vocabulary.ts';

/** A text in several languages; at least the scenario's source language is present. */
export type Text = Readonly<Partial<Record<Language, string>>>;

/** Points per principle; a missing principle counts 0. */
export type Scores = Readonly<Record<Principle, number>>;

export interface Choice {
  /** The id from the file, or the 1-based index as a string where the file gives none. */
  readonly id: string;
  /** 0-based position in the file, stable whatever order the choices are shown in. */
  readonly index: number;
  readonly text: Text;
  readonly score: Scores;
  readonly mood: number;
  readonly feedback?: Text;
  readonly next: string;
  /** This reply puts the caller on hold (an optional field of this game). */
  readonly hold: boolean;
  /** The advice of the source texts this reply practises (an optional field of this game). */
  readonly teaches: readonly Advice[];
}

interface NodeBase {
  readonly id: string;
  readonly customer: Text;
  readonly narration?: Text;
  readonly voice?: Readonly<Partial<Record<Language, string>>>;
}

export interface DecisionNode extends NodeBase {
  readonly kind: 'decision';
  readonly venting: boolean;
  readonly shuffle: boolean;
  readonly choices: readonly Choice[];
}

export interface EndingNode extends NodeBase {
  readonly kind: 'ending';
  readonly ending: Ending;
}

export type ScenarioNode = DecisionNode | EndingNode;

export interface Scenario {
  readonly id: string;
  readonly format: 1;
  readonly source: Language;
  readonly languages: readonly Language[];
  readonly title: Text;
  readonly brief: Text;
  readonly channel: Channel;
  readonly difficulty: Difficulty;
  readonly customer: {
    readonly name: Text;
    readonly mood: number;
    readonly portrait?: Portrait;
  };
  readonly tags: readonly string[];
  readonly start: string;
  readonly nodes: Readonly<Record<string, ScenarioNode>>;
  /**
   * Set by the build, whose scenarios arrive one language at a time (languages.ts): the
   * fingerprint of the whole scenario, every language in it, as `scenarioFingerprint` makes it.
   */
  readonly fingerprint?: string;
}

/** Scores with every principle at zero. */
export const ZERO_SCORES: Scores = Object.freeze({ listen: 0, empathy: 0, honesty: 0, calm: 0 });
