/**
 * After a reload or a closed tab: a banner offering to continue the unfinished conversation (on
 * the menu, or on that scenario's brief), or to let it go.
 */
import type { Language, Scenario } from '../engine/index.ts';
import type { Draft } from '../engine/progress/index.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { button, h } from '../ui/dom.ts';
import { type Catalog } from './catalog.ts';
import { entryTitle } from '../engine/index.ts';
import type { ProgressKeeper } from './progress-keeper.ts';

export interface ResumeOffer {
  readonly keeper: ProgressKeeper | undefined;
  readonly catalog: Catalog;
  readonly i18n: I18n;
  readonly lang: Language;
  readonly ui: HTMLElement;
  /** On a brief: offer only a draft of this scenario. */
  readonly onBrief?: Scenario;
  /** Whether the screen the offer was made for is still showing once the draft is read. */
  readonly stillShowing: () => boolean;
  readonly resume: (draft: Draft) => void;
  /** Runs a task that may fail (letting the draft go), reporting a failure. */
  readonly run: (task: () => Promise<unknown>, what: string) => void;
}

/** Shows the banner when there is a draft of a scenario that can still be played. */
export async function offerResume(o: ResumeOffer): Promise<void> {
  // A draft that cannot be read rejects: reported by the caller, the screen shows without the offer.
  const draft = await o.keeper?.draft(o.onBrief?.id);
  if (!draft || (o.onBrief && draft.scenarioId !== o.onBrief.id) || !o.stillShowing()) return;
  const entry = o.catalog.entries.find((e) => e.id === draft.scenarioId && e.playable);
  if (!entry) return;
  const t = o.i18n.t.bind(o.i18n);
  const go = button({ class: 'primary', 'data-testid': 'resume' }, () => o.resume(draft), t('resume.continue'));
  const drop = button(
    { class: 'secondary', 'data-testid': 'resume-discard' },
    () => {
      const keeper = o.keeper;
      if (keeper) o.run(() => keeper.discardDraft(draft), 'let the unfinished conversation go');
      banner.remove();
    },
    t('resume.discard'),
  );
  const text = t('resume.text', { title: entryTitle(entry, o.lang), count: draft.actions.filter((a) => a.type === 'choose').length });
  const banner = h(
    'div',
    { class: 'resume-banner', role: 'region', 'aria-label': t('resume.label'), 'data-testid': 'resume-banner' },
    h('p', {}, text),
    h('div', { class: 'actions' }, go, drop),
  );
  o.ui.querySelector('section')?.prepend(banner);
}
