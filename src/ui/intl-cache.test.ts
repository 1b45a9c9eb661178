/**
 * Formatters are made once per language and options, and the warm-up makes the ones a
 * conversation uses, so a conversation later gets them without making any.
 */
import { describe, expect, it, vi } from 'vitest';
import { clockFormat, formatClock, intlWarmers, listFormat, NARROW_LIST, numberFormat, segmenter, SIGNED } from './intl-cache.ts';

describe('intl cache', () => {
  it('keeps one formatter per language and options', () => {
    expect(numberFormat('ja')).toBe(numberFormat('ja'));
    expect(numberFormat('ja', SIGNED)).toBe(numberFormat('ja', { signDisplay: 'exceptZero' }));
    expect(numberFormat('ja', SIGNED)).not.toBe(numberFormat('ja'));
    expect(numberFormat('ko')).not.toBe(numberFormat('ja'));
  });

  it('formats as the language writes', () => {
    expect(numberFormat('en', SIGNED).format(5)).toBe('+5');
    expect(listFormat('en', NARROW_LIST).format(['a', 'b', 'c'])).toBe('a, b, c');
    expect(Array.from(segmenter('en', { granularity: 'sentence' }).segment('One. Two.'), (s) => s.segment)).toEqual(['One. ', 'Two.']);
    expect(clockFormat('en')(1, 5)).toBe('01:05');
    expect(clockFormat('en')(75, 0)).toBe('75:00');
  });

  it('shows a call or an attempt as minutes and seconds, two digits each, whatever it is given', () => {
    expect(formatClock('en', 65_400)).toBe('01:05');
    expect(formatClock('ko', 3_725_000)).toBe('62:05');
    expect(formatClock('vi', Number.NaN)).toBe('00:00');
    expect(formatClock('ja', -3)).toBe('00:00');
  });

  it('warms the formatters a conversation uses one step at a time, so none is made during it', () => {
    const steps = intlWarmers('th');
    expect(steps.length).toBeGreaterThan(1);
    for (const step of steps) step();
    const spies = useEveryFormatter('th');
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    numberFormat('th', { style: 'percent' });
    expect(spies[0]).toHaveBeenCalledOnce();
    vi.restoreAllMocks();
  });
});

/** Watches the Intl constructors, then asks for every formatter a conversation in `lang` uses. */
function useEveryFormatter(lang: string) {
  const spies = [vi.spyOn(Intl, 'NumberFormat'), vi.spyOn(Intl, 'ListFormat'), vi.spyOn(Intl, 'Segmenter')] as const;
  numberFormat(lang).format(3);
  numberFormat(lang, SIGNED).format(3);
  listFormat(lang, NARROW_LIST).format(['a', 'b']);
  segmenter(lang, { granularity: 'grapheme' });
  segmenter(lang, { granularity: 'sentence' });
  clockFormat(lang)(0, 9);
  return spies;
}
