/**
 * npm run -s choices -- [--seeds 200] [--seed 1] [--mode open|historical] [--beat ID] [--json]
 *
 * Which narrative decisions move the game, measured on the pure core. For every decision beat (kind
 * `choice` or `scope`) and seed, a game is played with both seats on the computer policy up to that
 * beat; there it forks, once per choice the beat offers (and enables), and each fork plays on with the
 * same policy and the same seeded generator. So only the forced choice differs between the forks:
 * the rest of the game is held fixed by the seed and the policy, and every comparison is paired (the
 * same seeds, where both choices of a pair are enabled).
 *
 * For each pair of choices the script compares
 *   - the ending distribution (total variation distance, TV),
 *   - the deal rate (signed deals),
 *   - the mean surplus per side (the debrief's score, `scoreOutcome`),
 *   - the table's state when the next bargaining table opens after the beat: each side's reservation
 *     value, its belief that the other keeps the analysts' bridge package, its audience cost, the
 *     minutes the table has, the offer left standing, whether the DPRK's Libya-model red line is lifted
 *     (the trust exception), and whether a table opens at all,
 *   - for aftermath beats, the follow-up: the compliance epilogue of a signed deal (who kept every
 *     phase and whether a breach was caught, as a distribution, and each side's mean chance of keeping
 *     a phase) and the debrief's closing relationship scores (trust, chemistry, credibility).
 * A pair differs in one of these when: TV ≥ 0.05; |Δ deal rate| ≥ 0.05; |Δ mean surplus| ≥ 0.01 for a
 * side; at the table, a mean |Δ| ≥ 0.005 in a value (reservation, belief, audience cost × 0.1, the
 * weight the table gives it), ≥ 7 minutes (one offer) in time, or ≥ 5% of seeds with a different
 * standing offer, red-line state or no table; in the epilogue, TV ≥ 0.05 or a keep chance moved ≥ 0.01;
 * at the debrief (aftermath beats only: before the ending every meter change reaches it), a mean |Δ|
 * ≥ 0.01. A decision is **cosmetic** when no pair of its choices differs in any of them; a beat the
 * policy never reaches in the N seeds cannot be shown to matter and counts as cosmetic too. The kinds
 * listed per beat are every way some pair differs. The strict share also counts the decisions that
 * matter only by relabelling the ending (a walkout or a breakdown, nothing else moves) or only at the
 * debrief's closing scores.
 *
 * `--mode historical`: the policy follows the record; the forced choice is a player's, so one off the
 * record leaves it (as a human seat's does) and the computer plays the model from there. A beat the
 * record never reaches (no deal was signed at Hanoi, so neither signing nor implementing one) is met
 * only by a player who has left the record; such a beat is measured in games that left the record at
 * the first beat (`measuredOffRecord`), over OFF_RECORD_FACTOR times as many seeds (few of those games
 * sign a deal under the record's Cohen hearing), and counts as cosmetic only if those never reach it
 * either.
 */
import { pathToFileURL } from 'node:url';
import type { Beat, Choice } from '../src/sim/content/types.ts';
import { autoMove } from '../src/sim/machine/ai.ts';
import { applyChoice, initialContext, tableOpen } from '../src/sim/machine/reduce.ts';
import { BEATS, holds } from '../src/sim/machine/script.ts';
import { step } from '../src/sim/machine/step.ts';
import type { GameContext } from '../src/sim/machine/types.ts';
import { audienceCost } from '../src/sim/model/counterpart.ts';
import { reservation } from '../src/sim/model/hidden.ts';
import type { EndingId, Mode, Side } from '../src/sim/model/ids.ts';
import { scoreOutcome } from '../src/sim/model/outcome.ts';
import { PRESETS } from '../src/sim/model/presets.ts';
import { complianceBelief } from '../src/sim/model/utility.ts';
import { runSeed } from '../src/sim/session/batch.ts';
import { normalizeSettings } from '../src/sim/session/settings.ts';
import { intArg, MAX_SEED, parseArgs, runCli } from './args.ts';

export const THRESHOLDS = {
  tv: 0.05,
  deal: 0.05,
  surplus: 0.01,
  tableValue: 0.005,
  tableMinutes: 7,
  tableShare: 0.05,
  keepChance: 0.01,
  debrief: 0.01,
} as const;

export type EffectKind = 'ending' | 'deal' | 'surplus' | 'table' | 'epilogue' | 'debrief';

const SIDES: readonly Side[] = ['us', 'dprk'];
const YARDSTICK = PRESETS.yongbyonPlus.pkg;
const STEP_LIMIT = 10_000;

interface TableState {
  /** Reservation value, belief in the bridge package, 0.1 × audience cost: us then dprk. */
  readonly values: readonly number[];
  readonly minutes: number;
  readonly standing: string;
  readonly libyaLifted: boolean;
}

/** What one fork of one seed came to. */
export interface Run {
  readonly ending: EndingId;
  readonly signed: boolean;
  readonly surplus: Readonly<Record<Side, number>>;
  readonly table: TableState | null;
  /** Who kept every phase and whether a breach was caught; 'none' without a signed deal. */
  readonly epilogue: string;
  /** Each side's mean chance of keeping a phase (0 without a deal). */
  readonly keep: Readonly<Record<Side, number>>;
  /** The debrief's closing trust, chemistry and the two credibilities. */
  readonly debrief: readonly number[];
}

function tableState(ctx: GameContext): TableState {
  const m = ctx.meters;
  const values = [
    ...SIDES.map((s) => reservation(s, m)),
    ...SIDES.map((s) => complianceBelief(s, YARDSTICK, m)),
    ...SIDES.map((s) => 0.1 * audienceCost(s, m)),
  ];
  const table = ctx.table;
  return {
    values,
    minutes: table ? table.closesAt - ctx.clock : 0,
    standing: table?.standing ? `${table.standing.by}:${table.standing.pkg.join('')}` : '-',
    libyaLifted: m.trustDPRK >= 0.8,
  };
}

/** Plays the computer policy to the end from `ctx`, noting the first table that opens on the way. */
function playOut(start: GameContext): Run {
  let ctx = start;
  let table: TableState | null = tableOpen(ctx) ? tableState(ctx) : null;
  for (let i = 0; ctx.beatId !== null; i++) {
    const move = autoMove(ctx);
    if (!move || i > STEP_LIMIT) throw new Error(`Game with seed ${ctx.seed} did not finish`);
    ctx = step(ctx, move);
    if (!table && tableOpen(ctx)) table = tableState(ctx);
  }
  return summarise(ctx, table);
}

function summarise(ctx: GameContext, table: TableState | null): Run {
  const scores = scoreOutcome(ctx.signed ? ctx.valuation : null, ctx.meters);
  const c = ctx.compliance;
  const keep = (s: Side) => {
    const phases = c?.phases.filter((p) => p.side === s) ?? [];
    return phases.length ? phases.reduce((a, p) => a + p.chance, 0) / phases.length : 0;
  };
  return {
    ending: ctx.ending as EndingId,
    signed: ctx.signed,
    surplus: { us: scores.us.surplus, dprk: scores.dprk.surplus },
    table,
    epilogue: c
      ? `${c.us ? 'US kept' : 'US broke'}/${c.dprk ? 'DPRK kept' : 'DPRK broke'}${c.detected ? '/caught' : ''}`
      : 'none',
    keep: { us: keep('us'), dprk: keep('dprk') },
    debrief: [scores.trust, scores.chemistry, scores.us.credibility, scores.dprk.credibility],
  };
}

/** The contexts at which each decision beat is entered by the computer policy, in one game. */
function decisionPoints(start: GameContext): Map<string, GameContext> {
  const points = new Map<string, GameContext>();
  let ctx = start;
  for (let i = 0; ctx.beatId !== null; i++) {
    const beat = BEATS.find((b) => b.id === ctx.beatId);
    if (beat && beat.kind !== 'table' && !points.has(beat.id)) points.set(beat.id, ctx);
    const move = autoMove(ctx);
    if (!move || i > STEP_LIMIT) throw new Error(`Game with seed ${ctx.seed} did not finish`);
    ctx = step(ctx, move);
  }
  return points;
}

export interface Options {
  readonly seeds: number;
  readonly seed: number;
  readonly mode: Mode;
}

export interface PairDiff {
  readonly a: string;
  readonly b: string;
  readonly seeds: number;
  readonly tv: number;
  readonly deal: number;
  readonly surplus: number;
  /** Largest mean |Δ| over the table's values, its minutes, and the share of seeds whose table differs. */
  readonly table: { readonly value: number; readonly minutes: number; readonly share: number };
  readonly epilogue: { readonly tv: number; readonly keep: number };
  readonly debrief: number;
  readonly kinds: readonly EffectKind[];
}

export interface DecisionReport {
  readonly beat: string;
  readonly phase: string;
  /** Seeds (of N) in which the policy reaches the beat. */
  readonly reached: number;
  readonly choices: readonly { readonly id: string; readonly enabled: number }[];
  readonly kinds: readonly EffectKind[];
  readonly cosmetic: boolean;
  /** Matters only by relabelling the ending (walkout or breakdown), or only at the debrief's closing scores. */
  readonly only: 'relabel' | 'debrief' | null;
  /** The largest TV and |Δ deal rate| over the beat's pairs of choices. */
  readonly tv: number;
  readonly deal: number;
  readonly surplus: number;
  /** The largest TV between two choices off the record (the alternatives to what was done). */
  readonly tvOffRecord: number;
  /** Historical mode: the record never reaches the beat, so it was measured in games that left the record at the first beat. */
  readonly measuredOffRecord?: true;
  readonly pairs: readonly PairDiff[];
}

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, x) => a + x, 0) / xs.length : 0);

function tvDistance(a: readonly string[], b: readonly string[]): number {
  const keys = new Set([...a, ...b]);
  let tv = 0;
  for (const k of keys) tv += Math.abs(a.filter((x) => x === k).length / a.length - b.filter((x) => x === k).length / b.length);
  return tv / 2;
}

/** Compares two forks over the seeds where both ran (the arrays are paired by seed). */
export function comparePair(aId: string, bId: string, a: readonly Run[], b: readonly Run[], aftermath: boolean): PairDiff {
  const n = a.length;
  const tv = tvDistance(
    a.map((r) => r.ending),
    b.map((r) => r.ending),
  );
  const deal = Math.abs(mean(a.map((r) => (r.signed ? 1 : 0))) - mean(b.map((r) => (r.signed ? 1 : 0))));
  const surplus = Math.max(...SIDES.map((s) => Math.abs(mean(a.map((r) => r.surplus[s])) - mean(b.map((r) => r.surplus[s])))));
  let differ = 0;
  const valueDiffs: number[][] = [];
  const minuteDiffs: number[] = [];
  for (let i = 0; i < n; i++) {
    const ta = a[i].table;
    const tb = b[i].table;
    if (!ta || !tb) {
      if (ta !== tb) differ++;
      continue;
    }
    if (ta.standing !== tb.standing || ta.libyaLifted !== tb.libyaLifted) differ++;
    valueDiffs.push(ta.values.map((v, k) => Math.abs(v - tb.values[k])));
    minuteDiffs.push(Math.abs(ta.minutes - tb.minutes));
  }
  const value = valueDiffs.length ? Math.max(...valueDiffs[0].map((_, k) => mean(valueDiffs.map((d) => d[k])))) : 0;
  const table = { value, minutes: mean(minuteDiffs), share: n ? differ / n : 0 };
  const epilogueTv = tvDistance(
    a.map((r) => r.epilogue),
    b.map((r) => r.epilogue),
  );
  const keep = Math.max(...SIDES.map((s) => Math.abs(mean(a.map((r) => r.keep[s])) - mean(b.map((r) => r.keep[s])))));
  const debrief = Math.max(...a[0].debrief.map((_, k) => mean(a.map((r, i) => Math.abs(r.debrief[k] - b[i].debrief[k])))));
  const kinds: EffectKind[] = [];
  if (tv >= THRESHOLDS.tv) kinds.push('ending');
  if (deal >= THRESHOLDS.deal) kinds.push('deal');
  if (surplus >= THRESHOLDS.surplus) kinds.push('surplus');
  if (value >= THRESHOLDS.tableValue || table.minutes >= THRESHOLDS.tableMinutes || table.share >= THRESHOLDS.tableShare)
    kinds.push('table');
  if (epilogueTv >= THRESHOLDS.tv || keep >= THRESHOLDS.keepChance) kinds.push('epilogue');
  if (aftermath && debrief >= THRESHOLDS.debrief) kinds.push('debrief');
  return { a: aId, b: bId, seeds: n, tv, deal, surplus, table, epilogue: { tv: epilogueTv, keep }, debrief, kinds };
}

/**
 * Measures one decision beat. `beat` is normally a beat of the scenario; a test may pass a variant of
 * one (the same ID, other choices) to see how the classification treats it.
 */
export function measureDecision(beat: Beat, options: Options, points?: readonly Map<string, GameContext>[]): DecisionReport {
  const games = points ?? gamePoints(options);
  const forks = new Map<string, (Run | null)[]>(beat.choices.map((c) => [c.id, []]));
  let reached = 0;
  for (const game of games) {
    const ctx = game.get(beat.id);
    if (ctx) reached++;
    for (const choice of beat.choices) forks.get(choice.id)?.push(ctx ? fork(ctx, beat, choice, options.mode) : null);
  }
  const pairs: PairDiff[] = [];
  for (let i = 0; i < beat.choices.length; i++) {
    for (let j = i + 1; j < beat.choices.length; j++) {
      const ra = forks.get(beat.choices[i].id) ?? [];
      const rb = forks.get(beat.choices[j].id) ?? [];
      const both = ra.flatMap((r, k) => (r && rb[k] ? [[r, rb[k] as Run] as const] : []));
      if (both.length === 0) continue;
      pairs.push(
        comparePair(
          beat.choices[i].id,
          beat.choices[j].id,
          both.map(([r]) => r),
          both.map(([, r]) => r),
          beat.phase === 'aftermath',
        ),
      );
    }
  }
  const kinds = [...new Set(pairs.flatMap((p) => p.kinds))];
  const historical = new Set(beat.choices.filter((c) => c.historical).map((c) => c.id));
  const max = (f: (p: PairDiff) => number) => Math.max(0, ...pairs.map(f));
  return {
    beat: beat.id,
    phase: beat.phase,
    reached,
    choices: beat.choices.map((c) => ({ id: c.id, enabled: (forks.get(c.id) ?? []).filter(Boolean).length })),
    kinds,
    cosmetic: kinds.length === 0,
    only:
      kinds.length === 1 && kinds[0] === 'ending' ? 'relabel' : kinds.length === 1 && kinds[0] === 'debrief' ? 'debrief' : null,
    tv: max((p) => p.tv),
    deal: max((p) => p.deal),
    surplus: max((p) => p.surplus),
    tvOffRecord: Math.max(0, ...pairs.filter((p) => !historical.has(p.a) && !historical.has(p.b)).map((p) => p.tv)),
    pairs,
  };
}

/**
 * One fork: the choice is applied as the acting seat's. In historical mode it is a player's choice, so
 * a choice off the record leaves the record as a human seat's would (`applyChoice`), and the computer
 * plays the model from there instead of the record.
 */
function fork(ctx: GameContext, beat: Beat, choice: Choice, mode: Mode): Run | null {
  if (!holds(choice.requires, ctx, beat.side)) return null;
  const next = applyChoice(ctx, beat.side, beat, choice);
  return playOut(mode === 'historical' && !choice.historical ? { ...next, departed: true } : next);
}

/**
 * Every seed's decision points under the computer policy (seeds as `simulateBatch` numbers them).
 * `offRecord`: in historical mode, games that left the record at the first beat, so the model plays
 * every move from the start (as after a human seat's first choice off the record).
 */
export function gamePoints(options: Options, offRecord = false): Map<string, GameContext>[] {
  const settings = normalizeSettings({ mode: options.mode, seats: { us: 'ai', dprk: 'ai' } });
  return Array.from({ length: options.seeds }, (_, r) => {
    const start = initialContext(settings, runSeed(options.seed, r));
    return decisionPoints(offRecord ? { ...start, departed: true } : start);
  });
}

export const DECISION_BEATS: readonly Beat[] = BEATS.filter((b) => b.kind !== 'table');

export interface ChoiceEffects {
  readonly seeds: number;
  readonly mode: Mode;
  /** The seeds the beats the record never reaches were measured over (null: none was). */
  readonly offRecordSeeds: number | null;
  readonly decisions: number;
  readonly cosmetic: number;
  readonly cosmeticShare: number;
  /** Cosmetic, or mattering only by a relabelled ending or at the debrief: the strict reading. */
  readonly strictCosmetic: number;
  readonly strictShare: number;
  readonly beats: readonly DecisionReport[];
}

/** How many times the seeds a beat the record never reaches is measured over, off the record. */
export const OFF_RECORD_FACTOR = 5;

export function measureChoices(options: Options, beats: readonly Beat[] = DECISION_BEATS): ChoiceEffects {
  const games = gamePoints(options);
  const offRecordOptions = { ...options, seeds: options.seeds * OFF_RECORD_FACTOR };
  let offRecord: Map<string, GameContext>[] | null = null;
  const reports = beats.map((b) => {
    const onRecord = measureDecision(b, options, games);
    // A beat the record never reaches (signing, implementing a deal: no deal was made) is one a
    // historical-mode player meets only after leaving the record, so it is measured in such games.
    if (onRecord.reached > 0 || options.mode !== 'historical') return onRecord;
    offRecord ??= gamePoints(offRecordOptions, true);
    return { ...measureDecision(b, offRecordOptions, offRecord), measuredOffRecord: true as const };
  });
  const offRecordSeeds = reports.some((r) => r.measuredOffRecord) ? offRecordOptions.seeds : null;
  const cosmetic = reports.filter((r) => r.cosmetic).length;
  const strict = reports.filter((r) => r.cosmetic || r.only !== null).length;
  const share = (k: number) => Math.round((k / Math.max(1, reports.length)) * 1000) / 1000;
  return {
    seeds: options.seeds,
    mode: options.mode,
    offRecordSeeds,
    decisions: reports.length,
    cosmetic,
    cosmeticShare: share(cosmetic),
    strictCosmetic: strict,
    strictShare: share(strict),
    beats: reports,
  };
}

const f3 = (x: number) => x.toFixed(3);

/** The report as a plain-text table. */
export function formatTable(result: ChoiceEffects): string {
  const rows = result.beats.map(
    (r) =>
      `${r.beat.padEnd(22)} ${String(r.reached).padStart(4)}${r.measuredOffRecord ? '*' : ' '} ${(r.cosmetic ? 'COSMETIC' : r.kinds.join(',') + (r.only ? ` (${r.only} only)` : '')).padEnd(38)} ${f3(r.tv)}  ${f3(r.deal)}  ${f3(r.surplus)}  ${f3(r.tvOffRecord)}`,
  );
  return [
    `Decisions measured over ${result.seeds} seeds (${result.mode} mode, both seats on the computer policy)`,
    `${'beat'.padEnd(22)} ${'seen'.padStart(4)}  ${'kind of effect'.padEnd(38)} TV     Δdeal  Δsurplus TV(off record)`,
    ...rows,
    ...(result.beats.some((r) => r.measuredOffRecord)
      ? [`* never reached on the record: measured in games that left it at the first beat, over ${result.offRecordSeeds} seeds`]
      : []),
    `cosmetic: ${result.cosmetic} of ${result.decisions} (${(result.cosmeticShare * 100).toFixed(1)}%)`,
    `strict (also relabel-only or debrief-only): ${result.strictCosmetic} of ${result.decisions} (${(result.strictShare * 100).toFixed(1)}%)`,
  ].join('\n');
}

function main(): void {
  const args = parseArgs(process.argv.slice(2), ['seeds', 'seed', 'mode', 'beat', 'json', 'pairs']);
  const mode = args.get('mode') ?? 'open';
  if (mode !== 'open' && mode !== 'historical') throw new Error('--mode must be open or historical');
  const options: Options = { seeds: intArg(args, 'seeds', 200), seed: intArg(args, 'seed', 1, MAX_SEED), mode };
  const only = args.get('beat');
  const beats = typeof only === 'string' ? DECISION_BEATS.filter((b) => b.id === only) : DECISION_BEATS;
  if (beats.length === 0) throw new Error(`No decision beat "${String(only)}"`);
  const result = measureChoices(options, beats);
  if (args.has('json')) {
    runCli(() => ({ ...result, beats: result.beats.map(({ pairs, ...r }) => (args.has('pairs') ? { ...r, pairs } : r)) }));
  } else process.stdout.write(`${formatTable(result)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (err) {
    runCli(() => {
      throw err;
    });
  }
}
