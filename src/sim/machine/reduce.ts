/**
 * Pure reducers: the whole game logic as functions from (context, move) to context. The XState
 * machine calls them from its actions, so replay, search and tests all run the same code.
 */

import { type FacilityId, scopeLevel } from '../content/facilities.ts';
import type { Beat, Choice, Effects, EventCard, FollowUpTable } from '../content/types.ts';
import { INITIAL_TALK } from '../model/dialogue.ts';
import { applyMeterDeltas, clamp01, HISTORICAL_METERS } from '../model/hidden.ts';
import type { FlagId, SeatKind, Side } from '../model/ids.ts';
import { initialBelief } from '../model/opponentModel.ts';
import { classifyEnding } from '../model/outcome.ts';
import { level, type Package, withLevels } from '../model/package.ts';
import { nextFloat, seedRng } from '../model/rng.ts';
import { valueAtSigning } from '../model/valuation.ts';
import { MINUTES_PER_OFFER, offerMinutes, SCHEDULE, toMinutes } from './clock.ts';
import { withEpilogue } from './epilogue.ts';
import { BEAT_INDEX, BEATS, beatById, EVENTS, eventsBefore, holds } from './script.ts';
import type { GameContext, Settings, Step, TableState } from './types.ts';

/** Seeded jitter on the starting meters, so each seed is a slightly different summit. */
const JITTER = 0.06;

export function initialContext(settings: Settings, seed: number): GameContext {
  let rng = seedRng(seed);
  const start = { ...HISTORICAL_METERS, ...settings.meters };
  const meters = { ...start };
  for (const id of Object.keys(meters) as (keyof typeof meters)[]) {
    if (id in settings.meters) continue;
    const [u, next] = nextFloat(rng);
    rng = next;
    meters[id] = clamp01(meters[id] + (u - 0.5) * JITTER);
  }
  const ctx: GameContext = {
    settings,
    seed,
    rng,
    clock: toMinutes(BEATS[0].time),
    meters,
    flags: [],
    beatId: null,
    steps: [],
    departed: false,
    table: null,
    agreement: null,
    signed: false,
    valuation: null,
    walkedBy: null,
    cancelled: false,
    extended: false,
    scope: { us: null, dprk: null },
    beliefs: { us: initialBelief('dprk'), dprk: initialBelief('us') },
    firedEvents: [],
    timeCalled: [],
    ending: null,
    compliance: null,
    summitTable: null,
    followUp: null,
    talk: INITIAL_TALK,
  };
  return advanceFrom(ctx, 0);
}

export const currentBeat = (ctx: GameContext): Beat | null => {
  if (ctx.beatId === null) return null;
  return beatById(ctx.beatId) ?? null;
};

/** The side whose move it is, or null when the game is over. */
export function actingSide(ctx: GameContext): Side | null {
  const beat = currentBeat(ctx);
  if (!beat) return null;
  return beat.kind === 'table' && ctx.table ? ctx.table.turn : beat.side;
}

export const tableOpen = (ctx: GameContext): boolean => ctx.table !== null && ctx.table.beatId === ctx.beatId;

export function record(ctx: GameContext, side: Side, move: string): Pick<GameContext, 'steps' | 'rng'> {
  const step: Step = { beatId: ctx.beatId ?? '', side, move };
  return { steps: [...ctx.steps, step], rng: nextFloat(ctx.rng)[1] };
}

function applyEffects(ctx: GameContext, effects: Effects, defaultMinutes: number): GameContext {
  const flags = effects.setFlags ? [...new Set<FlagId>([...ctx.flags, ...effects.setFlags])] : ctx.flags;
  return {
    ...ctx,
    meters: applyMeterDeltas(ctx.meters, effects.meters),
    flags,
    clock: ctx.clock + (effects.minutes ?? defaultMinutes),
  };
}

/** Moves to the first playable beat at or after `index`, firing event cards on the way. */
function advanceFrom(start: GameContext, index: number): GameContext {
  let ctx = start;
  for (let i = index; i < BEATS.length; i++) {
    const beat = BEATS[i];
    if (beat.phase === 'aftermath' && ctx.ending === null) ctx = settle(ctx);
    ctx = fireEvents(ctx, beat.id);
    if (!holds(beat.when, ctx, beat.side) || (beat.classSkip && ctx.settings.length === 'class')) continue;
    ctx = { ...ctx, beatId: beat.id, clock: Math.max(ctx.clock, toMinutes(beat.time)) };
    return beat.kind === 'table' ? openTable(ctx, beat) : ctx;
  }
  if (ctx.ending === null) ctx = settle(ctx);
  return { ...withEpilogue(ctx), beatId: null };
}

export function advanceAfter(ctx: GameContext, beatId: string): GameContext {
  return advanceFrom(ctx, (BEAT_INDEX.get(beatId) ?? BEATS.length) + 1);
}

function fireEvents(ctx: GameContext, beatId: string): GameContext {
  let next = ctx;
  for (const card of eventsBefore(beatId)) {
    if (next.firedEvents.includes(card.id) || !holds(card.when, next)) continue;
    const forced = next.settings.events[card.id];
    const [u, rng] = nextFloat(next.rng);
    next = { ...next, rng };
    const fires = forced ? forced === 'on' : next.settings.mode === 'historical' ? card.onRecord : u < card.chance;
    if (fires) next = fire(next, card);
  }
  return next;
}

function fire(ctx: GameContext, card: EventCard): GameContext {
  const next = applyEffects(ctx, card.effects, 0);
  return { ...next, firedEvents: [...next.firedEvents, card.id] };
}

/**
 * The teacher pushes a card: its effects apply as when it fires by itself, at the beat being played,
 * whatever its `when`, chance or setting. No draw is taken, and the card will not fire again later.
 */
export function injectEvent(ctx: GameContext, eventId: string): GameContext {
  const card = EVENTS.find((c) => c.id === eventId);
  return card && !ctx.firedEvents.includes(card.id) ? fire(ctx, card) : ctx;
}

/**
 * The teacher hands a seat to the computer or back to a student: from the next move on, that side is
 * played as a seat of that kind is from the start. Nothing else changes: no draw, no clock, no step.
 */
export function assignSeat(ctx: GameContext, side: Side, seat: SeatKind): GameContext {
  return { ...ctx, settings: { ...ctx.settings, seats: { ...ctx.settings.seats, [side]: seat } } };
}

/**
 * The teacher's round timer ran out: the phase is marked (the seats see "time is up"), and a table
 * open now closes once two more offers have been made, unless it closes sooner anyway. No draw is
 * taken and nobody moves: a soft timer, as the accessibility goal asks (no forced timeouts).
 */
/** The teacher's round timer has run out in the phase being played. */
export function timeCalledNow(ctx: GameContext): boolean {
  const beat = currentBeat(ctx);
  return beat !== null && ctx.timeCalled.includes(beat.phase);
}

export function callTime(ctx: GameContext): GameContext {
  const beat = currentBeat(ctx);
  if (!beat) return ctx;
  const next = { ...ctx, timeCalled: [...ctx.timeCalled, beat.phase] };
  if (!ctx.table || ctx.table.beatId !== beat.id) return next;
  const closesAt = Math.min(ctx.table.closesAt, ctx.clock + 2 * offerMinutes(ctx.table));
  return { ...next, table: { ...ctx.table, closesAt } };
}

function openTable(ctx: GameContext, beat: Beat): GameContext {
  if (beat.followUpTable) return openFollowUpTable(ctx, beat, beat.followUpTable);
  const closesAt = beat.phase === 'talks' ? SCHEDULE.workingLunch : SCHEDULE.signing;
  const table: TableState = {
    beatId: beat.id,
    turn: beat.side,
    // An offer left standing from an earlier round stays on the table.
    standing: ctx.table?.standing ?? null,
    offers: ctx.table?.offers ?? [],
    closesAt: Math.max(closesAt, ctx.clock + 2 * MINUTES_PER_OFFER),
    refused: { us: 0, dprk: 0 },
    span: null,
  };
  return { ...ctx, table };
}

/** A follow-up table starts afresh, on its own clock: nothing from the summit's table stands on it. */
function openFollowUpTable(ctx: GameContext, beat: Beat, spec: FollowUpTable): GameContext {
  const end = Math.max(toMinutes(spec.closes), ctx.clock + 2 * spec.minutesPerOffer);
  const table: TableState = {
    beatId: beat.id,
    turn: beat.side,
    standing: null,
    offers: [],
    closesAt: end,
    refused: { us: 0, dprk: 0 },
    span: { start: ctx.clock, end, minutesPerOffer: spec.minutesPerOffer },
  };
  return { ...ctx, table, summitTable: ctx.table?.span ? ctx.summitTable : ctx.table };
}

/**
 * Classifies the ending. A signed deal advances the generator once here, as the old compliance draw
 * did, so the aftermath's draws stay where they were; the epilogue itself is drawn when the game ends
 * (`epilogue.ts`), after the implementation choices it depends on.
 */
function settle(ctx: GameContext): GameContext {
  const signed = ctx.signed ? ctx.agreement : null;
  const ending = classifyEnding({
    cancelled: ctx.cancelled,
    signed,
    extended: ctx.extended,
    walkedBy: ctx.walkedBy,
    meters: ctx.meters,
    flags: ctx.flags,
  });
  if (!signed) return { ...ctx, ending };
  return { ...ctx, ending, rng: nextFloat(ctx.rng)[1] };
}

export function applyChoice(ctx: GameContext, by: Side, beat: Beat, choice: Choice): GameContext {
  let next: GameContext = { ...ctx, ...record(ctx, by, choice.id) };
  next = applyEffects(next, choice.effects, beat.minutes ?? 10);
  if (next.settings.mode === 'historical' && next.settings.seats[by] === 'human' && !choice.historical) {
    next = { ...next, departed: true };
  }
  if (choice.facilities) next = applyScope(next, by, choice.facilities as readonly FacilityId[]);
  next = resolve(next, by, choice);
  const valuation = frozenValuation(ctx, next);
  if (valuation !== next.valuation) next = { ...next, valuation };
  if (choice.resolve === 'cancelSummit') {
    return advanceFrom(
      next,
      BEATS.findIndex((b) => b.phase === 'aftermath'),
    );
  }
  // A `next` that names no beat is a content error validateContent() reports; play on as if it were absent.
  const target = choice.next ? BEATS.findIndex((b) => b.id === choice.next) : -1;
  if (target >= 0) return advanceFrom(next, target);
  return advanceAfter(next, beat.id);
}

/**
 * The deal's value to both sides, frozen when it is signed, with the meters the signer decided on
 * (before the signing choice's own effects); cleared when a deal is walked away from.
 */
function frozenValuation(before: GameContext, after: GameContext): GameContext['valuation'] {
  if (!after.signed || !after.agreement) return null;
  return before.signed && after.valuation ? after.valuation : valueAtSigning(after.agreement, before.meters);
}

function resolve(ctx: GameContext, by: Side, choice: Choice): GameContext {
  switch (choice.resolve) {
    case 'cancelSummit':
      return { ...ctx, cancelled: true };
    case 'walk':
      return { ...ctx, walkedBy: by, agreement: null, signed: false };
    case 'sign':
      return ctx.agreement ? { ...ctx, signed: true } : ctx;
    case 'acceptStanding': {
      const terms = termsSignedBy(ctx, choice);
      if (!terms) return ctx;
      return { ...ctx, agreement: terms, signed: true, walkedBy: null };
    }
    case 'extend':
      return { ...ctx, extended: true };
    case 'broaden': {
      if (!choice.offerPatch || !ctx.table) return ctx;
      const base = ctx.table.standing?.by === by ? ctx.table.standing.pkg : lastOfferBy(ctx, by);
      if (!base) return ctx;
      return { ...ctx, table: { ...ctx.table, standing: { by, pkg: withLevels(base, choice.offerPatch) } } };
    }
    default:
      return ctx;
  }
}

/**
 * The package a signing choice would sign, exactly as it would be signed: the agreed package, or the
 * standing offer with Yongbyon as the DPRK has defined it. Null for a choice that signs nothing (or
 * has nothing to sign). The View shows it before the player confirms.
 */
export function termsSignedBy(ctx: GameContext, choice: Pick<Choice, 'resolve'>): Package | null {
  if (choice.resolve === 'sign') return ctx.agreement;
  if (choice.resolve === 'acceptStanding') {
    const standing = ctx.table?.standing;
    return standing ? effectivePackage(ctx, standing.pkg) : null;
  }
  return null;
}

function lastOfferBy(ctx: GameContext, side: Side): Package | null {
  const offers = ctx.table?.offers ?? [];
  for (let i = offers.length - 1; i >= 0; i--) if (offers[i].by === side) return offers[i].pkg;
  return null;
}

/**
 * The DPRK delivers Yongbyon as it defines it: once it has said what the word covers, an agreed
 * Yongbyon-scope level cannot exceed that definition.
 */
export function effectivePackage(ctx: GameContext, pkg: Package): Package {
  return withinDefinition(ctx.scope.dprk, pkg);
}

/** `pkg` with its Yongbyon-scope level capped at what the DPRK's definition (facility IDs) covers. */
export function withinDefinition(dprkScope: readonly string[] | null, pkg: Package): Package {
  if (!dprkScope) return pkg;
  const cap = scopeLevel(dprkScope);
  return level(pkg, 'yongbyon') > cap ? withLevels(pkg, { yongbyon: cap }) : pkg;
}

export function applyScope(ctx: GameContext, by: Side, facilities: readonly FacilityId[]): GameContext {
  let next: GameContext = { ...ctx, scope: { ...ctx.scope, [by]: [...facilities] } };
  const us = next.scope.us;
  const dprk = next.scope.dprk;
  if (us && dprk) {
    // A narrower DPRK reading than the US one is a blow to US trust, in proportion to the gap.
    const gap = Math.max(0, scopeLevel(us) - scopeLevel(dprk));
    next = { ...next, meters: applyMeterDeltas(next.meters, { trustUS: -0.04 * gap, chemistry: -0.02 * gap }) };
  }
  if (next.agreement) next = { ...next, agreement: effectivePackage(next, next.agreement) };
  return next;
}

export function defineScope(ctx: GameContext, by: Side, beat: Beat, facilities: readonly FacilityId[]): GameContext {
  let next: GameContext = { ...ctx, ...record(ctx, by, 'scope') };
  if (next.settings.mode === 'historical' && next.settings.seats[by] === 'human') next = { ...next, departed: true };
  next = applyScope({ ...next, clock: next.clock + (beat.minutes ?? 10) }, by, facilities);
  return advanceAfter(next, beat.id);
}
