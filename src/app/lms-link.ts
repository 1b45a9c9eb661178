/**
 * Whether this visit was launched by an LMS or with a learning record store to report to, and the
 * code for it (lms-chunk.ts), loaded only then: a plain visit downloads none of it.
 */
import type { LaunchDeps, LmsLaunch } from '../lms/launch.ts';
import { lmsCode } from './lazy-code.ts';

export type { LmsLaunch } from '../lms/launch.ts';

export type LaunchKind = 'scorm' | 'cmi5' | 'lrs';

/** The kind of launch an address (or the build) asks for; undefined for a plain visit. */
export function launchKind(query: URLSearchParams): LaunchKind | undefined {
  const lms = query.get('lms');
  if (lms === 'scorm12' || lms === 'scorm2004') return 'scorm';
  if (lms === 'cmi5' || query.has('fetch')) return 'cmi5';
  // A package's address without its LMS's parameters still plays as that package (and says so).
  if (lms || query.has('endpoint') || import.meta.env.VITE_LRS_ENDPOINT) return 'lrs';
  return undefined;
}

export async function launchLms(kind: LaunchKind, query: URLSearchParams, deps: LaunchDeps): Promise<LmsLaunch> {
  const launchers = await lmsCode();
  return launchers.launchLms(query, deps, launchers[kind]);
}
