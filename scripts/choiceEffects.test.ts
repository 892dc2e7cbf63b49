/**
 * The choice-effects script's classification, on a few seeds: a decision known to matter is found to
 * matter, the same beat with its choices' effects stripped is found cosmetic, and the policy's own
 * forks reproduce the games the session plays.
 */
import { describe, expect, it } from 'vitest';
import { playToEnd, runSeed } from '../src/sim/session/batch.ts';
import { normalizeSettings } from '../src/sim/session/settings.ts';
import { DECISION_BEATS, gamePoints, measureChoices, measureDecision, type Options } from './choiceEffects.ts';

const OPTIONS: Options = { seeds: 20, seed: 1, mode: 'open' };
const beat = (id: string) => {
  const found = DECISION_BEATS.find((b) => b.id === id);
  if (!found) throw new Error(`no beat ${id}`);
  return found;
};

describe('choiceEffects', () => {
  const games = gamePoints(OPTIONS);

  it('finds that signing or walking at the end decides the ending', { timeout: 20_000 }, () => {
    const report = measureDecision(beat('end.decision'), OPTIONS, games);
    expect(report.reached).toBeGreaterThan(0);
    expect(report.cosmetic).toBe(false);
    expect(report.kinds).toContain('ending');
    expect(report.kinds).toContain('deal');
    expect(report.tv).toBeGreaterThanOrEqual(0.5);
  });

  it('finds a beat whose choices do nothing cosmetic, and the same beat with its effects not', { timeout: 20_000 }, () => {
    const real = beat('talks.paper');
    const blank = { ...real, choices: real.choices.map((c) => ({ ...c, effects: { minutes: 15 } })) };
    const stripped = measureDecision(blank, OPTIONS, games);
    expect(stripped.reached).toBe(OPTIONS.seeds);
    expect(stripped.kinds).toEqual([]);
    expect(stripped.cosmetic).toBe(true);
    expect(stripped.tv).toBe(0);
    const measured = measureDecision(real, OPTIONS, games);
    expect(measured.cosmetic).toBe(false);
    expect(measured.kinds).toContain('table');
  });

  it('plays the same games as the session', () => {
    const settings = normalizeSettings({ mode: 'open', seats: { us: 'ai', dprk: 'ai' } });
    for (let r = 0; r < 3; r++) {
      const ctx = playToEnd(settings, runSeed(OPTIONS.seed, r)).context;
      const points = games[r];
      expect(points.has('talks.greeting')).toBe(true);
      const chosen = ctx.steps.find((s) => s.beatId === 'talks.greeting')?.move;
      expect(chosen).toBeDefined();
      expect(points.get('talks.greeting')?.steps).toEqual(ctx.steps.slice(0, points.get('talks.greeting')?.steps.length));
    }
  });

  it('measures a beat the record never reaches in historical mode in games off the record, and only such a beat', {
    timeout: 30_000,
  }, () => {
    const historical: Options = { seeds: 40, seed: 1, mode: 'historical' };
    const onRecord = measureDecision(beat('end.lastCall'), historical);
    expect(onRecord.reached).toBe(0);
    const result = measureChoices(historical, [beat('end.lastCall'), beat('talks.greeting')]);
    const [lastCall, greeting] = result.beats;
    expect(lastCall.measuredOffRecord).toBe(true);
    expect(lastCall.reached).toBeGreaterThan(0);
    expect(lastCall.cosmetic).toBe(false);
    expect(greeting.measuredOffRecord).toBeUndefined();
    expect(greeting.reached).toBe(historical.seeds);
  });
});
