/**
 * A small learning record store inside the browser tests (Playwright routes): statements (PUT with
 * an id, POST one or many), the State API and agent profiles, and the cmi5 LMS's fetch URL. Every
 * statement it receives is checked with a published xAPI validator; it can fail or hold requests
 * as a real one might.
 */
import type { BrowserContext, Request, Route } from '@playwright/test';
import { xapiWarnings as validate } from '../xapi-warnings.ts';

export type Statement = { id: string; verb: { id: string }; [k: string]: unknown };

export class TestLrs {
  readonly endpoint = 'https://lrs.test/xapi/';
  readonly fetchUrl = 'https://lms.test/fetch/one-time';
  readonly token = 'dG9rZW4tZm9yLWxhbg==';
  /** Stored statements in the order first received. */
  readonly stored: Statement[] = [];
  /** Every statement received (a statement sent twice appears twice). */
  readonly received: Statement[] = [];
  /** Validator complaints and protocol mistakes, as readable lines. */
  readonly problems: string[] = [];
  readonly state = new Map<string, unknown>();
  readonly profiles = new Map<string, unknown>();
  /** Answer the next statement requests with 500. */
  failNext = 0;
  /** Drop requests as if the network were down. */
  offline = false;
  /** Keep the next statement request unanswered (stored, as an LRS that received it). */
  holdNext = false;
  held: Route | undefined;
  private fetched = 0;

  constructor(private readonly auth?: string) {}

  async attach(context: BrowserContext): Promise<void> {
    await context.route('https://lrs.test/**', (route) => this.handle(route));
    await context.route('https://lms.test/**', (route) => this.handleLms(route));
  }

  get ids(): string[] {
    return this.stored.map((s) => s.id);
  }

  private async handleLms(route: Route): Promise<void> {
    if (route.request().method() === 'OPTIONS') return preflight(route);
    if (!route.request().url().startsWith(this.fetchUrl) || route.request().method() !== 'POST')
      return json(route, 404, { error: 'no such resource' });
    // The fetch URL is good once (cmi5, 8.2.3).
    if (this.fetched++ > 0) return json(route, 400, { 'error-code': '1', 'error-text': 'The fetch URL has already been used.' });
    return json(route, 200, { 'auth-token': this.token });
  }

  private async handle(route: Route): Promise<void> {
    const req = route.request();
    if (req.method() === 'OPTIONS') return preflight(route);
    if (this.offline) return route.abort('internetdisconnected');
    const url = new URL(req.url());
    const path = url.pathname.replace(/^\/xapi\//, '');
    const expected = this.auth ?? `Basic ${this.token}`;
    if (req.headers()['authorization'] !== expected)
      this.problems.push(`${req.method()} ${path}: Authorization ${req.headers()['authorization']}`);
    if (!req.headers()['x-experience-api-version']) this.problems.push(`${req.method()} ${path}: no X-Experience-API-Version`);
    if (path === 'statements') return this.statements(route, req, url);
    if (path === 'activities/state' || path === 'agents/profile') {
      const map = path === 'agents/profile' ? this.profiles : this.state;
      const key = url.searchParams.get('stateId') ?? url.searchParams.get('profileId') ?? '';
      if (req.method() === 'GET') return map.has(key) ? json(route, 200, map.get(key)) : json(route, 404, { error: 'not found' });
      map.set(key, req.postDataJSON());
      return route.fulfill({ status: 204, headers: CORS });
    }
    return json(route, 404, { error: `no resource ${path}` });
  }

  private async statements(route: Route, req: Request, url: URL): Promise<void> {
    if (req.method() !== 'PUT' && req.method() !== 'POST') return json(route, 405, { error: 'method' });
    const body = req.postDataJSON() as Statement | Statement[];
    const batch = Array.isArray(body) ? body : [body];
    if (req.method() === 'PUT' && batch[0]?.id !== url.searchParams.get('statementId'))
      this.problems.push(`PUT statementId ${url.searchParams.get('statementId')} for ${batch[0]?.id}`);
    if (this.failNext > 0) {
      this.failNext--;
      this.received.push(...batch);
      return json(route, 500, { error: 'the LRS is having a bad day' });
    }
    for (const s of batch) {
      this.received.push(s);
      const warnings = validate(s);
      if (warnings.length) this.problems.push(`${s.id}: ${warnings.map((w) => w.path.join('.')).join(', ')}`);
      const known = this.stored.find((x) => x.id === s.id);
      if (known && JSON.stringify(known) !== JSON.stringify(s))
        return json(route, 409, { error: `statement ${s.id} exists with other content` });
      if (!known) this.stored.push(s);
    }
    if (this.holdNext) {
      this.holdNext = false;
      this.held = route;
      return;
    }
    return req.method() === 'PUT'
      ? route.fulfill({ status: 204, headers: CORS })
      : json(
          route,
          200,
          batch.map((s) => s.id),
        );
  }
}

const CORS = { 'access-control-allow-origin': '*', 'access-control-expose-headers': '*' };

function json(route: Route, status: number, body: unknown): Promise<void> {
  return route.fulfill({ status, headers: CORS, contentType: 'application/json', body: JSON.stringify(body) });
}

function preflight(route: Route): Promise<void> {
  return route.fulfill({
    status: 204,
    headers: {
      ...CORS,
      'access-control-allow-methods': 'GET, PUT, POST, DELETE',
      'access-control-allow-headers': 'authorization, content-type, x-experience-api-version',
    },
  });
}
