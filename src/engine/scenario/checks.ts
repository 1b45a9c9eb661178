/**
 * Rules a schema cannot express: names that must point at nodes, the shape of nodes, the graph
 * (no cycles, nothing unreachable), source texts, voice files, and the warnings of the contract.
 * Runs on the raw parsed value so that it reports even while other parts of the file are broken.
 */
import type { Diagnostic, DiagnosticCode, Severity } from './diagnostics.ts';
import { asMap, own, rawChoiceId, rawNodes, rawTexts, type RawNode } from './raw.ts';
import { suggest } from './suggest.ts';
import { isLanguage } from './vocabulary.ts';
import { locate, type Path, type YamlSource } from './yaml-source.ts';
import { checkProtoKeys } from './proto-keys.ts';
import { voicePath } from './voice-path.ts';
import { message } from './messages/render.ts';

export interface CheckContext {
  readonly raw: unknown;
  readonly source: YamlSource;
  readonly file: string;
  /** Answers whether a path under `public/` exists; voice files are not checked without it. */
  readonly fileExists?: (publicPath: string) => boolean;
}

type Report = (code: DiagnosticCode, severity: Severity, path: Path, msg: ReturnType<typeof message>, at?: 'key' | 'value') => void;

/** All graph and cross-field diagnostics of one file. */
export function checkStructure(ctx: CheckContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const report: Report = (code, severity, path, msg, at = 'value') => {
    const { line, column } = locate(ctx.source, path, at);
    out.push({ code, severity, file: ctx.file, line, column, ...msg });
  };
  const top = asMap(ctx.raw);
  const nodes = rawNodes(ctx.raw);
  const ids = nodes.map((n) => n.id);
  const exists = (id: unknown) => typeof id === 'string' && ids.includes(id);

  const start = own(top, 'start');
  if (typeof start === 'string' && !exists(start)) {
    report('SCN030', 'error', ['start'], message('SCN030', { start, suggestion: suggest(start, ids) }));
  }
  checkLanguages(top, report);
  const source = own(top, 'source');
  for (const node of nodes) checkNode(node, ids, report, ctx.fileExists, typeof source === 'string' ? source : '');
  if (exists(start)) checkGraph(nodes, start as string, report);
  checkTexts(ctx.raw, top, report);
  checkProtoKeys(ctx.raw, (code, path, msg) => report(code, 'error', path, msg, 'key'));
  return out;
}

function checkLanguages(top: ReturnType<typeof asMap>, report: Report): void {
  const source = own(top, 'source');
  const languages = own(top, 'languages');
  // An empty list is already reported as missing; saying it lacks the source too would be noise.
  if (isLanguage(source) && Array.isArray(languages) && languages.length > 0 && !languages.includes(source)) {
    report('SCN018', 'error', ['languages'], message('SCN018', { source }));
  }
}

function checkNode(
  node: RawNode,
  ids: readonly string[],
  report: Report,
  fileExists: ((p: string) => boolean) | undefined,
  source: string,
): void {
  const hasChoices = own(node.value, 'choices') !== undefined;
  const hasEnding = own(node.value, 'ending') !== undefined;
  if (hasChoices && hasEnding) report('SCN032', 'error', [...node.path, 'ending'], message('SCN032', { node: node.id }), 'key');
  if (!hasChoices && !hasEnding) report('SCN033', 'error', node.path, message('SCN033', { node: node.id }), 'key');

  const seen = new Map<string, number>();
  const texts = new Map<string, number>();
  for (const c of node.choices) {
    const id = rawChoiceId(c);
    if (seen.has(id))
      report(
        'SCN038',
        'error',
        own(c.value, 'id') === undefined ? c.path : [...c.path, 'id'],
        message('SCN038', { path: c.path, id, other: seen.get(id)! + 1 }),
      );
    else seen.set(id, c.index);
    const next = own(c.value, 'next');
    if (typeof next === 'string' && !ids.includes(next))
      report('SCN031', 'error', [...c.path, 'next'], message('SCN031', { path: c.path, next, suggestion: suggest(next, ids) }));
    // A misspelt 'feedback' is already an unknown field with a did-you-mean; one message is enough.
    if (own(c.value, 'feedback') === undefined && !Object.keys(c.value).some((k) => suggest(k, ['feedback']) !== undefined))
      report('SCN051', 'warning', c.path, message('SCN051', { path: c.path }));
    // Compared language by language, and reported once per choice however many languages match.
    const values = textValues(own(c.value, 'text'), source);
    let same: number | undefined;
    for (const t of values) same ??= texts.get(t);
    if (same !== undefined) report('SCN053', 'warning', [...c.path, 'text'], message('SCN053', { path: c.path, other: same + 1 }), 'key');
    for (const t of values) if (!texts.has(t)) texts.set(t, c.index);
  }
  const voice = asMap(own(node.value, 'voice'));
  if (voice) {
    for (const [lang, file] of Object.entries(voice)) {
      if (typeof file !== 'string') continue;
      const path = voicePath(file);
      if (path === undefined)
        report('SCN042', 'error', [...node.path, 'voice', lang], message('SCN042.path', { node: node.id, file, lang }));
      else if (fileExists && !fileExists(path))
        report('SCN042', 'error', [...node.path, 'voice', lang], message('SCN042', { node: node.id, file, lang }));
    }
  }
}

/** `lang\u0000text` per language of a text (a plain string is the source language). */
function textValues(text: unknown, source: string): string[] {
  if (typeof text === 'string') return [`${source}\u0000${text}`];
  const m = asMap(text);
  return m ? Object.entries(m).flatMap(([lang, v]) => (typeof v === 'string' ? [`${lang}\u0000${v}`] : [])) : [];
}

/** Depth-first from start: a `next` back onto the current path is a cycle; nodes never visited are unreachable. */
function checkGraph(nodes: readonly RawNode[], start: string, report: Report): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    trail.push(id);
    for (const c of byId.get(id)?.choices ?? []) {
      const next = own(c.value, 'next');
      if (typeof next !== 'string' || !byId.has(next)) continue;
      if (state.get(next) === 'open') {
        const loop = [...trail.slice(trail.indexOf(next)), next];
        report('SCN040', 'error', [...c.path, 'next'], message('SCN040', { path: c.path, next, loop }));
      } else if (!state.has(next)) visit(next);
    }
    trail.pop();
    state.set(id, 'done');
  };
  visit(start);
  for (const n of nodes) {
    if (!state.has(n.id)) report('SCN041', 'error', n.path, message('SCN041', { node: n.id }), 'key');
  }
}

function checkTexts(raw: unknown, top: ReturnType<typeof asMap>, report: Report): void {
  const source = own(top, 'source');
  if (!isLanguage(source)) return;
  const languages = own(top, 'languages');
  const wanted = Array.isArray(languages) ? languages.filter((l): l is string => isLanguage(l) && l !== source) : [];
  const missing = new Map<string, Path[]>(wanted.map((l) => [l, []]));
  for (const { path, value } of rawTexts(raw)) {
    const map = asMap(value);
    if (typeof value === 'string') {
      for (const list of missing.values()) list.push(path);
      continue;
    }
    if (!map) continue;
    if (own(map, source) === undefined) report('SCN039', 'error', path, message('SCN039', { path, source }), 'key');
    for (const [lang, list] of missing) if (own(map, lang) === undefined) list.push(path);
  }
  const languagesList = Array.isArray(languages) ? languages : [];
  for (const [lang, list] of missing) {
    if (list.length === 0) continue;
    report(
      'SCN050',
      'warning',
      ['languages', languagesList.indexOf(lang)],
      message('SCN050', { lang, count: list.length, first: list.slice(0, 3) }),
    );
  }
}
