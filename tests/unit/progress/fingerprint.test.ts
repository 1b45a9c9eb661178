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

  // A learner's draft carries the fingerprint: one that moved with the code, not the file, would
  // set every draft aside as "the scenario changed" after an update. These were made by the
  // release before the model was built without spreads; a file with every optional field
  // (narration, voice, feedback, a portrait, tags) and two plain ones.
  it.each([
    ['authoring-example', '504f6d41-c88a-57a5-a3a8-7ccf8ffe4687'],
    ['two-paths', '1c2c817a-77ab-5870-b548-1ce083085d2c'],
    ['shuffled', 'f277f320-0e8c-5c3e-a5ff-43a7de0ad469'],
  ])('of %s is the one earlier releases gave it, as the game is updated and the file is not', (name, fingerprint) => {
    expect(scenarioFingerprint(fixture(`tests/fixtures/valid/${name}.yaml`))).toBe(fingerprint);
  });

  it('changes with any change of the scenario', () => {
    const edited = structuredClone(scenario) as { title: Record<string, string> };
    edited.title['en'] = `${edited.title['en']} (edited)`;
    expect(scenarioFingerprint(edited as unknown as typeof scenario)).not.toBe(scenarioFingerprint(scenario));
    expect(scenarioFingerprint(fixture('tests/fixtures/valid/shuffled.yaml'))).not.toBe(scenarioFingerprint(scenario));
  });
});
