/**
 * Only a real change of the scenario lets a draft go: another fingerprint, or (for a draft saved
 * before drafts carried one) a replay the scenario refuses. Any other failure keeps the draft.
 */
import { describe, expect, it } from 'vitest';
import { createRunner, seededRandom, type Scenario } from '../engine/index.ts';
import { DRAFT_VERSION, scenarioFingerprint, type Draft } from '../engine/progress/index.ts';
import { fixture } from '../../tests/unit/helpers.ts';
import { scenarioChangedSince } from './draft-fit.ts';
import { manualClock } from '../../tests/manual-clock.ts';

const scenario = fixture('tests/fixtures/valid/two-paths.yaml');
const ports = () => ({ clock: manualClock(0), random: seededRandom(1) });

function draftOf(s: Scenario, fingerprint: string | null): Draft {
  const runner = createRunner(s, ports());
  runner.start();
  runner.lineDelivered();
  runner.choose('wait');
  return { v: DRAFT_VERSION, fingerprint, profileId: 'p', scenarioId: s.id, lang: 'en', actions: [...runner.actions], savedAt: 1 };
}

/** The same scenario with its first reply renamed: an old conversation no longer replays on it. */
function withoutWait(s: Scenario): Scenario {
  return JSON.parse(JSON.stringify(s).replaceAll('"wait"', '"hold-on"')) as Scenario;
}

describe('scenarioChangedSince', () => {
  it('keeps a draft whose scenario has the same fingerprint', () => {
    expect(scenarioChangedSince(draftOf(scenario, scenarioFingerprint(scenario)), scenario, scenarioFingerprint(scenario), ports())).toBe(
      false,
    );
  });

  it('lets a draft go when the fingerprint differs, even if the old replies would still replay', () => {
    const edited = { ...scenario, title: { en: 'Another title' } };
    expect(scenarioChangedSince(draftOf(scenario, scenarioFingerprint(scenario)), edited, scenarioFingerprint(edited), ports())).toBe(true);
  });

  it('for a draft without a fingerprint, lets it go only when the replay no longer fits', () => {
    const old = draftOf(scenario, null);
    expect(scenarioChangedSince(old, scenario, scenarioFingerprint(scenario), ports())).toBe(false);
    const changed = withoutWait(scenario);
    expect(scenarioChangedSince(old, changed, scenarioFingerprint(changed), ports())).toBe(true);
  });

  it('keeps the draft and throws when the replay fails on an unchanged scenario', () => {
    const draft = draftOf(scenario, scenarioFingerprint(scenario));
    const broken = { ...draft, actions: draft.actions.slice(1) };
    expect(() => scenarioChangedSince(broken, scenario, scenarioFingerprint(scenario), ports())).toThrow(/does not fit/);
  });
});
