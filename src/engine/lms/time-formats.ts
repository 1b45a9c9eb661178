/**
 * Times as each standard writes them: SCORM 1.2's CMITimespan and CMITime, SCORM 2004's and
 * xAPI's ISO 8601 durations and time stamps. (The same duration as progress/xapi.ts writes, kept
 * apart so an LMS session does not load the progress reports.)
 */

/**
 * A duration as SCORM 1.2's CMITimespan, `HHHH:MM:SS.SS` (hours two to four digits, capped at
 * 9999:59:59.99). Negative durations count as zero. Pure.
 */
export function cmiTimespan(ms: number): string {
  const cs = Math.min(Math.round(Math.max(0, ms) / 10), 9999 * 360000 + 359999);
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  const frac = cs % 100;
  return `${String(h).padStart(2, '0')}:${pad(m)}:${pad(s)}.${pad(frac)}`;
}

/** A moment as SCORM 1.2's CMITime, the time of day `HH:MM:SS` in UTC. Pure. */
export function cmiTime(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(11, 19);
}

/** A moment as SCORM 2004's `time (second,10,0)`: ISO 8601 in UTC, to the hundredth of a second. Pure. */
export function scormTimestamp(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 22)}Z`;
}

/** A duration as SCORM 2004's `timeinterval (second,10,2)`: ISO 8601, to the hundredth of a second. Pure. */
export function scormDuration(ms: number): string {
  const cs = Math.round(Math.max(0, ms) / 10);
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = (cs % 6000) / 100;
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || (!h && !m) ? `${s}S` : ''}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
