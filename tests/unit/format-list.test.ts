import { describe, expect, it } from 'vitest';
import { formatList } from '../../src/ui/dom.ts';

describe('formatList', () => {
  const items = ['倾听 -1', '同理心 -2', '诚实 +1'];

  it('separates every item in every UI language', () => {
    for (const lang of ['en', 'vi', 'ja', 'zh-CN', 'ko']) {
      const text = formatList(lang, items);
      // Each item boundary carries a separator: a comma, an ideographic comma or a word.
      expect(text, lang).not.toContain('-1同');
      expect(text, lang).not.toContain('-2诚');
      for (const item of items) expect(text, lang).toContain(item);
    }
  });

  it('uses the ideographic comma in Chinese and Japanese, commas in English', () => {
    expect(formatList('zh-CN', ['英语', '越南语', '日语'])).toBe('英语、越南语、日语');
    expect(formatList('ja', ['英語', 'ベトナム語'])).toBe('英語、ベトナム語');
    expect(formatList('en', ['English', 'Vietnamese', 'Japanese'])).toBe('English, Vietnamese, Japanese');
  });
});
