/**
 * The LMS's SCORM API, found the standard way (ADL's discovery algorithm): the window's parents up
 * to the top, then the opener's, for `API` (SCORM 1.2) or `API_1484_11` (SCORM 2004), and the
 * two spoken through one shape.
 */
import type { ScormVersion } from '../engine/lms/scorm-data.ts';

export interface LmsError {
  readonly code: number;
  /** The LMS's own words for the error, and its diagnostic when it gives one. */
  readonly text: string;
  readonly diagnostic: string;
}

export interface ScormApi {
  readonly version: ScormVersion;
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  finish(): boolean;
  lastError(): LmsError;
}

type Fn = (...args: string[]) => unknown;
type Raw = Record<string, Fn | undefined>;

/** Looks for the API in `win`'s parents (at most 500), then in its opener's; undefined when there is none. */
export function findScormApi(version: ScormVersion, win: Window): ScormApi | undefined {
  const name = version === '1.2' ? 'API' : 'API_1484_11';
  const scan = (start: Window | null | undefined): Raw | undefined => {
    let w = start;
    for (let tries = 0; w && tries <= 500; tries++) {
      try {
        const found = (w as unknown as Record<string, unknown>)[name];
        if (found && typeof found === 'object') return found as Raw;
      } catch {
        // Another origin's window: the API cannot be there for us.
        return undefined;
      }
      if (!w.parent || w.parent === w) return undefined;
      w = w.parent;
    }
    return undefined;
  };
  const raw = scan(win) ?? scan(win.opener as Window | null) ?? scan(safeTop(win)?.opener as Window | null);
  return raw ? wrap(version, raw) : undefined;
}

function safeTop(win: Window): Window | undefined {
  try {
    return win.top ?? undefined;
  } catch {
    return undefined;
  }
}

function wrap(version: ScormVersion, raw: Raw): ScormApi {
  const names =
    version === '1.2'
      ? {
          init: 'LMSInitialize',
          get: 'LMSGetValue',
          set: 'LMSSetValue',
          commit: 'LMSCommit',
          finish: 'LMSFinish',
          error: 'LMSGetLastError',
          text: 'LMSGetErrorString',
          diag: 'LMSGetDiagnostic',
        }
      : {
          init: 'Initialize',
          get: 'GetValue',
          set: 'SetValue',
          commit: 'Commit',
          finish: 'Terminate',
          error: 'GetLastError',
          text: 'GetErrorString',
          diag: 'GetDiagnostic',
        };
  const call = (name: string, ...args: string[]): unknown => {
    const fn = raw[name];
    if (typeof fn !== 'function') throw new Error(`the LMS's API has no ${name}`);
    return fn.apply(raw, args);
  };
  const ok = (v: unknown) => String(v) === 'true';
  return {
    version,
    initialize: () => ok(call(names.init, '')),
    get: (element) => String(call(names.get, element) ?? ''),
    set: (element, value) => ok(call(names.set, element, value)),
    commit: () => ok(call(names.commit, '')),
    finish: () => ok(call(names.finish, '')),
    lastError: () => {
      const code = Number(call(names.error)) || 0;
      return { code, text: String(call(names.text, String(code)) ?? ''), diagnostic: String(call(names.diag, String(code)) ?? '') };
    },
  };
}
