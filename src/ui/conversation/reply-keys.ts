/**
 * Keys during a conversation: 1–6 pick a reply, Esc pauses. Typing in a form field and shortcuts
 * with modifier keys are left alone.
 */
export function replyKeys(buttons: () => readonly HTMLButtonElement[], pause: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      pause();
      return;
    }
    const b = /^[1-6]$/.test(e.key) ? buttons()[Number(e.key) - 1] : undefined;
    if (b) {
      e.preventDefault();
      b.click();
    }
  };
}
