/**
 * The one rule for a scenario's voice files, shared by the CLI, the build and the game's "Open a
 * scenario file…": a voice file is a relative path inside `public/`, resolved segment by segment
 * and compared as a path, never as a string prefix. Anything else (a URL with a scheme, `data:`,
 * `//host`, a backslash, a query or fragment, a path that climbs out of `public/`) is not one.
 */

/** Characters no voice path needs, each of which could change what a URL or a disk path means. */
const UNSAFE = /[\\?#%:\p{Cc}]/u;

/**
 * The path of `value` inside `public/`, normalised (`audio/./voice//x.mp3` → `audio/voice/x.mp3`,
 * one leading `/` allowed), or undefined when it is not a relative path that stays inside
 * `public/`. Pure.
 */
export function voicePath(value: string): string | undefined {
  if (UNSAFE.test(value) || value.startsWith('//')) return undefined;
  const parts: string[] = [];
  for (const segment of value.replace(/^\//, '').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      // Climbing above public/ is outside it, even if a later segment comes back down.
      if (parts.pop() === undefined) return undefined;
    } else parts.push(segment);
  }
  return parts.length ? parts.join('/') : undefined;
}
