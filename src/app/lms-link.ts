/**
 * Whether this visit was launched by an LMS or with a learning record store to report to, and the
 * code for it, loaded only then (a plain visit downloads none of it).
 */
import type { LaunchDeps, LmsLaunch } from '../lms/launch.ts';

export type { LmsLaunch } from '../lms/launch.ts';

/** `?lms=…` (a package's manifest), `endpoint` (an xAPI launch link) or an LRS named at build time. */
export function launchedForLms(query: URLSearchParams): boolean {
  return query.has('lms') || query.has('endpoint') || !!import.meta.env.VITE_LRS_ENDPOINT;
}

export async function launchLms(query: URLSearchParams, deps: LaunchDeps): Promise<LmsLaunch> {
  return (await import('../lms/launch.ts')).launchLms(query, deps);
}
