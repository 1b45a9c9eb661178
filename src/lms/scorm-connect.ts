/**
 * The SCORM part of a launch (`?lms=scorm12|scorm2004`): finds the LMS's API, starts a session
 * and finishes it when the learner leaves. Without an API the game plays on its own, saying so.
 */
import type { Connect } from './launch.ts';
import { findScormApi } from './scorm-api.ts';
import { ScormSession } from './scorm-session.ts';

export const connect: Connect = async (query, deps, notices) => {
  const api = findScormApi(query.get('lms') === 'scorm12' ? '1.2' : '2004', deps.win);
  if (!api) {
    notices.tell('none');
    return { reporters: [] };
  }
  const session = new ScormSession(api, { now: deps.now, after: (ms, fn) => void deps.win.setTimeout(fn, ms), notices });
  const started = session.start();
  if (!started) return { reporters: [] };
  const leave = () => session.finish();
  deps.win.addEventListener('pagehide', leave);
  deps.win.addEventListener('beforeunload', leave);
  return { ...started, reporters: [session] };
};
