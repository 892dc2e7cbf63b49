import { describe, expect, it } from 'vitest';
import { m } from '../../app/strings/catalogue.ts';
import { type Odds, type OddsStart, oddsFrom } from '../../sim/session/odds.ts';
import { Session } from '../../sim/session/session.ts';
import { type OddsMode, startOdds } from './oddsClient.ts';

/** Node has no Web Worker, so these exercise the page fallback: the same rollouts in short slices. */
const context = (): OddsStart => Session.start({ seats: { us: 'human', dprk: 'ai' }, mode: 'historical' }, 3).oddsStart();

function run(ctx: OddsStart, rollouts: number) {
  const progress: Odds[] = [];
  const fallbacks: string[] = [];
  let handle!: ReturnType<typeof startOdds>;
  const done = new Promise<{ odds: Odds; mode: OddsMode }>((resolve, reject) => {
    handle = startOdds(ctx, rollouts, {
      progress: (odds) => progress.push(odds),
      done: (odds, _ms, mode) => resolve({ odds, mode }),
      error: (message) => reject(new Error(message)),
      fallback: (reason) => fallbacks.push(reason),
    });
  });
  return { handle, done, progress, fallbacks };
}

describe('startOdds without a Worker', () => {
  it('says why, runs on the page in slices, and gets exactly the odds oddsFrom gets', async () => {
    expect(typeof Worker).toBe('undefined');
    const ctx = context();
    const r = run(ctx, 60);
    expect(r.handle.running).toBe(true);
    const { odds, mode } = await r.done;
    expect(mode).toBe('page');
    expect(r.fallbacks).toEqual([m.odds_no_worker()]);
    expect(odds).toEqual(oddsFrom(ctx, 60));
    expect(r.handle.running).toBe(false);
    // Slices report progress as they go, never past the total, always counting up.
    const counts = r.progress.map((p) => p.rollouts);
    expect(counts.length).toBeGreaterThan(0);
    expect([...counts].sort((a, b) => a - b)).toEqual(counts);
    expect(Math.max(...counts)).toBeLessThan(60);
  }, 20_000);

  it('cancelling stops the run, and starting another run cancels the one before', async () => {
    const ctx = context();
    const first = run(ctx, 400);
    let firstDone = false;
    void first.done.then(() => {
      firstDone = true;
    });
    const second = run(ctx, 20);
    expect(first.handle.running).toBe(false);
    await second.done;
    const third = run(ctx, 400);
    third.handle.cancel();
    expect(third.handle.running).toBe(false);
    const before = third.progress.length;
    await new Promise((r) => setTimeout(r, 100));
    expect(third.progress.length).toBe(before);
    expect(firstDone).toBe(false);
  });

  it('refuses a context that is not plain data, with a clear message', async () => {
    const start = context();
    const ctx: OddsStart = { ...start, state: { ...(start.state as object), extra: new Map() } };
    const r = run(ctx, 10);
    await expect(r.done).rejects.toThrow(/cannot be handed to the odds worker \(context\.extra is a Map\)/);
    expect(r.handle.running).toBe(false);
  });
});
