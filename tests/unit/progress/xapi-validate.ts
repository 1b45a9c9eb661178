/**
 * The xAPI 1.0.3 rules the game's statements rely on, checked by hand for the tests (the published
 * `@learninglocker/xapi-validation` checks the same statements independently). Not a full validator: objects
 * other than activities, attachments and groups are reported as unsupported.
 */
import { isAbsoluteIri } from '../../../src/engine/progress/index.ts';

/** Canonical UUID text: 8-4-4-4-12 hex digits. */
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$/;
const DURATION = /^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const STATEMENT_KEYS = ['id', 'actor', 'verb', 'object', 'result', 'context', 'timestamp', 'stored', 'authority', 'version', 'attachments'];
const CONTEXT_ACTIVITY_KEYS = ['parent', 'grouping', 'category', 'other'];
const INTERACTION_TYPES = [
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
  'other',
];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every rule of xAPI 1.0.3 that `s` breaks among those Hot Seat relies on, as readable sentences
 * (empty when it conforms): known top-level properties only; `id` a UUID; an Agent actor with
 * exactly one identifier (mbox, mbox_sha1sum, openid or account); verb and activity ids absolute
 * IRIs; extension keys absolute IRIs; score `scaled` within −1…1, `min` ≤ `raw` ≤ `max`;
 * booleans where booleans belong; ISO 8601 durations and timestamps. Pure; never throws.
 */
export function validateStatement(s: unknown): string[] {
  const p: string[] = [];
  if (!isObj(s)) return ['a statement must be an object'];
  for (const k of Object.keys(s)) if (!STATEMENT_KEYS.includes(k)) p.push(`unknown property '${k}'`);
  if (s.id !== undefined && !(typeof s.id === 'string' && UUID_PATTERN.test(s.id))) p.push('id must be a UUID');
  checkActor(s.actor, p);
  if (!isObj(s.verb)) p.push('verb is required');
  else {
    if (!isAbsoluteIri(s.verb.id)) p.push('verb.id must be an absolute IRI');
    if (s.verb.display !== undefined) checkLanguageMap(s.verb.display, 'verb.display', p);
  }
  if (s.object === undefined) p.push('object is required');
  else checkActivity(s.object, 'object', p);
  if (s.result !== undefined) checkResult(s.result, p);
  if (s.context !== undefined) checkContext(s.context, p);
  if (s.timestamp !== undefined && !isTimestamp(s.timestamp)) p.push('timestamp must be an ISO 8601 date and time with a time zone');
  return p;
}

function checkActor(a: unknown, p: string[]): void {
  if (!isObj(a)) return void p.push('actor is required');
  if (a.objectType !== undefined && a.objectType !== 'Agent')
    p.push(`actor.objectType '${String(a.objectType)}' is not supported (Agent only)`);
  if (a.name !== undefined && typeof a.name !== 'string') p.push('actor.name must be a string');
  const ifis = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => a[k] !== undefined);
  if (ifis.length !== 1) p.push(`actor must have exactly one identifier (mbox, mbox_sha1sum, openid or account), not ${ifis.length}`);
  if (a.mbox !== undefined && !(typeof a.mbox === 'string' && /^mailto:[^@\s]+@[^@\s]+$/.test(a.mbox)))
    p.push('actor.mbox must be a mailto: IRI');
  if (a.mbox_sha1sum !== undefined && !(typeof a.mbox_sha1sum === 'string' && /^[0-9a-f]{40}$/i.test(a.mbox_sha1sum)))
    p.push('actor.mbox_sha1sum must be 40 hex digits');
  if (a.openid !== undefined && !isAbsoluteIri(a.openid)) p.push('actor.openid must be an absolute IRI');
  if (a.account !== undefined) {
    if (!isObj(a.account)) p.push('actor.account must be an object');
    else {
      if (!isAbsoluteIri(a.account.homePage)) p.push('actor.account.homePage must be an absolute IRI');
      if (typeof a.account.name !== 'string' || a.account.name === '') p.push('actor.account.name must be a non-empty string');
    }
  }
}

function checkActivity(o: unknown, where: string, p: string[]): void {
  if (!isObj(o)) return void p.push(`${where} must be an object`);
  if (o.objectType !== undefined && o.objectType !== 'Activity')
    return void p.push(`${where}.objectType '${String(o.objectType)}' is not supported (Activity only)`);
  if (!isAbsoluteIri(o.id)) p.push(`${where}.id must be an absolute IRI`);
  if (o.definition === undefined) return;
  if (!isObj(o.definition)) return void p.push(`${where}.definition must be an object`);
  const d = o.definition;
  if (d.type !== undefined && !isAbsoluteIri(d.type)) p.push(`${where}.definition.type must be an absolute IRI`);
  if (d.interactionType !== undefined && !INTERACTION_TYPES.includes(String(d.interactionType)))
    p.push(`${where}.definition.interactionType is not an xAPI interaction type`);
  for (const k of ['name', 'description'] as const) if (d[k] !== undefined) checkLanguageMap(d[k], `${where}.definition.${k}`, p);
  if (d.extensions !== undefined) checkExtensions(d.extensions, `${where}.definition.extensions`, p);
}

function checkResult(r: unknown, p: string[]): void {
  if (!isObj(r)) return void p.push('result must be an object');
  for (const k of ['success', 'completion'] as const)
    if (r[k] !== undefined && typeof r[k] !== 'boolean') p.push(`result.${k} must be a boolean`);
  if (r.response !== undefined && typeof r.response !== 'string') p.push('result.response must be a string');
  if (r.duration !== undefined && !(typeof r.duration === 'string' && DURATION.test(r.duration)))
    p.push('result.duration must be an ISO 8601 duration');
  if (r.extensions !== undefined) checkExtensions(r.extensions, 'result.extensions', p);
  if (r.score === undefined) return;
  if (!isObj(r.score)) return void p.push('result.score must be an object');
  const { scaled, raw, min, max } = r.score;
  for (const [k, v] of Object.entries({ scaled, raw, min, max }))
    if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v))) p.push(`result.score.${k} must be a number`);
  if (typeof scaled === 'number' && (scaled < -1 || scaled > 1)) p.push('result.score.scaled must be between -1 and 1');
  if (typeof min === 'number' && typeof max === 'number' && min > max) p.push('result.score.min must not exceed max');
  if (typeof raw === 'number' && ((typeof min === 'number' && raw < min) || (typeof max === 'number' && raw > max)))
    p.push('result.score.raw must be between min and max');
}

function checkContext(c: unknown, p: string[]): void {
  if (!isObj(c)) return void p.push('context must be an object');
  if (c.registration !== undefined && !(typeof c.registration === 'string' && UUID_PATTERN.test(c.registration)))
    p.push('context.registration must be a UUID');
  for (const k of ['platform', 'language', 'revision'] as const)
    if (c[k] !== undefined && typeof c[k] !== 'string') p.push(`context.${k} must be a string`);
  if (c.extensions !== undefined) checkExtensions(c.extensions, 'context.extensions', p);
  if (c.contextActivities === undefined) return;
  if (!isObj(c.contextActivities)) return void p.push('context.contextActivities must be an object');
  for (const [k, v] of Object.entries(c.contextActivities)) {
    if (!CONTEXT_ACTIVITY_KEYS.includes(k)) p.push(`context.contextActivities has an unknown key '${k}'`);
    // 1.0.3 allows a single activity where an array is expected.
    (Array.isArray(v) ? v : [v]).forEach((a: unknown, i) => checkActivity(a, `context.contextActivities.${k}[${i}]`, p));
  }
}

function checkExtensions(e: unknown, where: string, p: string[]): void {
  if (!isObj(e)) return void p.push(`${where} must be an object`);
  for (const k of Object.keys(e)) if (!isAbsoluteIri(k)) p.push(`${where} key '${k}' must be an absolute IRI`);
}

function checkLanguageMap(m: unknown, where: string, p: string[]): void {
  if (!isObj(m) || Object.values(m).some((v) => typeof v !== 'string')) p.push(`${where} must map language tags to strings`);
}

function isTimestamp(t: unknown): boolean {
  // xAPI forbids the "unknown local offset" -00:00.
  return typeof t === 'string' && TIMESTAMP.test(t) && !t.endsWith('-00:00') && !Number.isNaN(Date.parse(t));
}
