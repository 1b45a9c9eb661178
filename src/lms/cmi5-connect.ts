/**
 * The cmi5 part of a launch (the LMS's launch parameters in the address): with @xapi/cmi5, reads
 * the launch parameters, fetches the session's token once, reads LMS.LaunchData and the learner's
 * preferences, and sends `initialized`. Then each finished conversation sends its replies as
 * cmi5-allowed statements, `completed` once per registration and `passed` once, when reached;
 * `failed` (when no conversation passed) and `terminated` go when the learner leaves. Statements
 * are sent in order, each retried on a network failure or a 5xx; the registration's record of
 * what was sent is kept in the xAPI State API, so a later session does not repeat it.
 */
import type Cmi5 from '@xapi/cmi5';
import { allowedStatements, cmi5Statement, type Cmi5Session, type Cmi5Verb } from '../engine/lms/cmi5.ts';
import { lmsScore, LMS_MASTERY } from '../engine/lms/score.ts';
import type { XapiAgent, XapiContext, XapiStatement } from '../engine/progress/xapi-types.ts';
import { matchLanguage } from '../i18n/negotiate.ts';
import type { Connect } from './launch.ts';
import { retryFailures, Sender, whyOf } from './cmi5-sender.ts';

const STATE_ID = 'https://w3id.org/hot-seat/cmi5/registration';

interface Sent {
  completed?: boolean;
  passed?: boolean;
}

export const connect: Connect = async (query, deps, notices) => {
  let cmi5: Cmi5;
  try {
    // The library (with the HTTP client it bundles) loads only for a cmi5 launch.
    const { default: Cmi5Class } = await import('@xapi/cmi5');
    cmi5 = new Cmi5Class({
      endpoint: query.get('endpoint') ?? '',
      fetch: query.get('fetch') ?? '',
      actor: JSON.parse(query.get('actor') ?? 'null') as never,
      registration: query.get('registration') ?? '',
      activityId: query.get('activityId') ?? '',
    });
    await cmi5.initialize();
  } catch (e) {
    notices.tell(query.has('fetch') ? 'notStarted' : 'none', whyOf(e));
    return { reporters: [] };
  }
  const xapi = cmi5.xapi!;
  retryFailures(xapi.getAxios(), (ms, fn) => void deps.win.setTimeout(fn, ms));
  const launch = cmi5.getLaunchData();
  const params = cmi5.getLaunchParameters();
  const session: Cmi5Session = {
    actor: params.actor as unknown as XapiAgent,
    registration: params.registration,
    activityId: params.activityId,
    contextTemplate: (launch.contextTemplate ?? {}) as XapiContext,
    ...(typeof launch.masteryScore === 'number' ? { masteryScore: launch.masteryScore } : {}),
    startedAt: cmi5.getInitializedDate().getTime(),
  };
  const normal = launch.launchMode === 'Normal';
  if (!normal) notices.tell('browse');
  const stateParams = { agent: params.actor, activityId: params.activityId, registration: params.registration, stateId: STATE_ID };
  const sent: Sent = await xapi.getState(stateParams).then(
    (r) => (r.data && typeof r.data === 'object' ? (r.data as Sent) : {}),
    () => ({}),
  );
  const queue = new Sender((s) => cmi5.sendXapiStatement(s as never).then(() => undefined), notices);
  let judged = false;
  let worst: ReturnType<typeof lmsScore> | undefined;
  let last = deps.now();
  // Each statement a little after the one before: cmi5 orders a session's statements by time stamp.
  const at = () => (last = Math.max(deps.now(), last + 1));
  const defined = (verb: Cmi5Verb, score?: ReturnType<typeof lmsScore>) => cmi5Statement(session, verb, at(), score);
  let terminated = false;
  const leave = () => {
    if (terminated) return;
    terminated = true;
    const rest: XapiStatement[] = [];
    if (normal && !judged && !sent.passed && worst) rest.push(defined('failed', worst));
    rest.push(defined('terminated'));
    queue.flushOnLeave(rest, params.endpoint, cmi5.getAuthToken());
  };
  deps.win.addEventListener('pagehide', leave);
  const prefs = cmi5.getLearnerPreferences() ?? {};
  const lang = (prefs.languagePreference ?? '')
    .split(',')
    .map(matchLanguage)
    .find((l) => l !== undefined);
  return {
    ...(lang ? { lang } : {}),
    ...(prefs.audioPreference ? { muted: prefs.audioPreference === 'off' } : {}),
    reporters: [
      {
        recorded: (attempt) => {
          if (terminated) return;
          for (const s of allowedStatements(attempt, session, base(params.activityId, deps.xapiBase))) queue.add(s);
          if (!normal) return;
          const score = lmsScore(attempt, session.masteryScore ?? LMS_MASTERY);
          const before = { ...sent };
          if (!sent.completed) {
            queue.add(defined('completed'));
            sent.completed = true;
          }
          if (score.passed && !sent.passed && !judged) {
            queue.add(defined('passed', score));
            sent.passed = judged = true;
          } else if (!score.passed && (!worst || score.scaled > worst.scaled)) worst = score;
          if (before.completed !== sent.completed || before.passed !== sent.passed)
            queue.afterQueued(() => xapi.setState({ ...stateParams, state: { ...sent } }).then(() => undefined));
        },
      },
    ],
  };
};

/** Activities of the unit are named under its id, when that is a plain IRI; else under the game's. */
function base(activityId: string, fallback: string): string {
  return /^[a-z][a-z0-9+.-]*:[^?#\s]+$/i.test(activityId) ? activityId : fallback;
}
