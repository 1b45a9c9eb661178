/**
 * Why a progress file was refused, as data: the game says it in the learner's language, and
 * `refusalSentence` says it in English for logs and tools. Technical details (a record's field
 * path, a parser's message) are kept verbatim in `details`.
 */
export type ImportRefusal =
  | { readonly kind: 'too-large'; readonly limitBytes: number }
  | { readonly kind: 'not-json'; readonly details: string }
  | { readonly kind: 'forbidden-key'; readonly key: string }
  | { readonly kind: 'not-progress-file' }
  | { readonly kind: 'no-version' }
  | { readonly kind: 'newer-version'; readonly version: number; readonly supported: number }
  | { readonly kind: 'unexpected-fields'; readonly fields: readonly string[] }
  | { readonly kind: 'incomplete' }
  /** `count` records are wrong; `details` names at most five, and `more` counts the rest. */
  | { readonly kind: 'invalid-records'; readonly count: number; readonly details: readonly string[]; readonly more: number }
  /** Attempts this device holds under the same ids with other content (at most five named). */
  | { readonly kind: 'conflicting-records'; readonly ids: readonly string[]; readonly more: number };

/** A refusal as one English sentence (no capital, no full stop), e.g. for `ImportResult.problem`. */
export function refusalSentence(r: ImportRefusal): string {
  switch (r.kind) {
    case 'too-large':
      return `the file is too large (over ${formatBytes(r.limitBytes)}, the limit)`;
    case 'not-json':
      return `the file is not JSON (${r.details})`;
    case 'forbidden-key':
      return `the file contains the key '${r.key}', which progress files never use: it may have been crafted to attack the game`;
    case 'not-progress-file':
      return 'this is not a Hot Seat progress file';
    case 'no-version':
      return 'the progress file has no valid version number';
    case 'newer-version':
      return `the file was made by a newer version of Hot Seat (file version ${r.version}; this game reads up to ${r.supported}): update the game first`;
    case 'unexpected-fields':
      return `the progress file has unexpected fields: ${r.fields.join(', ')}`;
    case 'incomplete':
      return 'the progress file is incomplete: it needs exportedAt, profiles and attempts';
    case 'invalid-records': {
      const n = r.count === 1 ? '1 problem' : `${r.count} problems`;
      return `nothing was imported: ${n} in the file: ${r.details.join('; ')}${r.more ? `; and ${r.more} more` : ''}`;
    }
    case 'conflicting-records':
      return `nothing was imported: this device already holds attempt ${r.ids.map((id) => `'${id}'`).join(', ')}${r.more ? ` and ${r.more} more` : ''} with other content, and a stored attempt is never replaced`;
  }
}

/** A refused result: the refusal as data, with its English sentence as `problem`. */
export function refused(refusal: ImportRefusal): { readonly ok: false; readonly problem: string; readonly refusal: ImportRefusal } {
  return { ok: false, problem: refusalSentence(refusal), refusal };
}

/** 10485760 → "10 MB". */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${+(bytes / (1024 * 1024)).toFixed(1)} MB`
    : bytes >= 1024
      ? `${+(bytes / 1024).toFixed(1)} KB`
      : `${bytes} bytes`;
}
