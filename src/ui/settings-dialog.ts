/**
 * Settings: language, text speed, reply timer, motion, and the volumes. Every change applies and
 * is saved at once; there is no "save" to forget.
 */
import { LANGUAGES, type Language } from '../engine/index.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { TEXT_SPEEDS, type MotionSetting, type Settings, type TimerSetting } from '../engine/index.ts';
import { openDialog } from './dialogs.ts';
import { button, h } from './dom.ts';
import { languageOption } from './language-option.ts';

export interface SettingsActions {
  change(next: Settings): void;
  changeLanguage(lang: Language): void;
  close(): void;
}

function radios<T extends string>(
  name: string,
  legend: string,
  options: readonly { value: T; label: string }[],
  current: T,
  onChange: (v: T) => void,
): HTMLElement {
  const set = h('fieldset', { class: 'setting', 'data-testid': `setting-${name}` }, h('legend', {}, legend));
  for (const o of options) {
    const id = `setting-${name}-${o.value}`;
    const input = h('input', { type: 'radio', name, id, value: o.value, checked: o.value === current });
    input.addEventListener('change', () => input.checked && onChange(o.value));
    set.append(h('span', { class: 'option' }, input, h('label', { for: id }, o.label)));
  }
  return set;
}

function slider(label: string, name: string, value: number, onChange: (v: number) => void): HTMLElement {
  const id = `setting-${name}`;
  const input = h('input', { type: 'range', id, min: 0, max: 100, step: 5, value: Math.round(value * 100), 'data-testid': id });
  input.addEventListener('input', () => onChange(Number(input.value) / 100));
  return h('p', { class: 'setting slider' }, h('label', { for: id }, label), input);
}

export function openSettings(i18n: I18n, lang: Language, initial: Settings, actions: SettingsActions): void {
  const t = i18n.t.bind(i18n);
  let s = initial;
  const update = (patch: Partial<Settings>) => {
    s = { ...s, ...patch };
    actions.change(s);
  };
  const speedNow = (Object.entries(TEXT_SPEEDS).find(([, v]) => v === s.textSpeed)?.[0] ?? 'normal') as keyof typeof TEXT_SPEEDS;
  const language = h('select', { id: 'settings-language', 'data-testid': 'settings-language' });
  for (const l of LANGUAGES) language.append(languageOption(i18n, l, l === lang));
  language.addEventListener('change', () => {
    // The screen behind is redrawn in the new language; close so nothing stays in the old one.
    dialog.close();
    actions.changeLanguage(language.value as Language);
  });
  const mute = h('input', { type: 'checkbox', id: 'setting-mute', checked: s.volumes.muted, 'data-testid': 'setting-mute' });
  mute.addEventListener('change', () => update({ volumes: { ...s.volumes, muted: mute.checked } }));
  const done = button({ class: 'primary', 'data-testid': 'settings-done' }, () => dialog.close(), t('settings.done'));
  const content = [
    h('p', { class: 'setting' }, h('label', { for: 'settings-language' }, t('menu.language')), language),
    radios(
      'speed',
      t('settings.textSpeed'),
      (['slow', 'normal', 'fast', 'instant'] as const).map((v) => ({ value: v, label: t(`settings.speed.${v}`) })),
      speedNow,
      (v) => update({ textSpeed: TEXT_SPEEDS[v] }),
    ),
    radios<TimerSetting>(
      'timer',
      t('settings.timer'),
      (['normal', 'long', 'off'] as const).map((v) => ({ value: v, label: t(`settings.timerOption.${v}`) })),
      s.timer,
      (v) => update({ timer: v }),
    ),
    radios<MotionSetting>(
      'motion',
      t('settings.motion'),
      (['system', 'reduce', 'full'] as const).map((v) => ({ value: v, label: t(`settings.motionOption.${v}`) })),
      s.motion,
      (v) => update({ motion: v }),
    ),
    h(
      'fieldset',
      { class: 'setting' },
      h('legend', {}, t('settings.sound')),
      slider(t('settings.effects'), 'effects', s.volumes.effects, (v) => update({ volumes: { ...s.volumes, effects: v } })),
      slider(t('settings.ambience'), 'ambience', s.volumes.ambience, (v) => update({ volumes: { ...s.volumes, ambience: v } })),
      slider(t('settings.voice'), 'voice', s.volumes.voice, (v) => update({ volumes: { ...s.volumes, voice: v } })),
      h('p', { class: 'option' }, mute, h('label', { for: 'setting-mute' }, t('settings.mute'))),
    ),
    h('p', { class: 'hint' }, t('settings.timerHint')),
    h('div', { class: 'actions' }, done),
  ];
  const dialog = openDialog(t('settings.title'), 'settings', content, () => actions.close());
}
