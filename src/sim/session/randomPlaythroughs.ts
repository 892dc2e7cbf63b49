/**
 * Test support, not game code: the 10,000 random playthroughs of the property suite, cut into shards
 * so that Vitest's workers run them at once (one test file per shard: `playthroughs.shardN.test.ts`).
 * Each shard plays its share of the games with its own fast-check seed and draws game seeds from its
 * own quarter of the 32-bit range, so the shards together cover the same count and range as one run
 * did, and each shard checks every property and fails on its own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actingSide, currentBeat } from '../machine/reduce.ts';
import { holds } from '../machine/script.ts';
import type { GameContext } from '../machine/types.ts';
import { METER_IDS } from '../model/ids.ts';
import { Session } from './session.ts';
import { normalizeSettings } from './settings.ts';

/** No real game comes near this; hitting it means a loop. */
const MAX_EVENTS = 400;
export const PLAYTHROUGHS = 10_000;
export const SHARDS = 4;
const RUNS_PER_SHARD = PLAYTHROUGHS / SHARDS;
const SEED_SPAN = 2 ** 32 / SHARDS;
/**
 * Every game is checked for meters, moves and ending; one in this many is also replayed from its log
 * and resumed from a save made part-way (2,500 of the 10,000): those two checks cost twice the game
 * itself, and what they catch (nondeterminism, a move lost in a save) does not need every game.
 */
const REPLAY_EVERY = 4;
/** One shard takes about 7 s on an idle core and up to 60 s on a loaded machine. */
const SHARD_TIMEOUT_MS = 240_000;

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

/** Declares shard `shard` (1…SHARDS) of the random playthroughs. */
export function describePlaythroughShard(shard: number): void {
  if (!Number.isInteger(shard) || shard < 1 || shard > SHARDS) throw new Error(`no shard ${shard} of ${SHARDS}`);
  const lowestSeed = (shard - 1) * SEED_SPAN;
  describe(`${PLAYTHROUGHS} random playthroughs, shard ${shard} of ${SHARDS}`, () => {
    it(
      'keep meters in range, always offer a move, end in bounded time; every fourth replays exactly and survives save/load',
      () => {
        let runs = 0;
        let replays = 0;
        const arbSeed = fc.integer({ min: lowestSeed, max: lowestSeed + SEED_SPAN - 1 });
        fc.assert(
          fc.property(arbSettings, arbSeed, fc.double({ min: 0, max: 1, noNaN: true }), (s, seed, cutAt) => {
            const settings = normalizeSettings({
              seats: { us: s.us, dprk: s.dprk },
              mode: s.mode,
              persona: s.persona,
              drills: s.drills,
            });
            const live = Session.start(settings, seed);
            const replay = runs++ % REPLAY_EVERY === 0;
            let saved: string | null = null;
            let steps = 0;
            for (;;) {
              const ctx = live.context;
              for (const id of METER_IDS) {
                if (!(ctx.meters[id] >= 0 && ctx.meters[id] <= 1)) throw new Error(`meter ${id} = ${ctx.meters[id]}`);
              }
              if (!hasLegalMove(ctx)) throw new Error(`no enabled move at ${ctx.beatId}`);
              if (replay && saved === null && cutAt * 60 <= steps) saved = live.save();
              if (!live.stepAuto()) break;
              steps++;
              if (steps > MAX_EVENTS) throw new Error('game did not end');
            }
            expect(live.over).toBe(true);
            expect(actingSide(live.context)).toBeNull();
            expect(live.context.ending).not.toBeNull();
            if (!replay) return;
            replays++;
            const replayed = Session.replay(seed, settings, live.log());
            expect(replayed.context).toEqual(live.context);

            const resumed = Session.load(saved ?? live.save());
            resumed.runAuto();
            expect(resumed.context).toEqual(live.context);
            expect(resumed.log()).toEqual(live.log());
          }),
          { numRuns: RUNS_PER_SHARD, seed: 20190228 + shard - 1 },
        );
        expect(runs).toBeGreaterThanOrEqual(RUNS_PER_SHARD);
        expect(replays).toBeGreaterThanOrEqual(RUNS_PER_SHARD / REPLAY_EVERY);
      },
      SHARD_TIMEOUT_MS,
    );
  });
}
