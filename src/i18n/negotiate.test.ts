import { describe, expect, it } from 'vitest';
import { matchLanguage, pickLanguage } from './negotiate.ts';

describe('language negotiation', () => {
  it('maps browser tags onto the game languages', () => {
    expect(matchLanguage('zh')).toBe('zh-CN');
    expect(matchLanguage('zh-Hans')).toBe('zh-CN');
    expect(matchLanguage('zh-SG')).toBe('zh-CN');
    expect(matchLanguage('zh-Hans-CN')).toBe('zh-CN');
    expect(matchLanguage('zh-TW')).toBeUndefined();
    expect(matchLanguage('ja-JP')).toBe('ja');
    expect(matchLanguage('ko-KR')).toBe('ko');
    expect(matchLanguage('vi-VN')).toBe('vi');
    expect(matchLanguage('en-GB')).toBe('en');
    expect(matchLanguage('fr-FR')).toBeUndefined();
  });
  it('lets the deep link win, then the saved choice, then the browser, then English', () => {
    expect(pickLanguage({ url: 'ko', saved: 'ja', browser: ['vi'] })).toBe('ko');
    expect(pickLanguage({ url: 'xx', saved: 'ja', browser: ['vi'] })).toBe('ja');
    expect(pickLanguage({ browser: ['fr', 'zh-Hans'] })).toBe('zh-CN');
    expect(pickLanguage({ browser: ['fr'] })).toBe('en');
  });
});
