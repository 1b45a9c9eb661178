/**
 * "Did you mean": the closest candidate by edit distance, if it is close enough to be a typo.
 */

/**
 * Edit distance, case-insensitive: insertions, deletions, substitutions, and two neighbouring
 * letters swapped ('titel' → 'title'), each counting 1, since swaps are the commonest typo.
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let before: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) row[j] = Math.min(row[j]!, before[j - 2]! + 1);
    }
    before = prev;
    prev = row;
  }
  return prev[t.length]!;
}

/** Words longer than this get no suggestion, and candidates longer than this are not offered. */
export const MAX_SUGGESTED_LENGTH = 64;
/** Candidates compared per word at most. */
export const MAX_SUGGESTION_CANDIDATES = 1_000;

/**
 * Returns the candidate nearest to `word` when the distance is at most a third of the word's
 * length (at least 1, at most 3), or when one is a prefix of the other; otherwise undefined.
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  // Bounded work: a typo is short, and no honest file has thousands of names to compare.
  if (word.length > MAX_SUGGESTED_LENGTH) return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  let compared = 0;
  for (const c of candidates) {
    if (c === word || c.length > MAX_SUGGESTED_LENGTH) continue;
    if (++compared > MAX_SUGGESTION_CANDIDATES) break;
    const d = editDistance(word, c);
    const prefix = c.toLowerCase().startsWith(word.toLowerCase()) || word.toLowerCase().startsWith(c.toLowerCase());
    const score = prefix ? Math.min(d, limit) : d;
    if (score <= limit && score < bestDistance) {
      best = c;
      bestDistance = score;
    }
  }
  return best;
}
