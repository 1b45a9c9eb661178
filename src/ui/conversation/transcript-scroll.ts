/**
 * The transcript follows the conversation: it stays at its end whenever its content or its own
 * size changes, after layout (a line typed in, a bubble added, a letter filled, the screen
 * resized), unless the learner has scrolled up to read back. It also tells the layout how much
 * room the latest customer line needs (`--latest` on the transcript: from that line's top to the
 * end), so the replies below never squeeze it out of view.
 */
export interface TranscriptScroll {
  /** Goes back to the end and stays there (a new exchange began). */
  stick(): void;
  dispose(): void;
}

export function followTranscript(
  scroller: HTMLElement,
  content: readonly HTMLElement[],
  latest: () => HTMLElement | null | undefined,
): TranscriptScroll {
  let stuck = true;
  let placed = -1;
  let reserved = -1;
  let frame = 0;
  let going = 0;
  const follow = () => {
    if (!stuck) return;
    scroller.scrollTop = scroller.scrollHeight;
    placed = scroller.scrollTop;
  };
  // Changing the layout inside a ResizeObserver callback would make it report a loop: the room
  // for the latest line is set in the next frame, and the observer follows that change too.
  const reserve = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const line = latest();
      // An opened draft is read on purpose: the room kept is for the latest line, not for it.
      const ends = content
        .filter((el) => !el.hidden)
        .map((el) => (el instanceof HTMLDetailsElement && el.open ? (el.querySelector('summary') ?? el) : el));
      const bottom = Math.max(...ends.map((el) => el.getBoundingClientRect().bottom));
      const pad = getComputedStyle(scroller);
      const need = line
        ? Math.ceil(bottom - line.getBoundingClientRect().top + parseFloat(pad.paddingTop) + parseFloat(pad.paddingBottom))
        : 0;
      if (need === reserved) return;
      reserved = need;
      scroller.style.setProperty('--latest', `${need}px`);
    });
  };
  // Only the learner's own scrolling decides whether to follow: a scroll event caused by `follow`
  // can arrive after more text has come in, when the end has moved on.
  scroller.addEventListener(
    'scroll',
    () => {
      // While a stick waits for its frame, a scroll event (one from before the new line, or the
      // page clamping the scroll as the room changes) must not undo it: the end is where it goes.
      if (going !== 0 || Math.abs(scroller.scrollTop - placed) < 1) return;
      stuck = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
      placed = stuck ? scroller.scrollTop : -1;
    },
    { passive: true },
  );
  const observer =
    typeof ResizeObserver === 'undefined'
      ? undefined
      : new ResizeObserver(() => {
          follow();
          reserve();
        });
  for (const el of [scroller, ...content]) observer?.observe(el);
  return {
    stick() {
      stuck = true;
      // In the next frame, whose layout is due anyway: reading the end now would lay the page
      // out inside the task that added the line. (The observer follows a line that grows.)
      cancelAnimationFrame(going);
      going = requestAnimationFrame(() => {
        going = 0;
        follow();
      });
    },
    dispose() {
      observer?.disconnect();
      cancelAnimationFrame(frame);
      cancelAnimationFrame(going);
    },
  };
}
