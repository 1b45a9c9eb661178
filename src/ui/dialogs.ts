/**
 * Modal dialogs on the native <dialog> element: focus is trapped and restored by the browser,
 * Esc closes, and the page behind is inert.
 */
import type { I18n } from '../i18n/create-i18n.ts';
import { button, h } from './dom.ts';

/** Opens a modal dialog with a heading and content; `onClose` runs once however it closes. */
export function openDialog(
  title: string,
  testId: string,
  content: HTMLElement[],
  onClose: () => void,
): { close(): void; element: HTMLDialogElement } {
  const titleId = `${testId}-title`;
  const dialog = h(
    'dialog',
    { class: 'dialog', 'data-testid': testId, 'aria-labelledby': titleId },
    h('h2', { id: titleId }, title),
    ...content,
  );
  let closed = false;
  dialog.addEventListener('close', () => {
    if (closed) return;
    closed = true;
    dialog.remove();
    onClose();
  });
  document.body.append(dialog);
  dialog.showModal();
  return { element: dialog, close: () => dialog.close() };
}

export interface PauseActions {
  resume(): void;
  settings(): void;
  restart(): void;
  menu(): void;
}

/** The pause menu (Esc during a conversation). */
export function openPauseMenu(i18n: I18n, actions: PauseActions): void {
  let chosen: (() => void) | undefined;
  const choice = (key: 'resume' | 'settings' | 'restart' | 'menu', action: () => void, primary = false) =>
    button(
      { class: primary ? 'primary' : 'secondary', 'data-testid': `pause-${key}` },
      () => {
        chosen = action;
        dialog.close();
      },
      i18n.t(`pause.${key}`),
    );
  const dialog = openDialog(
    i18n.t('pause.title'),
    'pause-dialog',
    [
      h(
        'div',
        { class: 'actions column' },
        choice('resume', actions.resume, true),
        choice('settings', actions.settings),
        choice('restart', actions.restart),
        choice('menu', actions.menu),
      ),
    ],
    () => (chosen ?? actions.resume)(),
  );
}
