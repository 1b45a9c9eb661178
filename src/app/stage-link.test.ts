import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/unit/helpers.ts';
import type { StageHost } from '../ui/stage-host.ts';
import { StageLink } from './stage-link.ts';
import type { View } from './views.ts';

const scenario = fixture('tests/fixtures/valid/two-paths.yaml');

/** A stage that only records what it was asked. */
function recordingStage(): StageHost & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    follow: () => {
      calls.push('follow');
      return () => calls.push('unfollow');
    },
    setVisible: (v) => calls.push(`visible ${v}`),
    setPaused: (p) => calls.push(`paused ${p}`),
  };
}

const logger = { warn: () => {}, error: () => {} };

describe('the app’s hold on the stage', () => {
  it('on a menu only fetches the stage’s code; on a brief starts the stage; later a brief starts it once', async () => {
    let view: View = { kind: 'menu' };
    let loads = 0;
    let fetches = 0;
    const stage = recordingStage();
    const link = new StageLink(
      () => (loads++, Promise.resolve(stage)),
      logger,
      () => view,
    );
    const fetchCode = () => (fetches++, Promise.resolve());
    await link.prepare(fetchCode);
    expect([loads, fetches]).toEqual([0, 1]);
    view = { kind: 'brief', scenario };
    link.show(view);
    await link.prepare(fetchCode);
    expect([loads, fetches]).toEqual([1, 1]);
    expect(stage.calls).toContain('follow');
  });

  it('without a way to fetch the code alone, starts the stage on any screen', async () => {
    let loads = 0;
    const link = new StageLink(
      () => (loads++, Promise.resolve(recordingStage())),
      logger,
      () => ({ kind: 'menu' }),
    );
    await link.prepare();
    expect(loads).toBe(1);
  });

  it('passes a pause on to the stage and lets it go on', async () => {
    const stage = recordingStage();
    const view: View = { kind: 'brief', scenario };
    const link = new StageLink(
      () => Promise.resolve(stage),
      logger,
      () => view,
    );
    await link.warm();
    link.setPaused(true);
    link.setPaused(false);
    expect(stage.calls.filter((c) => c.startsWith('paused'))).toEqual(['paused false', 'paused true', 'paused false']);
  });

  it('pauses a stage that arrives while the game is paused', async () => {
    const stage = recordingStage();
    const link = new StageLink(
      () => Promise.resolve(stage),
      logger,
      () => ({ kind: 'brief', scenario }),
    );
    link.setPaused(true);
    await link.warm();
    expect(stage.calls).toContain('paused true');
    expect(stage.calls.at(-1)).toBe('paused true');
  });

  it('ends a pause with the view it paused', async () => {
    const stage = recordingStage();
    const link = new StageLink(
      () => Promise.resolve(stage),
      logger,
      () => ({ kind: 'brief', scenario }),
    );
    await link.warm();
    link.setPaused(true);
    link.leave();
    expect(stage.calls.at(-1)).toBe('paused false');
  });
});
