/**
 * A scenario's fingerprint changes exactly when the scenario does: the same scenario (also a
 * fresh copy, as another page load compiles it) keeps it; any change of a line, a choice or a
 * score gives another.
 */
import { describe, expect, it } from 'vitest';
import { scenarioFingerprint } from '../../../src/engine/progress/index.ts';
import { fixture } from '../helpers.ts';

const scenario = fixture('tests/fixtures/valid/two-paths.yaml');

describe('scenarioFingerprint', () => {
  it('is the same for the same scenario, loaded again or copied', () => {
    expect(scenarioFingerprint(fixture('tests/fixtures/valid/two-paths.yaml'))).toBe(scenarioFingerprint(scenario));
    expect(scenarioFingerprint(structuredClone(scenario))).toBe(scenarioFingerprint(scenario));
  });

  it('changes with any change of the scenario', () => {
    const edited = structuredClone(scenario) as { title: Record<string, string> };
    edited.title['en'] = `${edited.title['en']} (edited)`;
    expect(scenarioFingerprint(edited as unknown as typeof scenario)).not.toBe(scenarioFingerprint(scenario));
    expect(scenarioFingerprint(fixture('tests/fixtures/valid/shuffled.yaml'))).not.toBe(scenarioFingerprint(scenario));
  });
});
