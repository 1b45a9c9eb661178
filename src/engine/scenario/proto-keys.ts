/**
 * A `__proto__` key where the schema validates a map of free keys (a text's languages, a reply's
 * principles, a voice's languages, the node ids) is left out by the validator without a word, so
 * it is reported here, as the same key with any other name would be.
 */
import type { DiagnosticCode } from './diagnostics.ts';
import { asMap, own, rawNodes, rawTexts } from './raw.ts';
import { LANGUAGES, PRINCIPLES } from './vocabulary.ts';
import { message } from './messages/render.ts';
import type { Path } from './yaml-source.ts';

const KEY = '__proto__';

/** Reports each such key as SCN017 (language), SCN036 (principle) or SCN013 (node id). */
export function checkProtoKeys(raw: unknown, report: (code: DiagnosticCode, path: Path, msg: ReturnType<typeof message>) => void): void {
  const has = (v: unknown) => Object.hasOwn(asMap(v) ?? {}, KEY);
  const texts = rawTexts(raw);
  const nodes = rawNodes(raw);
  for (const n of nodes) if (has(own(n.value, 'voice'))) texts.push({ path: [...n.path, 'voice'], value: own(n.value, 'voice') });
  for (const t of texts) {
    if (has(t.value)) report('SCN017', [...t.path, KEY], message('SCN017.text', { path: t.path, key: KEY, values: LANGUAGES }));
  }
  for (const n of nodes) {
    for (const c of n.choices) {
      const score = own(c.value, 'score');
      if (has(score))
        report('SCN036', [...c.path, 'score', KEY], message('SCN036', { path: [...c.path, 'score'], key: KEY, values: PRINCIPLES }));
    }
  }
  if (has(own(asMap(raw), 'nodes'))) report('SCN013', ['nodes', KEY], message('SCN013.node', { node: KEY }));
}
