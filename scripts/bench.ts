/**
 * npm run -s bench -- --json : throughput and latency of the simulation core on one core.
 * usPerEvent is compared with a bare XState machine of similar depth built in the same run.
 */
import { performance } from 'node:perf_hooks';
import { assign, createActor, setup } from 'xstate';
import { autoMove } from '../src/sim/machine/ai.ts';
import { summitMachine } from '../src/sim/machine/machine.ts';
import { currentBeat } from '../src/sim/machine/reduce.ts';
import type { GameEvent } from '../src/sim/machine/types.ts';
import { rngStream, seedRng } from '../src/sim/model/rng.ts';
import { oddsFrom } from '../src/sim/session/odds.ts';
import { Session } from '../src/sim/session/session.ts';
import { normalizeSettings } from '../src/sim/session/settings.ts';
import { Timeline } from '../src/sim/session/timeline.ts';
import { parseArgs, runCli } from './args.ts';

const RANDOM = normalizeSettings({ seats: { us: 'random', dprk: 'random' }, mode: 'open' });
const AI = normalizeSettings({ seats: { us: 'ai', dprk: 'ai' }, mode: 'open' });

function throughput(settings: typeof RANDOM, seconds: number): number {
  const start = performance.now();
  let games = 0;
  while (performance.now() - start < seconds * 1000) {
    const s = Session.start(settings, games);
    s.runAuto();
    games++;
  }
  return games / ((performance.now() - start) / 1000);
}

function aiDecisionMedian(games: number): { table: number; all: number } {
  const table: number[] = [];
  const all: number[] = [];
  for (let g = 0; g < games; g++) {
    const s = Session.start(AI, 10_000 + g);
    for (;;) {
      const ctx = s.context;
      const t0 = performance.now();
      const move = autoMove(ctx);
      const dt = performance.now() - t0;
      if (!move) break;
      all.push(dt);
      if (currentBeat(ctx)?.kind === 'table') table.push(dt);
      s.stepAuto(); // applies the same move (autoMove is pure)
    }
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return { table: median(table), all: median(all) };
}

function usPerEvent(logs: readonly (readonly GameEvent[])[], seeds: readonly number[]): number {
  let events = 0;
  const start = performance.now();
  logs.forEach((log, i) => {
    const actor = createActor(summitMachine, { input: { settings: RANDOM, seed: seeds[i] } }).start();
    for (const e of log) actor.send(e);
    events += log.length;
  });
  return ((performance.now() - start) * 1000) / events;
}

/** A bare machine of the same shape (router → 7 phases → ~6 states each) with trivial assigns. */
function bareMachineUsPerEvent(events: number): number {
  const phases = Array.from({ length: 7 }, (_, p) => `p${p}`);
  const bare = setup({
    types: { context: {} as { n: number; at: number }, events: {} as { type: 'GO' } },
    guards: { at: ({ context }, params: { i: number }) => context.at === params.i },
  }).createMachine({
    context: { n: 0, at: 0 },
    initial: 'route',
    states: {
      route: { always: phases.map((p, i) => ({ guard: ({ context }) => Math.floor(context.at / 6) % 7 === i, target: p })) },
      ...Object.fromEntries(
        phases.map((p) => [
          p,
          {
            initial: 'route',
            states: {
              route: {
                always: Array.from({ length: 6 }, (_, b) => ({
                  guard: ({ context }: { context: { at: number } }) => context.at % 6 === b,
                  target: `b${b}`,
                })),
              },
              ...Object.fromEntries(
                Array.from({ length: 6 }, (_, b) => [
                  `b${b}`,
                  {
                    on: {
                      GO: {
                        actions: assign(({ context }) => ({ n: context.n + 1, at: (context.at + 1) % 42 })),
                        target: '#bare.route',
                      },
                    },
                  },
                ]),
              ),
            },
          },
        ]),
      ),
    },
    id: 'bare',
  });
  const actor = createActor(bare).start();
  const start = performance.now();
  for (let i = 0; i < events; i++) actor.send({ type: 'GO' });
  return ((performance.now() - start) * 1000) / events;
}

/** Builds a 200-move tree of hot-seat branches, then rewinds to every node; returns the slowest rewind. */
function rewindMsMax(): { max: number; nodes: number; depth: number } {
  const t = new Timeline(77, normalizeSettings({ seats: { us: 'human', dprk: 'human' }, mode: 'open' }));
  const draw = rngStream(seedRng(2019));
  while (t.nodes.length < 200) {
    const s = t.session;
    if (s.over || draw() < 0.05) {
      t.rewind(Math.floor(draw() * t.nodes.length));
      continue;
    }
    const move = autoMove({
      ...s.context,
      settings: { ...s.settings, seats: { us: 'random', dprk: 'random' } },
      rng: Math.floor(draw() * 2 ** 32),
    });
    if (move) t.act(move);
  }
  for (const node of t.nodes) t.rewind(node.id); // warm-up, so the JIT is not what gets measured
  let max = 0;
  let depth = 0;
  for (const node of t.nodes) {
    const t0 = performance.now();
    t.rewind(node.id);
    max = Math.max(max, performance.now() - t0);
    depth = Math.max(depth, node.depth);
  }
  return { max, nodes: t.nodes.length, depth };
}

/** Milliseconds for 500 odds rollouts from the start of a historical game (what the Web Worker runs). */
function odds500Ms(): number {
  const start = Session.start({ seats: { us: 'human', dprk: 'ai' }, mode: 'historical' }, 2019).context;
  oddsFrom(start, 50); // warm-up
  const t0 = performance.now();
  oddsFrom(start, 500);
  return performance.now() - t0;
}

runCli(() => {
  parseArgs(process.argv.slice(2), ['json']);
  const seeds = Array.from({ length: 400 }, (_, i) => 50_000 + i);
  const logs = seeds.map((seed) => {
    const s = Session.start(RANDOM, seed);
    s.runAuto();
    return s.log();
  });
  usPerEvent(logs, seeds); // warm-up
  bareMachineUsPerEvent(20_000);
  const ours = usPerEvent(logs, seeds);
  const bare = bareMachineUsPerEvent(logs.reduce((n, l) => n + l.length, 0));
  const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
  const decisions = aiDecisionMedian(60);
  return {
    playthroughsPerSec: round(throughput(RANDOM, 3), 1),
    aiPlaythroughsPerSec: round(throughput(AI, 3), 1),
    aiDecisionMsMedian: round(decisions.table, 4),
    aiChoiceDecisionMsMedian: round(decisions.all, 4),
    usPerEvent: round(ours),
    rewindMsMax: round(rewindMsMax().max, 3),
    bareXstateUsPerEvent: round(bare),
    odds500Ms: round(odds500Ms(), 1),
  };
});
