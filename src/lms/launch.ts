/**
 * A launch by an LMS (`?lms=scorm12|scorm2004|cmi5`, as a package's manifest opens the game) or
 * with a learning record store to report to. Says which scenarios the package holds, shows what
 * the learner must know, and hands the connection to the part for the standard (`Connect`).
 */
import type { Language, Logger, Scenario } from '../engine/index.ts';
import type { SuspendedConversation } from '../engine/lms/suspend.ts';
import type { CatalogEntry } from '../engine/index.ts';
import type { AttemptReporter } from '../engine/progress/index.ts';
import type { I18n } from '../i18n/create-i18n.ts';
import { useLmsWords } from '../i18n/lms-words.ts';
import { PACKAGE_FILE, type PackageDescription } from '../packaging/package-description.ts';
import { createNotices, type Notices } from './notice.ts';

/** What a connection learnt from the LMS, and who reports the learner's play to it. */
export interface Connected {
  /** The learner's language and sound as the LMS knows them. */
  readonly lang?: Language;
  readonly muted?: boolean;
  /** The unfinished conversation the LMS kept. */
  readonly resume?: SuspendedConversation;
  readonly reporters: readonly AttemptReporter[];
}

export type Connect = (query: URLSearchParams, deps: LaunchDeps, notices: Notices) => Promise<Connected>;

export interface LmsLaunch extends Connected {
  /** The launch's own parameters (`&lms=…`), kept on every address so a reload is launched alike. */
  readonly keep: string;
  /**
   * The scenarios the learner may play: the one an LMS launched (each is an activity of its own,
   * which the LMS tracks apart), else the package's, else all.
   */
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

/** The launches by an LMS, which track each scenario as an activity of its own. */
const LMS_LAUNCHES = ['scorm12', 'scorm2004', 'cmi5'];

/** The launch parameters of SCORM packages, cmi5 and xAPI launch links. */
const KEEP = ['lms', 'endpoint', 'fetch', 'auth', 'actor', 'registration', 'activityId'];

export async function launchLms(query: URLSearchParams, deps: LaunchDeps, connect: Connect): Promise<LmsLaunch> {
  const notices = createNotices(deps.logger);
  const [description, connected] = await Promise.all([readDescription(), connect(query, deps, notices)]);
  const launched = LMS_LAUNCHES.includes(query.get('lms') ?? '') ? query.get('scenario') : null;
  const inPackage = description ? [...description.scenarios, ...description.extra.map((e) => e.id)] : undefined;
  const ids = launched && (!inPackage || inPackage.includes(launched)) ? new Set([launched]) : inPackage && new Set(inPackage);
  const extra = new Map((description?.extra ?? []).map((e) => [e.id, e]));
  const keep = KEEP.filter((k) => query.has(k))
    .map((k) => `&${k}=${encodeURIComponent(query.get(k)!)}`)
    .join('');
  return {
    ...connected,
    keep,
    entries: (all) =>
      ids ? [...all.filter((e) => ids.has(e.id) && !extra.has(e.id)), ...[...extra.values()].filter((e) => ids.has(e.id))] : all,
    load: (id) =>
      extra.has(id)
        ? fetch(`scenarios/${encodeURIComponent(id)}.json`).then((r) =>
            r.ok ? (r.json() as Promise<Scenario>) : Promise.reject(new Error(`no scenario '${id}' in this package`)),
          )
        : undefined,
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
