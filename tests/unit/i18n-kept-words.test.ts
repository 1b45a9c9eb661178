/**
 * The game's i18n keeps what `t` answers for a key without options; these check that what it keeps
 * never outlives the words or the language it came from.
 */
import { describe, expect, it } from 'vitest';
import { createI18n, useLanguage } from '../../src/i18n/create-i18n.ts';
import ja from '../../locales/ja/ui.json';
import en from '../../locales/en/ui.json';

describe('words kept by t', () => {
  it('answers in the language now chosen, each time it changes', async () => {
    const i18n = await createI18n('en');
    expect(i18n.t('menu.title')).toBe(en.menu.title);
    await useLanguage(i18n, 'ja');
    expect(i18n.t('menu.title')).toBe(ja.menu.title);
    await useLanguage(i18n, 'en');
    expect(i18n.t('menu.title')).toBe(en.menu.title);
  });

  it('follows words added or replaced after a key was asked for', async () => {
    const i18n = await createI18n('en');
    // A key the typed words do not have yet.
    const say = (key: string) => (i18n.t as unknown as (k: string) => string)(key);
    expect(say('menu.notYet')).toBe('menu.notYet');
    i18n.addResourceBundle('en', 'ui', { menu: { notYet: 'Here now', title: 'Renamed' } }, true, true);
    expect(say('menu.notYet')).toBe('Here now');
    expect(i18n.t('menu.title')).toBe('Renamed');
    i18n.removeResourceBundle('en', 'ui');
    expect(i18n.t('menu.title')).toBe('menu.title');
  });

  it('works out every call with options anew', async () => {
    const i18n = await createI18n('en');
    expect(i18n.t('menu.count', { count: 1 })).not.toBe(i18n.t('menu.count', { count: 2 }));
    expect(i18n.t('menu.count', { count: 2 })).toContain('2');
  });
});
