import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { autoMove } from '../machine/ai.ts';
import { actingSide, currentBeat } from '../machine/reduce.ts';
import { holds } from '../machine/script.ts';
import type { GameContext } from '../machine/types.ts';
import { moveError } from '../machine/validate.ts';
import { METER_IDS } from '../model/ids.ts';
import { Session } from './session.ts';
import { normalizeSettings } from './settings.ts';

/** No real game comes near this; hitting it means a loop. */
const MAX_EVENTS = 400;
const RUNS = 10_000;

const arbSettings = fc.record({
  us: fc.constantFrom('random', 'random', 'ai'),
  dprk: fc.constantFrom('random', 'random', 'ai'),
  mode: fc.constantFrom('historical', 'open'),
  persona: fc.constantFrom('historical', 'dovish', 'hawkish'),
  drills: fc.boolean(),
});

function hasLegalMove(ctx: GameContext): boolean {
  const beat = currentBeat(ctx);
  if (!beat) return true;
  if (beat.kind === 'table') return true; // offers, walking and adjourning are always open at the table
  return beat.choices.some((c) => holds(c.requires, ctx, beat.side));
}

describe(`${RUNS} random playthroughs`, () => {
  it('keep meters in range, always offer a move, end in bounded time, replay exactly, and survive save/load', () => {
    fc.assert(
      fc.property(arbSettings, fc.nat(0xffffffff), fc.double({ min: 0, max: 1, noNaN: true }), (s, seed, cutAt) => {
        const settings = normalizeSettings({
          seats: { us: s.us, dprk: s.dprk },
          mode: s.mode,
          persona: s.persona,
          drills: s.drills,
        });
        const live = Session.start(settings, seed);
        let saved: string | null = null;
        let steps = 0;
        for (;;) {
          const ctx = live.context;
          for (const id of METER_IDS) {
            if (!(ctx.meters[id] >= 0 && ctx.meters[id] <= 1)) throw new Error(`meter ${id} = ${ctx.meters[id]}`);
          }
          if (!hasLegalMove(ctx)) throw new Error(`no enabled move at ${ctx.beatId}`);
          if (saved === null && cutAt * 60 <= steps) saved = live.save();
          if (!live.stepAuto()) break;
          steps++;
          if (steps > MAX_EVENTS) throw new Error('game did not end');
        }
        expect(live.over).toBe(true);
        expect(actingSide(live.context)).toBeNull();
        expect(live.context.ending).not.toBeNull();

        const replayed = Session.replay(seed, settings, live.log());
        expect(replayed.context).toEqual(live.context);

        const resumed = Session.load(saved ?? live.save());
        resumed.runAuto();
        expect(resumed.context).toEqual(live.context);
        expect(resumed.log()).toEqual(live.log());
      }),
      { numRuns: RUNS, seed: 20190228 },
    );
  });

  it('computer seats only propose legal moves', () => {
    for (const seats of [
      { us: 'ai', dprk: 'random' },
      { us: 'random', dprk: 'ai' },
    ] as const) {
      const s = Session.start(normalizeSettings({ seats, mode: 'open' }), 99);
      let n = 0;
      for (let move = autoMove(s.context); move; move = autoMove(s.context)) {
        expect(moveError(s.context, move)).toBeNull();
        s.stepAuto();
        n++;
      }
      expect(n).toBeGreaterThan(10);
    }
  });
});
