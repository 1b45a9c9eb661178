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
import { message } from './messages/render.ts';

const route = (p: BestPath) => p.steps.map((s) => `${s.nodeId}:${s.choiceId}`).join(' → ');

/** The design warnings of one playable scenario, from its design report. */
export function designWarnings(
  scenario: Scenario,
  source: YamlSource,
  file: string,
  report: DesignReport = designReport(scenario),
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const warn = (code: DiagnosticCode, path: Path, msg: ReturnType<typeof message>, at: 'key' | 'value' = 'value') =>
    out.push({ code, severity: 'warning', file, ...locate(source, path, at), ...msg });

  for (const m of report.mistakesPay) {
    const first = m.mistake;
    const node = scenario.nodes[first.nodeId]!;
    const index = node.kind === 'decision' ? node.choices.findIndex((c) => c.id === first.choiceId) : 0;
    warn(
      'SCN060',
      ['nodes', first.nodeId, 'choices', index],
      message('SCN060', {
        choice: first.choiceId,
        node: first.nodeId,
        principle: m.principle,
        viaMistake: m.viaMistake,
        best: m.best,
        route: route(m.path),
        bestRoute: route(report.best),
      }),
      'key',
    );
  }
  const { decisions } = report;
  if (report.longestTells.length * 2 > decisions) {
    warn('SCN061', ['nodes'], message('SCN061', { count: report.longestTells.length, decisions, nodes: report.longestTells }), 'key');
  }
  const partial = decisions - report.noPartialCredit.length;
  if (partial * 3 < decisions) {
    const needed = Math.ceil(decisions / 3);
    warn('SCN062', ['nodes'], message('SCN062', { partial, decisions, needed, nodes: report.noPartialCredit }), 'key');
  }
  const d = report.difficulty;
  if (d.estimated !== d.declared) {
    // The message quotes the field, as the other top-level messages do, so the trainer knows what to edit.
    const [low, high] = CHALLENGE_BANDS;
    warn(
      'SCN063',
      ['difficulty'],
      message('SCN063', {
        declared: d.declared,
        estimated: d.estimated,
        ending: report.best.ending,
        reach: d.reachesBestEnding,
        boil: d.random.boilOver,
        challenge: challengeToShow(d.challenge).toFixed(2),
        low,
        high,
      }),
    );
  }
  return out;
}
