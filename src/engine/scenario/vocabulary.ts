/**
 * The closed vocabularies of the scenario format (version 1): languages, channels, endings,
 * principles and portraits. Everything else in the engine derives its unions from these lists,
 * so adding a language is a one-line change here.
 */
export const LANGUAGES = ['en', 'vi', 'ja', 'zh-CN', 'ko'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name in English, for messages such as "translated from an older English text". */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  vi: 'Vietnamese',
  ja: 'Japanese',
  'zh-CN': 'Chinese',
  ko: 'Korean',
};

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

/**
 * The advice of the source texts (shared/principles.md) a reply can be tagged with (`teaches`), so
 * a library can show that each piece is taught, and rewarded, by some scenario. Closed, like the
 * other vocabularies: an unknown id is a typo, answered with a did-you-mean.
 */
export const ADVICE = {
  'let-them-finish': 'listen without interrupting',
  'recap-and-check': 'recap the complaint and check it ("is that right?")',
  'ask-again': 'ask again when unsure instead of guessing',
  'five-w': 'ask who, what, when, where and with what result before proposing anything',
  'note-and-record': 'note the key points, and record the call (with consent) as evidence',
  'empathy-first': 'put yourself in their shoes: validate the feeling before the facts',
  'sympathy-before-verifying': 'show sympathy before the fault is verified; verify before admitting it',
  'verify-before-promising': 'check the facts before committing to a cause or a remedy',
  'apologise-without-excuses': 'apologise and take responsibility for the company, with no excuse or blame',
  'apologise-once': 'apologise once, then act: one clear solution or options, not more apologies',
  'own-the-mistake': 'accept the blame when it really is yours',
  'honest-no': 'say no when the answer is no; honesty beats a yes that is not real',
  'answer-by': '"I don\'t have the answer yet, but I\'ll have it for you by …"',
  'no-vague-promises': 'no vague terms, no promise or date you cannot keep',
  'offer-options': 'offer several solutions: everyone likes a choice',
  'ask-what-would-help': 'ask what the customer thinks would put it right',
  'fair-compensation': 'compensation that covers the real loss, not less and not pushed beyond it',
  'next-steps': 'agree next steps and real deadlines, and close the issue',
  'thank-the-complaint': 'thank them: complaints show where the company lets customers down',
  'root-cause': 'find the root cause, checking while the customer is still there',
  'no-hold-again': 'do not put a caller on hold again',
  'stay-calm': 'keep a steady, pleasant tone; never react emotionally or with sarcasm',
  'end-abusive-call': 'warn politely, then end a contact that stays abusive',
  'no-yes-man': 'do not give in to pressure for what is not owed',
  'customer-misuse': 'when the customer caused the fault, say so honestly and kindly, without giving in or blaming',
  'pass-to-who-can-act': 'pass a written complaint at once to the person who can act',
  'confirm-receipt': 'confirm at once that a written complaint has arrived',
  'ask-for-number': 'ask for a contact number when none was given',
  'offer-visit': 'visit in person when that is what it takes',
  'quiet-room': 'take a customer who is upset in public somewhere quiet',
  'complaint-form': 'record the complaint on the complaint form',
  'no-second-complaint': 'handle it so that the handling does not cause a second complaint',
  'confirm-engagement': 'in chat, confirm in writing that you are there and on it',
  'positive-list': 'in chat, answer quickly with a short list of what you can do',
  'refund-or-replace': 'a faulty product: refund or replace at once',
  'stop-selling-tell-buyers': 'several returns of one product: stop selling it and tell the other buyers',
  'goodwill-or-recover': 'a client who will not pay: a goodwill discount to keep them, or recover what you can',
  'cannot-win-them-all': 'some customers leave whatever you do; handle them well anyway',
} as const;
export type Advice = keyof typeof ADVICE;

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

/** The portrait a customer (or a catalog entry) shows: its own, else `DEFAULT_PORTRAIT`. */
export function portraitOf(customer: { readonly portrait?: Portrait | undefined }): Portrait {
  return customer.portrait ?? DEFAULT_PORTRAIT;
}
