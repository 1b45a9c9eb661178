/**
 * The design warnings of the checker (SCN060–SCN063): a playable scenario that teaches badly.
 * Each names the nodes involved and says what to change; docs/authoring.md shows how to read and
 * fix each with an example.
 */
import type { BestPath } from './analysis.ts';
import { CHALLENGE_BANDS, challengeToShow, designReport, type DesignReport } from './design.ts';
import type { Diagnostic, DiagnosticCode } from './diagnostics.ts';
import type { Scenario } from './model.ts';
import { locate, type Path, type YamlSource } from './yaml-source.ts';

const pct = (x: number) => `${Math.round(x * 100)}%`;
const list = (ids: readonly string[], max = 5) => ids.slice(0, max).map((id) => `'${id}'`).join(', ') + (ids.length > max ? `, and ${ids.length - max} more` : '');
const route = (p: BestPath) => p.steps.map((s) => `${s.nodeId}:${s.choiceId}`).join(' → ');

/** The design warnings of one playable scenario, from its design report. */
export function designWarnings(scenario: Scenario, source: YamlSource, file: string, report: DesignReport = designReport(scenario)): Diagnostic[] {
  const out: Diagnostic[] = [];
  const warn = (code: DiagnosticCode, path: Path, message: string, at: 'key' | 'value' = 'value') => out.push({ code, severity: 'warning', file, ...locate(source, path, at), message });

  for (const m of report.mistakesPay) {
    const first = m.mistake;
    const node = scenario.nodes[first.nodeId]!;
    const index = node.kind === 'decision' ? node.choices.findIndex((c) => c.id === first.choiceId) : 0;
    warn(
      'SCN060',
      ['nodes', first.nodeId, 'choices', index],
      `a mistake pays: the path through '${first.choiceId}' (node '${first.nodeId}') reaches ${m.principle} ${m.viaMistake}, more than the best path's ${m.best} (${route(m.path)}); score ${m.principle} lower on that path (a recovery below the right move) or higher on the best path (${route(report.best)})`,
      'key',
    );
  }
  const { decisions } = report;
  if (report.longestTells.length * 2 > decisions) {
    warn('SCN061', ['nodes'], `the longest reply gives it away: in ${report.longestTells.length} of ${decisions} decisions the best reply is also the longest (${list(report.longestTells)}); make some wrong replies long and polished, and some best replies short`, 'key');
  }
  const partial = decisions - report.noPartialCredit.length;
  if (partial * 3 < decisions) {
    const needed = Math.ceil(decisions / 3);
    warn('SCN062', ['nodes'], `one right answer: only ${partial} of ${decisions} decisions offer partial credit (a reply above 0 but below the best); give at least ${needed} a plausible, partly right reply (without one: ${list(report.noPartialCredit)})`, 'key');
  }
  const d = report.difficulty;
  if (d.estimated !== d.declared) {
    const easier = d.estimated < d.declared;
    warn(
      'SCN063',
      ['difficulty'],
      // Quotes the field, as the other top-level messages do, so the trainer knows what to edit.
      `difficulty disagrees: 'difficulty' is ${d.declared}, but it plays like a ${d.estimated} for players who do not read: a random player reaches the best path's ending ('${report.best.ending}') in ${pct(d.reachesBestEnding)} of plays and makes the customer boil over in ${pct(d.random.boilOver)} (challenge ${challengeToShow(d.challenge).toFixed(2)}; below ${CHALLENGE_BANDS[0]} is 1, below ${CHALLENGE_BANDS[1]} is 2, else 3); ${easier ? 'make wrong replies cost more mood or start angrier' : 'make wrong replies cost less mood or start calmer'}, or declare ${d.estimated}`,
    );
  }
  return out;
}
