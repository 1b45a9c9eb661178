/**
 * The closed vocabularies of the scenario format (version 1): languages, channels, endings,
 * principles and portraits. Everything else in the engine derives its unions from these lists,
 * so adding a language is a one-line change here.
 */
export const LANGUAGES = ['en', 'vi', 'ja', 'zh-CN', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

export const CHANNELS = ['phone', 'email', 'chat', 'in-person'] as const;
export type Channel = (typeof CHANNELS)[number];

export const ENDINGS = ['resolved', 'escalated', 'lost', 'ended'] as const;
export type Ending = (typeof ENDINGS)[number];

export const PRINCIPLES = ['listen', 'empathy', 'honesty', 'calm'] as const;
export type Principle = (typeof PRINCIPLES)[number];

export const PORTRAITS = [
  'man-older',
  'man-young',
  'woman-older',
  'woman-young',
  'man-business',
  'woman-business',
  'man-retired',
  'woman-retired',
  'man-student',
  'woman-student',
  'man-parent',
  'woman-parent',
  'man-worker',
  'woman-worker',
  'man-sporty',
  'woman-sporty',
] as const;
export type Portrait = (typeof PORTRAITS)[number];

export const DIFFICULTIES = [1, 2, 3] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** The only format version this engine reads. */
export const FORMAT_VERSION = 1;

/** Ids of scenarios, nodes and choices: lower-case kebab-case. */
export const ID_PATTERN = /^[a-z0-9-]+$/;

export const MOOD_MIN = 0;
export const MOOD_MAX = 100;

/** True when `value` is one of the format's languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The portrait a scenario without `customer.portrait` shows. */
export const DEFAULT_PORTRAIT: Portrait = 'man-older';
