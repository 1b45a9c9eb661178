/**
 * Statements to a learning record store outside an LMS: the LRS named in a launch link
 * (`?endpoint=…&auth=…[&actor=…]`, the xAPI launch parameters) or when building (VITE_LRS_ENDPOINT,
 * VITE_LRS_AUTH). Each recorded attempt's statements go through the durable outbox. A package
 * opened without its LMS and without an LRS plays on its own and says so.
 */
import { toXapi } from '../engine/progress/xapi.ts';
import type { XapiAccount } from '../engine/progress/xapi-types.ts';
import type { Connect } from './launch.ts';
import { LrsOutbox, type LrsTarget } from './lrs-outbox.ts';

export const connect: Connect = async (query, deps, notices) => {
  const target = targetOf(query);
  if (!target) {
    notices.tell('none');
    return { reporters: [] };
  }
  const actor = actorOf(query.get('actor'));
  const win = deps.win;
  const outbox = new LrsOutbox({
    fetch: (input, init) => win.fetch(input, init),
    after: (ms, fn) => void win.setTimeout(fn, ms),
    online: () => win.navigator.onLine,
    onOnline: (fn) => win.addEventListener('online', fn),
    refused: (id, status, answer) => notices.tell('lrsRefused', `${status}${answer ? `: ${answer}` : ''} (${id})`),
    failed: (e) => notices.tell('notSaved', e instanceof Error ? e.message : String(e)),
    exclusive: async (fn) => {
      if (win.navigator.locks) await win.navigator.locks.request('hot-seat-lrs-outbox', fn);
      else await fn();
    },
  });
  // What an earlier visit left unsent goes first.
  outbox.kick();
  return {
    reporters: [
      {
        recorded: (attempt, profile) => {
          const statements = toXapi(
            [attempt],
            { name: actor?.name ?? profile.name, ...(actor?.account ? { account: actor.account } : {}) },
            deps.xapiBase,
          );
          outbox.add(statements, target).catch((e: unknown) => notices.tell('notSaved', e instanceof Error ? e.message : String(e)));
        },
      },
    ],
  };
};

function targetOf(query: URLSearchParams): LrsTarget | undefined {
  const endpoint = query.get('endpoint') ?? import.meta.env.VITE_LRS_ENDPOINT;
  if (!endpoint) return undefined;
  const auth = query.get('endpoint') ? query.get('auth') : import.meta.env.VITE_LRS_AUTH;
  return { endpoint, ...(auth ? { auth } : {}) };
}

/** The launch link's actor (an xAPI Agent as JSON) when it names an account; else the learner's profile. */
function actorOf(raw: string | null): { name?: string; account?: XapiAccount } | undefined {
  try {
    const a = raw ? (JSON.parse(raw) as { name?: unknown; account?: { homePage?: unknown; name?: unknown } }) : undefined;
    const account =
      a?.account && typeof a.account.homePage === 'string' && typeof a.account.name === 'string'
        ? { homePage: a.account.homePage, name: a.account.name }
        : undefined;
    return a ? { ...(typeof a.name === 'string' ? { name: a.name } : {}), ...(account ? { account } : {}) } : undefined;
  } catch {
    return undefined;
  }
}
