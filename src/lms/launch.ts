/**
 * A launch by an LMS (`?lms=scorm12|scorm2004|cmi5`, as a package's manifest opens the game) or
 * with a learning record store to report to (`endpoint` and `auth` in the address, or named at
 * build time). Loaded only then: a plain visit downloads none of this. Says which scenarios the
 * package holds, what the LMS knows of the learner, and reports what they play.
 */
import type { Language, Logger, Scenario } from '../engine/index.ts';
import type { SuspendedConversation } from '../engine/lms/suspend.ts';
import type { CatalogEntry } from '../app/catalog.ts';
import type { AttemptReporter } from '../app/progress-keeper.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { useLmsWords } from '../i18n/lms-words.ts';
import { PACKAGE_FILE, type PackageDescription } from '../packaging/package-description.ts';
import { createNotices } from './notice.ts';
import { findScormApi } from './scorm-api.ts';
import { ScormSession } from './scorm-session.ts';

export interface LmsLaunch {
  /** The learner's language and sound as the LMS knows them. */
  readonly lang?: Language;
  readonly muted?: boolean;
  /** The unfinished conversation the LMS kept. */
  readonly resume?: SuspendedConversation;
  readonly reporters: readonly AttemptReporter[];
  /** The scenarios of this package (all of them outside one). */
  entries(all: readonly CatalogEntry[]): readonly CatalogEntry[];
  /** A scenario the package carries as a file; undefined for the build's own. */
  load(id: string): Promise<Scenario> | undefined;
  /** Shows the notices (and loads their words) once the game has its language. */
  attach(i18n: I18n, host: HTMLElement): Promise<void>;
}

export interface LaunchDeps {
  readonly logger: Logger;
  readonly now: () => number;
  readonly win: Window;
  /** The IRI the game's xAPI activities live under. */
  readonly xapiBase: string;
}

export async function launchLms(query: URLSearchParams, deps: LaunchDeps): Promise<LmsLaunch> {
  const notices = createNotices(deps.logger);
  const description = await readDescription();
  const reporters: AttemptReporter[] = [];
  let known: { lang?: Language; muted?: boolean; resume?: SuspendedConversation } = {};
  const lms = query.get('lms');
  if (lms === 'scorm12' || lms === 'scorm2004') {
    const api = findScormApi(lms === 'scorm12' ? '1.2' : '2004', deps.win);
    const session = api && new ScormSession(api, { now: deps.now, after: (ms, fn) => void deps.win.setTimeout(fn, ms), notices });
    const started = session?.start();
    if (!api) notices.tell('none');
    if (session && started) {
      known = started;
      reporters.push(session);
      const leave = () => session.finish();
      deps.win.addEventListener('pagehide', leave);
      deps.win.addEventListener('beforeunload', leave);
    }
  }
  const ids = description ? new Set([...description.scenarios, ...description.extra.map((e) => e.id)]) : undefined;
  const extra = new Map((description?.extra ?? []).map((e) => [e.id, e]));
  return {
    ...known,
    reporters,
    entries: (all) => (ids ? [...all.filter((e) => ids.has(e.id) && !extra.has(e.id)), ...extra.values()] : all),
    load: (id) => (extra.has(id) ? fetch(`scenarios/${encodeURIComponent(id)}.json`).then((r) => (r.ok ? (r.json() as Promise<Scenario>) : Promise.reject(new Error(`no scenario '${id}' in this package`)))) : undefined),
    attach: async (i18n, host) => {
      await useLmsWords(i18n);
      notices.attach(i18n, host);
    },
  };
}

/** The package's description, or undefined outside a package (the game as deployed). */
async function readDescription(): Promise<PackageDescription | undefined> {
  try {
    const r = await fetch(PACKAGE_FILE, { cache: 'no-store' });
    return r.ok ? ((await r.json()) as PackageDescription) : undefined;
  } catch {
    return undefined;
  }
}
