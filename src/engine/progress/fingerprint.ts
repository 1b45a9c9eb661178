/**
 * A scenario's fingerprint: the same compiled scenario gives the same fingerprint on every device
 * and every load, and any change to it (a line, a choice, a score) gives another. A draft carries
 * the fingerprint of the scenario it was played on, so resuming can tell "the scenario changed"
 * from every other failure without replaying.
 */
import type { Scenario } from '../scenario/model.ts';
import { uuidV5 } from './uuid.ts';

const known = new WeakMap<Scenario, string>();

/**
 * The fingerprint of `scenario`: a name-based UUID of its JSON, or the one the build made of the
 * whole scenario before splitting it by language. Pure; cached per object.
 */
export function scenarioFingerprint(scenario: Scenario): string {
  if (scenario.fingerprint !== undefined) return scenario.fingerprint;
  let f = known.get(scenario);
  if (f === undefined) known.set(scenario, (f = uuidV5(`scenario:${JSON.stringify(scenario)}`)));
  return f;
}
