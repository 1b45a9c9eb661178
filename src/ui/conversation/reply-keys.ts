/**
 * Keys during a conversation: 1–6 select a reply (Enter or Space then sends it, as for any
 * focused button), Esc pauses. A held key's repeats, typing in a form field and shortcuts with
 * modifier keys are left alone.
 */
export function replyKeys(select: (index: number) => boolean, pause: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement | null;
    if (target && ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      if (!e.repeat) pause();
      return;
    }
    if (/^[1-6]$/.test(e.key) && !e.repeat && select(Number(e.key) - 1)) e.preventDefault();
  };
}
