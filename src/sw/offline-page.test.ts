import { describe, expect, it } from 'vitest';
import { offlineHtml, offlineLanguage, offlineResponse } from './offline-page.ts';

describe('the offline page', () => {
  it('speaks the language of the link, else the first the browser asks for that the game knows', () => {
    expect(offlineLanguage('ja', 'en-GB,en')).toBe('ja');
    expect(offlineLanguage(null, 'fr-FR,ko-KR;q=0.8,en;q=0.5')).toBe('ko');
    expect(offlineLanguage(null, 'zh-TW,zh;q=0.9')).toBe('zh-CN');
    expect(offlineLanguage('xx', null)).toBe('en');
  });

  it('is a page with words, a way to try again and nothing to run', async () => {
    const html = offlineHtml('vi');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('Hiện không thể tải Hot Seat');
    expect(html).toMatch(/<a href="\.\/">Thử lại<\/a>/);
    expect(html).not.toMatch(/<script|style=/);
    const response = offlineResponse(null, 'en');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await response.text()).toContain('data-testid="offline-page"');
  });
});
