/**
 * Explores the machine's graph with xstate/graph: every move each seat could make, over an
 * abstraction of the context that keeps exactly what decides routing and which choices are enabled.
 * Reports unreachable beats and choices, dead ends, and the endings that can be reached.
 */
import { getAdjacencyMap } from 'xstate/graph';
import { scopeLevel } from '../content/facilities.ts';
import type { Condition } from '../content/types.ts';
import { ENDING_IDS, type FlagId, type MeterId } from '../model/ids.ts';
import { PRESETS } from '../model/presets.ts';
import { summitMachine } from './machine.ts';
import { actingSide, currentBeat, tableOpen } from './reduce.ts';
import { BEATS, EVENTS } from './script.ts';
import type { GameContext, GameEvent, Settings } from './types.ts';
import { moveError } from './validate.ts';

export interface ExploreReport {
  readonly decisionPoints: number;
  readonly choices: number;
  readonly endings: readonly string[];
  readonly unreachable: readonly string[];
  readonly deadEnds: readonly string[];
  readonly states: number;
}

const conditions: Condition[] = [
  ...BEATS.flatMap((b) => [b.when, ...b.choices.map((c) => c.requires)]),
  ...EVENTS.map((e) => e.when),
].filter((c): c is Condition => c !== undefined);
const FLAGS_THAT_MATTER = new Set<FlagId>(conditions.flatMap((c) => [...(c.flags ?? []), ...(c.notFlags ?? [])]));
FLAGS_THAT_MATTER.add('pressBlame');
const THRESHOLDS = new Map<MeterId, number[]>();
for (const c of conditions) {
  for (const rec of [c.meterAtLeast, c.meterBelow]) {
    for (const [id, v] of Object.entries(rec ?? {}))
      THRESHOLDS.set(id as MeterId, [...(THRESHOLDS.get(id as MeterId) ?? []), v ?? 0]);
  }
}
THRESHOLDS.set('chemistry', [...(THRESHOLDS.get('chemistry') ?? []), 0.4, 0.55]);

const PRESET_PKGS = Object.values(PRESETS).map((p) => p.pkg);

/** One traversal of the machine's graph under one configuration (seconds of work: share it). */
type Adjacency = ReturnType<typeof adjacency>;

/** A configuration with its traversal, for both the report and the shortest paths. */
export interface Exploration {
  readonly settings: Settings;
  readonly map: Adjacency;
}

export function abstractKey(ctx: GameContext): string {
  // The clock is left out: one visit per table position and offer count (up to 6) is enough for
  // reachability, and the offer count keeps the paths on which long hard bargaining wears chemistry down.
  const table = tableOpen(ctx) && ctx.table ? [ctx.table.turn, Math.min(6, ctx.table.offers.length)] : null;
  return JSON.stringify([
    ctx.beatId,
    ctx.flags.filter((f) => FLAGS_THAT_MATTER.has(f)).sort(),
    [...THRESHOLDS].map(([id, ts]) => ts.filter((t) => ctx.meters[id] >= t).length),
    ctx.agreement?.join(''),
    ctx.signed,
    ctx.walkedBy,
    ctx.extended,
    ctx.cancelled,
    ctx.ending,
    ctx.table?.standing ? ctx.table.standing.by + ctx.table.standing.pkg.join('') : null,
    table,
    ctx.scope.us ? scopeLevel(ctx.scope.us) : null,
    ctx.scope.dprk ? scopeLevel(ctx.scope.dprk) : null,
  ]);
}

export function candidateMoves(ctx: GameContext): GameEvent[] {
  const beat = currentBeat(ctx);
  const by = actingSide(ctx);
  if (!beat || !by) return [];
  if (beat.kind !== 'table') return beat.choices.map((c) => ({ type: 'CHOOSE', by, choiceId: c.id }) as const);
  return [
    ...PRESET_PKGS.map((pkg) => ({ type: 'OFFER', by, pkg }) as const),
    { type: 'ACCEPT', by },
    { type: 'WALK', by },
    { type: 'ADJOURN', by },
  ];
}

function adjacency(settings: Settings, seed: number) {
  return getAdjacencyMap(summitMachine, {
    input: { settings, seed },
    serializeState: (snapshot) => abstractKey(snapshot.context) as never,
    events: (snapshot) => candidateMoves(snapshot.context).filter((e) => moveError(snapshot.context, e) === null),
  });
}

export const EXPLORE_SEED = 7;
const BASE: Settings = {
  seats: { us: 'human', dprk: 'human' },
  mode: 'open',
  persona: 'historical',
  drills: false,
  events: {},
  meters: {},
  start: 'beginning',
  length: 'full',
};

/**
 * The graph traversed once per configuration (`exploreConfigs`): `exploreGraph` and `pathsToEndings`
 * take these, so a caller wanting both pays for one traversal, not two.
 */
export function explorations(): Exploration[] {
  return exploreConfigs().map((settings) => ({ settings, map: adjacency(settings, EXPLORE_SEED) }));
}

/** Hot-seat settings with every event card forced on, forced off, and following the record. */
export function exploreConfigs(): Settings[] {
  const on = Object.fromEntries(EVENTS.map((e) => [e.id, 'on' as const]));
  const off = Object.fromEntries(EVENTS.map((e) => [e.id, 'off' as const]));
  return [
    { ...BASE, events: on },
    { ...BASE, events: off },
    { ...BASE, mode: 'historical' },
  ];
}

/**
 * Breadth-first over one traversal of the graph: for each ending, the shortest list of moves that
 * reaches it (replayable through the session with the traversal's settings and `EXPLORE_SEED`).
 */
export function pathsToEndings({ map }: Exploration): Map<string, GameEvent[]> {
  const keys = Object.keys(map);
  const start = keys[0];
  const paths = new Map<string, GameEvent[]>();
  const seen = new Map<string, GameEvent[]>([[start, []]]);
  const queue = [start];
  while (queue.length > 0) {
    const key = queue.shift() as string;
    const node = map[key as keyof typeof map];
    const path = seen.get(key) as GameEvent[];
    const ctx = node.state.context;
    if (ctx.beatId === null && ctx.ending && !paths.has(ctx.ending)) paths.set(ctx.ending, path);
    for (const t of Object.values(node.transitions)) {
      const next = abstractKey(t.state.context);
      if (seen.has(next)) continue;
      seen.set(next, [...path, t.event]);
      queue.push(next);
    }
  }
  return paths;
}

export function exploreGraph(all: readonly Exploration[] = explorations()): ExploreReport {
  const seenBeats = new Set<string>();
  const enabledChoices = new Set<string>();
  const endings = new Set<string>();
  const deadEnds = new Set<string>();
  let states = 0;
  for (const { map } of all) {
    for (const { state } of Object.values(map)) {
      states++;
      const ctx = state.context;
      if (ctx.beatId === null) {
        if (ctx.ending) endings.add(ctx.ending);
        continue;
      }
      seenBeats.add(ctx.beatId);
      const moves = candidateMoves(ctx).filter((e) => moveError(ctx, e) === null);
      if (moves.length === 0) deadEnds.add(ctx.beatId);
      for (const m of moves) if (m.type === 'CHOOSE') enabledChoices.add(m.choiceId);
    }
  }
  const unreachable = [
    ...BEATS.filter((b) => !seenBeats.has(b.id)).map((b) => b.id),
    ...BEATS.filter((b) => seenBeats.has(b.id)).flatMap((b) =>
      b.choices.filter((c) => !enabledChoices.has(c.id)).map((c) => c.id),
    ),
  ];
  return {
    decisionPoints: BEATS.filter((b) => b.kind !== 'table').length,
    choices: BEATS.reduce((n, b) => n + b.choices.length, 0),
    endings: ENDING_IDS.filter((e) => endings.has(e)),
    unreachable,
    deadEnds: [...deadEnds],
    states,
  };
}
