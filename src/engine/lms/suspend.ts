/**
 * An unfinished conversation as SCORM suspend data: the scenario, the language and the runner's
 * action log, compactly (times as base-36 steps from the action before), so a relaunch replays it
 * to the same moment. SCORM 1.2 allows 4,096 characters; when a log does not fit, the longest
 * beginning of it that does is kept, which replays to an earlier moment of the same conversation.
 */
import type { Action } from '../conversation/state.ts';
import { ID_PATTERN, LANGUAGES, type Language } from '../scenario/vocabulary.ts';

const VERSION = 'hs1';
/** The one-letter token of each timed action without a payload. */
const TOKEN = { present: 'p', delivered: 'd', expire: 'e' } as const;
const TYPE: Record<string, 'present' | 'delivered' | 'expire'> = { p: 'present', d: 'delivered', e: 'expire' };

export interface SuspendedConversation {
  readonly scenarioId: string;
  readonly lang: Language;
  readonly actions: readonly Action[];
}

/**
 * The suspend data for `c`, at most `limit` characters: `hs1|<scenario>|<lang>|<tokens>` where the
 * first token is the start (`s<time>.<seed>`, the time in base 36) and each later one `p<step>`
 * (a line's delivery began), `d<step>` (delivered), `e<step>` (reply time ran out) or
 * `c<step>.<choice id>`, each step the base-36
 * milliseconds since the action before. Keeps the longest beginning of the log that fits; an
 * empty string when not even the start fits (or there is no start). Pure.
 */
export function encodeSuspend(c: SuspendedConversation, limit: number): string {
  const first = c.actions[0];
  if (first?.type !== 'start') return '';
  let text = `${VERSION}|${c.scenarioId}|${c.lang}|s${b36(first.at)}.${b36(first.seed)}`;
  if (text.length > limit) return '';
  let before = first.at;
  for (const a of c.actions.slice(1)) {
    const step = b36(Math.max(0, a.at - before));
    const token = a.type === 'choose' ? `c${step}.${a.choiceId}` : a.type === 'start' ? undefined : `${TOKEN[a.type]}${step}`;
    if (token === undefined || text.length + 1 + token.length > limit) break;
    text += `,${token}`;
    before = Math.max(before, a.at);
  }
  return text;
}

/**
 * The conversation `text` holds, or undefined when it is empty, of another format or malformed
 * (never throws). The actions still have to fit the scenario: `resumeRunner` checks that. Pure.
 */
export function decodeSuspend(text: string): SuspendedConversation | undefined {
  const [version, scenarioId, lang, tokens, ...rest] = text.split('|');
  if (
    version !== VERSION ||
    rest.length ||
    !scenarioId ||
    !ID_PATTERN.test(scenarioId) ||
    !(LANGUAGES as readonly string[]).includes(lang ?? '') ||
    !tokens
  )
    return undefined;
  const [start, ...later] = tokens.split(',');
  const s = /^s([0-9a-z]+)\.([0-9a-z]+)$/.exec(start ?? '');
  if (!s) return undefined;
  let at = parseInt(s[1]!, 36);
  const actions: Action[] = [{ type: 'start', at, seed: parseInt(s[2]!, 36) }];
  for (const token of later) {
    const m = /^([pdec])([0-9a-z]+)(?:\.([a-z0-9-]+))?$/.exec(token);
    if (!m || (m[1] === 'c') !== (m[3] !== undefined)) return undefined;
    at += parseInt(m[2]!, 36);
    actions.push(m[1] === 'c' ? { type: 'choose', at, choiceId: m[3]! } : { type: TYPE[m[1]!]!, at });
  }
  return { scenarioId, lang: lang as Language, actions };
}

function b36(n: number): string {
  return Math.max(0, Math.round(n)).toString(36);
}
