/**
 * How cmi5 statements travel: one after another in the order given, a failed one told to the
 * learner in the LRS's words (not silently dropped); a request that met a lost connection or a
 * 5xx is sent again after a pause (the same statement id, so an LRS stores it once); and what is
 * still waiting when the learner leaves goes in one request that outlives the page.
 */
import type { XapiStatement } from '../engine/progress/xapi-types.ts';
import type { Notices } from './notice.ts';

const RETRIES = [500, 1000, 2000, 4000];

/** Sends statements one after another, in the order given; the rest go with the learner when they leave. */
export class Sender {
  private readonly waiting: (XapiStatement | (() => Promise<void>))[] = [];
  private busy = false;

  constructor(
    private readonly send: (s: XapiStatement) => Promise<void>,
    private readonly notices: Notices,
  ) {}

  add(s: XapiStatement): void {
    this.waiting.push(s);
    this.go();
  }

  /** Runs `fn` once everything added before it has gone. */
  afterQueued(fn: () => Promise<void>): void {
    this.waiting.push(fn);
    this.go();
  }

  private go(): void {
    this.next().catch((e: unknown) => {
      this.busy = false;
      this.notices.tell('notSaved', whyOf(e));
    });
  }

  private async next(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    while (this.waiting.length) {
      const item = this.waiting[0]!;
      try {
        await (typeof item === 'function' ? item() : this.send(item));
      } catch (e) {
        this.notices.tell('notSaved', whyOf(e));
      }
      this.waiting.shift();
    }
    this.busy = false;
  }

  /** The page is going: what has not gone yet, then `last`, in one request that outlives the page. */
  flushOnLeave(last: readonly XapiStatement[], endpoint: string, token: string): void {
    const statements = [...this.waiting.filter((x): x is XapiStatement => typeof x !== 'function'), ...last];
    this.waiting.length = 0;
    void fetch(`${endpoint.replace(/\/*$/, '/')}statements`, {
      method: 'POST',
      keepalive: true,
      headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3', Authorization: `Basic ${token}` },
      body: JSON.stringify(statements),
    }).catch(() => undefined);
  }
}

interface Retryable {
  interceptors: { response: { use(ok: undefined, fail: (e: unknown) => unknown): unknown } };
  request(config: unknown): Promise<unknown>;
}

/** A network failure or a 5xx is tried again after a pause (the same request: the same statement id). */
export function retryFailures(axios: unknown, after: (ms: number, fn: () => void) => void): void {
  const ax = axios as Retryable;
  ax.interceptors.response.use(undefined, (e) => {
    const err = e as { config?: { hotSeatTries?: number }; response?: { status: number } };
    const tries = err.config?.hotSeatTries ?? 0;
    const status = err.response?.status;
    if (!err.config || (status !== undefined && status < 500) || tries >= RETRIES.length) return Promise.reject(e);
    err.config.hotSeatTries = tries + 1;
    return new Promise<void>((resolve) => after(RETRIES[tries]!, () => resolve())).then(() => ax.request(err.config));
  });
}

/** The LMS's or LRS's own words for a failure. */
export function whyOf(e: unknown): string {
  const err = e as { response?: { status?: number; data?: unknown }; message?: string };
  const data = err.response?.data;
  const text = typeof data === 'string' ? data : data ? JSON.stringify(data) : '';
  return `${err.response?.status ?? ''}${text ? ` ${text.slice(0, 300)}` : ''}`.trim() || (err.message ?? String(e));
}
