/**
 * The deep-link preload script (build/deep-link-preload.ts): run as the browser runs it, against
 * the page's location, saved settings and document.
 */
import { describe, expect, it } from 'vitest';
import { preloadScript } from '../../build/deep-link-preload.ts';

function run(search: string, saved: string | null): { rel: string; href: string }[] {
  const code = preloadScript('/game/', { 'late-delivery': 'assets/late-delivery-x.js' }, { ja: 'assets/ui-ja.js', ko: 'assets/ui-ko.js' });
  type Link = { rel: string; href: string; attributes: Record<string, string>; setAttribute(name: string, value: string): void };
  const added: Link[] = [];
  const document = {
    createElement: (): Link => ({
      rel: '',
      href: '',
      attributes: {},
      setAttribute(name, value) {
        this.attributes[name] = value;
      },
    }),
    head: { appendChild: (link: Link) => added.push(link) },
  };
  const localStorage = { getItem: () => saved };
  new Function('location', 'localStorage', 'document', code)({ search }, localStorage, document);
  // Each link is marked as the deep link's, so a failed load can be retried by opening the link again.
  for (const link of added) expect(link.attributes).toEqual({ 'data-deep-link': '' });
  return added.map(({ rel, href }) => ({ rel, href }));
}

describe('the deep-link preload script', () => {
  it("preloads a deep link's scenario and language", () => {
    expect(run('?scenario=late-delivery&lang=ja', null)).toEqual([
      { rel: 'modulepreload', href: '/game/assets/late-delivery-x.js' },
      { rel: 'modulepreload', href: '/game/assets/ui-ja.js' },
    ]);
  });

  it('falls back to the saved language, and preloads nothing it does not know', () => {
    expect(run('?scenario=nope', JSON.stringify({ lang: 'ko' }))).toEqual([{ rel: 'modulepreload', href: '/game/assets/ui-ko.js' }]);
    expect(run('', '{broken')).toEqual([]);
    expect(run('?lang=en', null)).toEqual([]);
  });
});
