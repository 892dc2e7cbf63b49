/**
 * One value model: the number that decides a deal is the number that scores it. Both seats AI in open
 * mode without the Cohen hearing and with weaker hawks (the state in which deals are signed).
 */
import { describe, expect, it } from 'vitest';
import { privateReservation, reservation } from '../model/hidden.ts';
import { dealValue } from '../model/phases.ts';
import { rawUtility } from '../model/utility.ts';
import { runSeed } from './batch.ts';
import { Session } from './session.ts';
import { normalizeSettings } from './settings.ts';
import { encodeShareCode, replayShareCode } from './shareCode.ts';

const settings = normalizeSettings({
  seats: { us: 'ai', dprk: 'ai' },
  mode: 'open',
  meters: { hawk: 0.45 },
  events: { 'ev.cohen': 'off' },
});

function games(n: number) {
  return Array.from({ length: n }, (_, r) => {
    const s = Session.start(settings, runSeed(1, r));
    s.runAuto();
    return s;
  });
}

describe('the value that decides is the value that scores', () => {
  it('a signed deal scores with both sides’ phased value and walk-away value frozen at signing', () => {
    const signed = games(40).filter((s) => s.context.signed);
    expect(signed.length).toBeGreaterThan(3);
    for (const s of signed) {
      const ctx = s.context;
      const v = ctx.valuation;
      expect(v).not.toBeNull();
      if (!v || !ctx.agreement) continue;
      expect(v.pkg).toEqual(ctx.agreement);
      const scores = s.view('us').scores;
      for (const side of ['us', 'dprk'] as const) {
        expect(scores?.[side].utility).toBe(dealValue(side, ctx.agreement, v.meters));
        expect(scores?.[side].reservation).toBe(reservation(side, v.meters));
        expect(scores?.[side].raw).toBe(rawUtility(side, ctx.agreement));
        // The AI signs only above its own private floor, by the very numbers frozen here.
        expect(v[side].deal).toBeGreaterThanOrEqual(privateReservation(side, v.meters, ctx.seed));
      }
      // The aftermath moves the meters; the score does not move with them.
      expect(ctx.meters).not.toEqual(v.meters);
    }
  }, 60_000);

  it('reports the compliance epilogue per phase once over, the same for the same seed and moves', () => {
    const [a] = games(40).filter((s) => s.context.signed);
    const view = a.view('dprk');
    expect(view.over).toBe(true);
    expect(view.compliance?.phases.length).toBeGreaterThan(1);
    expect(view.compliance?.phases.every((p) => p.chance >= 0 && p.chance <= 1)).toBe(true);
    const again = Session.replay(a.seed, a.settings, a.log());
    expect(again.view('dprk').compliance).toEqual(view.compliance);
    expect(again.view('dprk').scores).toEqual(view.scores);
    // A share code holds only the moves: it replays to the same epilogue and scores.
    const code = encodeShareCode(a.seed, a.settings, a.log());
    const replayed = replayShareCode(code).session;
    expect(replayed.view('dprk').compliance).toEqual(view.compliance);
    // During the game no epilogue is shown.
    expect(Session.start(settings, a.seed).view('us').compliance).toBeNull();
  }, 60_000);
});
