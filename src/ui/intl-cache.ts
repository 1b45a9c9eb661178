/**
 * Intl formatters, made once per language and options and kept. The first formatter of a kind in
 * a language loads that language's data: 20–50 ms on a slow machine, which inside a conversation
 * is a stutter. The steps of `intlWarmers` make the ones a conversation and its debrief use
 * while the learner reads the menu or the brief, after a worker has run them first
 * (intl-warm.ts), which starts ICU itself off the page's thread.
 */

const made = new Map<string, unknown>();

function kept<T>(kind: string, lang: string, options: object | undefined, make: () => T): T {
  const key = `${kind}|${lang}|${JSON.stringify(options ?? {})}`;
  let value = made.get(key) as T | undefined;
  if (value === undefined) made.set(key, (value = make()));
  return value;
}

export function numberFormat(lang: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return kept('number', lang, options, () => new Intl.NumberFormat(lang, options));
}

export function listFormat(lang: string, options?: Intl.ListFormatOptions): Intl.ListFormat {
  return kept('list', lang, options, () => new Intl.ListFormat(lang, options));
}

export function segmenter(lang: string, options?: Intl.SegmenterOptions): Intl.Segmenter {
  return kept('segmenter', lang, options, () => new Intl.Segmenter(lang, options));
}

export function dateTimeFormat(lang: string, options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return kept('date', lang, options, () => new Intl.DateTimeFormat(lang, options));
}

/**
 * A call clock's "01:05", in the language's digits. Two number formats, not Intl.DurationFormat:
 * its "digital" style reads the same in the game's languages (and browsers without it get the
 * same), but making the first one costs about 100 ms on a phone, twenty times a number format.
 */
export function clockFormat(lang: string): (minutes: number, seconds: number) => string {
  return kept('clock', lang, undefined, () => {
    const two = numberFormat(lang, TWO_DIGITS);
    return (minutes: number, seconds: number) => `${two.format(minutes)}:${two.format(seconds)}`;
  });
}

const TWO_DIGITS: Intl.NumberFormatOptions = { minimumIntegerDigits: 2, useGrouping: false };

/**
 * "01:05" in the UI language's digits. Never throws: a value no clock can show
 * (not finite, or beyond what Intl accepts) falls back to plain digits.
 */
export function formatClock(lang: string, ms: number): string {
  const total = Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 1000)) : 0;
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  try {
    return clockFormat(lang)(minutes, seconds);
  } catch {
    return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
  }
}

/** The options the conversation and the debrief format with (see their modules). */
export const SIGNED: Intl.NumberFormatOptions = { signDisplay: 'exceptZero' };
export const NARROW_LIST: Intl.ListFormatOptions = { type: 'conjunction', style: 'narrow' };

/**
 * The formatters a conversation in `lang` and its debrief use, each made ahead of time by one step:
 * numbers (reply timer, call clock, mood changes), lists, graphemes and sentences (line delivery).
 * Steps, so a caller can run each in a moment of its own: on a slow phone the first of each kind
 * costs tens of milliseconds.
 */
export function intlWarmers(lang: string): (() => void)[] {
  return [
    () => numberFormat(lang).format(1),
    () => numberFormat(lang, SIGNED).format(1),
    () => clockFormat(lang)(1, 5),
    () => listFormat(lang, NARROW_LIST).format(['a', 'b']),
    ...(['grapheme', 'sentence'] as const).map((granularity) => () => Array.from(segmenter(lang, { granularity }).segment('a. b'))),
  ];
}
