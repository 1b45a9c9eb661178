/**
 * The deep-link preload script (build/deep-link-preload.ts): run as the browser runs it, against
 * the page's location, saved settings and document.
 */
import { describe, expect, it } from 'vitest';
import { preloadScript } from '../../build/deep-link-preload.ts';

function run(search: string, saved: string | null): { rel: string; href: string }[] {
  const code = preloadScript('/game/', { 'late-delivery': 'assets/late-delivery-x.js' }, { ja: 'assets/ui-ja.js', ko: 'assets/ui-ko.js' });
  const added: { rel: string; href: string }[] = [];
  const document = {
    createElement: () => ({ rel: '', href: '' }),
    head: { appendChild: (link: { rel: string; href: string }) => added.push(link) },
  };
  const localStorage = { getItem: () => saved };
  new Function('location', 'localStorage', 'document', code)({ search }, localStorage, document);
  return added;
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
