/**
 * planImport: a backup joins what the device holds without duplicating or overwriting anything,
 * and a fresh device's made-up learner does not stay behind beside the learners a backup brings.
 */
import { describe, expect, it } from 'vitest';
import { planImport } from '../../../src/engine/progress/index.ts';
import { attempt, profile } from './make.ts';

const ana = profile('ana', 'Ana');
const ben = profile('ben', 'Ben');
const stray = profile('stray', 'Learner');
const file = { profiles: [ana, ben], attempts: [attempt({ id: 'a1', profileId: 'ana' }), attempt({ id: 'b1', profileId: 'ben' })] };

describe('planImport', () => {
  it('into a fresh device: adds every learner and attempt, drops the made-up learner, and switches to the first', () => {
    const plan = planImport({ profiles: [stray], attempts: [] }, file, { current: 'stray', placeholder: 'stray' });
    expect(plan).toEqual({
      profiles: [ana, ben],
      attempts: file.attempts,
      knownProfiles: 0,
      knownAttempts: 0,
      conflicts: [],
      dropIfEmpty: 'stray',
      switchTo: ana,
    });
  });

  it('the same file twice: nothing is added the second time', () => {
    const device = { profiles: [ana, ben], attempts: file.attempts };
    expect(planImport(device, file, { current: 'ben' })).toEqual({
      profiles: [],
      attempts: [],
      knownProfiles: 2,
      knownAttempts: 2,
      conflicts: [],
      switchTo: ben,
    });
  });

  it('keeps the device\u2019s own name for a learner it already holds, and adds only the new attempts', () => {
    const renamed = { ...ana, name: 'Ana B.' };
    const plan = planImport({ profiles: [renamed], attempts: [file.attempts[0]!] }, file, { current: 'ana' });
    expect(plan).toMatchObject({ profiles: [ben], attempts: [file.attempts[1]], knownProfiles: 1, knownAttempts: 1, switchTo: renamed });
  });

  it('never drops a learner who played, one the file brings, or the only learner when the file has none', () => {
    const played = { profiles: [stray], attempts: [attempt({ id: 's1', profileId: 'stray' })] };
    expect(planImport(played, file, { placeholder: 'stray' }).dropIfEmpty).toBeUndefined();
    expect(
      planImport({ profiles: [stray], attempts: [] }, { profiles: [stray, ana], attempts: [] }, { placeholder: 'stray' }).dropIfEmpty,
    ).toBeUndefined();
    expect(planImport({ profiles: [stray], attempts: [] }, { profiles: [], attempts: [] }, { placeholder: 'stray' })).toEqual({
      profiles: [],
      attempts: [],
      knownProfiles: 0,
      knownAttempts: 0,
      conflicts: [],
    });
    // Without a placeholder (the learner named themselves), nobody is dropped.
    expect(planImport({ profiles: [stray], attempts: [] }, file, { current: 'stray' }).dropIfEmpty).toBeUndefined();
  });

  it('keeps the current learner when the file has them, else switches to the file\u2019s first', () => {
    expect(planImport({ profiles: [], attempts: [] }, file, { current: 'ben' }).switchTo).toEqual(ben);
    expect(
      planImport({ profiles: [profile('linh', 'Linh')], attempts: [] }, { profiles: [ben], attempts: [] }, { current: 'linh' }).switchTo,
    ).toEqual(ben);
  });
});
