/**
 * All schema problems of a file, as the trainer should see them: one message per mistake, and
 * none hidden. Works over the whole list of zod issues, where `issueToDiagnostics` sees one.
 */
import type { z } from 'zod';
import type { Diagnostic } from './diagnostics.ts';
import { nodeSchema } from './schema.ts';
import { issueToDiagnostics } from './schema-issues.ts';
import { FIELDS, mappingKind, valueAt } from './schema-paths.ts';
import { MAX_DIAGNOSTICS } from './limits.ts';
import type { Unlisted } from './budget.ts';
import { suggest } from './suggest.ts';
import type { Path, YamlSource } from './yaml-source.ts';

type Issue = z.core.$ZodIssue;

/**
 * Diagnostics worked out in full from one file's schema issues. zod reports them in the order of
 * the schema, close to the file's, so past this many the rest are counted but not worked out.
 */
export const MAX_WORKED_ISSUES = 1_000;

const key = (path: Path) => path.map(String).join('\u0000');

/**
 * Diagnostics for zod's issues. A misspelt required field is one mistake, so the "missing" issue
 * that its "unknown field; did you mean" explains is dropped. A node whose id is malformed is
 * still checked inside, since zod skips the value of a record entry whose key fails.
 */
export function schemaDiagnostics(
  issues: readonly Issue[],
  raw: unknown,
  source: YamlSource,
  file: string,
  unlisted: Unlisted = { count: 0 },
): Diagnostic[] {
  const all = [...issues, ...malformedNodeIssues(issues, raw)];
  const explained = new Set<string>();
  for (const issue of all) {
    if (issue.code !== 'unrecognized_keys') continue;
    const known = FIELDS[mappingKind(issue.path as Path)] ?? [];
    // Only the keys that can be listed are explained (bounded work in a file of thousands).
    for (const k of issue.keys.slice(0, MAX_DIAGNOSTICS)) {
      const meant = suggest(k, known);
      if (meant !== undefined) explained.add(key([...(issue.path as Path), meant]));
    }
  }
  const missing = (i: Issue) => (i.code === 'invalid_type' || i.code === 'invalid_union') && valueAt(raw, i.path as Path) === undefined;
  const out: Diagnostic[] = [];
  for (const issue of all) {
    if (missing(issue) && explained.has(key(issue.path as Path))) continue;
    // Worked out in full up to a bound; past it, each issue is one problem more, only counted.
    if (out.length >= MAX_WORKED_ISSUES) unlisted.count += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
    else out.push(...issueToDiagnostics(issue, raw, source, file, unlisted));
  }
  return out;
}

/** The issues inside nodes whose id zod rejected, with paths as if the id had been accepted. */
function malformedNodeIssues(issues: readonly Issue[], raw: unknown): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const [top, id] = issue.path;
    if (issue.code !== 'invalid_key' || issue.path.length !== 2 || top !== 'nodes') continue;
    const checked = nodeSchema.safeParse(valueAt(raw, issue.path as Path));
    if (!checked.success) out.push(...checked.error.issues.map((i) => ({ ...i, path: ['nodes', id!, ...i.path] }) as Issue));
  }
  return out;
}
