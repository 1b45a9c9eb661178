/**
 * Whether an unfinished conversation still belongs to its scenario. Only a real change of the
 * scenario lets a draft go: another fingerprint or, for a draft saved before drafts carried one,
 * a replay the scenario refuses. Anything else is not the draft's fault and must not cost it.
 */
import { EngineError, resumeRunner, type Clock, type Random, type Scenario } from '../engine/index.ts';
import type { Draft } from '../engine/progress/index.ts';

/**
 * True when `scenario` (whose fingerprint is `fingerprint`) changed since `draft` was saved.
 * Throws, keeping the draft, when the draft's replay fails for another reason (a bug).
 */
export function scenarioChangedSince(
  draft: Draft,
  scenario: Scenario,
  fingerprint: string,
  ports: { clock: Clock; random: Random },
): boolean {
  if (draft.fingerprint !== null) {
    if (draft.fingerprint !== fingerprint) return true;
    resumeRunner(scenario, draft.actions, ports);
    return false;
  }
  try {
    resumeRunner(scenario, draft.actions, ports);
    return false;
  } catch (e) {
    if (e instanceof EngineError && e.code === 'bad-replay') return true;
    throw e;
  }
}
