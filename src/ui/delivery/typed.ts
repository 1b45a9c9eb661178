/**
 * A chat line: the customer is typing (an indicator), then the message arrives sentence by
 * sentence as separate bubbles, each after its own short typing pause.
 */
import { h } from '../dom.ts';
import { segments, type Delivery, type DeliveryRequest } from './delivery.ts';

/** Typing time for a piece of text at `speed` characters per second (faster than reading it aloud). */
function typingMs(text: string, speed: number): number {
  return Math.min(2200, 250 + (text.length * 1000) / (speed * 2.5));
}

export function deliverTyped(req: DeliveryRequest): Delivery {
  const { el, text, lang, speed, scheduler, onDone, typingIndicator } = req;
  const parts = segments(text, lang, 'sentence');
  let finished = false;
  let cancelTimer: (() => void) | undefined;
  el.setAttribute('aria-busy', 'true');
  el.replaceChildren();
  const typing = (on: boolean) => {
    if (typingIndicator) typingIndicator.hidden = !on;
  };
  const finish = () => {
    finished = true;
    typing(false);
    onDone();
  };
  if (speed <= 0) {
    el.append(...parts.map((p) => h('span', { class: 'bubble-part' }, p)));
    cancelTimer = scheduler.after(0, finish);
  } else {
    let i = 0;
    const next = () => {
      typing(true);
      cancelTimer = scheduler.after(typingMs(parts[i] ?? '', speed), () => {
        el.append(h('span', { class: 'bubble-part' }, parts[i] ?? ''));
        i++;
        if (i >= parts.length) finish();
        else next();
      });
    };
    next();
  }
  return {
    cancel() {
      cancelTimer?.();
      typing(false);
      if (!finished) el.append(h('span', { class: 'bubble-part cut' }, parts.slice(el.childElementCount).join('')));
      el.setAttribute('aria-busy', 'false');
    },
    get finished() {
      return finished;
    },
  };
}

/** An e-mail: it arrives whole, so it cannot be interrupted. */
export function deliverWritten(req: DeliveryRequest): Delivery {
  req.el.setAttribute('aria-busy', 'true');
  req.el.textContent = '';
  let finished = false;
  const cancel = req.scheduler.after(req.speed <= 0 ? 0 : 350, () => {
    req.el.textContent = req.text;
    finished = true;
    req.onDone();
  });
  return {
    cancel() {
      cancel();
      req.el.setAttribute('aria-busy', 'false');
    },
    get finished() {
      return finished;
    },
  };
}
