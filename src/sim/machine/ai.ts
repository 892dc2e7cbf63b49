/**
 * Moves for seats the computer plays. `ai` follows the record in historical mode until a human
 * leaves it, and the negotiation model otherwise; `random` picks uniformly among legal moves
 * (for exploration and fuzzing). Both are pure functions of the context and its seeded generator.
 */
import type { Beat, Choice } from '../content/types.ts';
import { audienceCost, deliberate, type TableView } from '../model/counterpart.ts';
import { applyMeterDeltas, type Meters, privateReservation, reservation, reservationShift } from '../model/hidden.ts';
import { type MeterId, otherSide, type Side } from '../model/ids.ts';
import { LEVEL_COUNTS, OPTIONAL } from '../model/issues.ts';
import { type Package, withLevels } from '../model/package.ts';
import { dealValue } from '../model/phases.ts';
import { PRESETS } from '../model/presets.ts';
import { rngStream } from '../model/rng.ts';
import { tableTime } from './clock.ts';
import { actingSide, currentBeat, effectivePackage } from './reduce.ts';
import { holds } from './script.ts';
import type { GameContext, GameEvent, TableState } from './types.ts';

/** Salts the game's generator state into the stream a computer seat's move draws from. */
const MOVE_STREAM = 0x2545f491;

/** The move for the acting seat when it is not human, or null when a human is to move. */
export function autoMove(ctx: GameContext): GameEvent | null {
  const side = actingSide(ctx);
  const beat = currentBeat(ctx);
  if (!side || !beat) return null;
  const seat = ctx.settings.seats[side];
  if (seat === 'human') return null;
  const draw = rngStream(ctx.rng ^ MOVE_STREAM);
  return seat === 'random' ? randomMove(ctx, side, beat, draw) : aiMove(ctx, side, beat, draw);
}

export const enabledChoices = (ctx: GameContext, beat: Beat): Choice[] =>
  beat.choices.filter((c) => holds(c.requires, ctx, beat.side));

function randomMove(ctx: GameContext, side: Side, beat: Beat, draw: () => number): GameEvent {
  if (beat.kind !== 'table') {
    const choices = enabledChoices(ctx, beat);
    return { type: 'CHOOSE', by: side, choiceId: choices[Math.floor(draw() * choices.length)].id };
  }
  const u = draw();
  const standing = ctx.table?.standing;
  if (standing && standing.by !== side && u < 0.2) return { type: 'ACCEPT', by: side };
  if (u < 0.26) return { type: 'WALK', by: side };
  if (u < 0.32) return { type: 'ADJOURN', by: side };
  const pkg = LEVEL_COUNTS.map((n, i) => (OPTIONAL[i] && !ctx.settings.drills ? 0 : Math.floor(draw() * n)));
  return { type: 'OFFER', by: side, pkg };
}

const followsRecord = (ctx: GameContext) => ctx.settings.mode === 'historical' && !ctx.departed;

function aiMove(ctx: GameContext, side: Side, beat: Beat, draw: () => number): GameEvent {
  if (beat.kind === 'table') return tableMove(ctx, side, draw());
  const choices = enabledChoices(ctx, beat);
  if (followsRecord(ctx)) {
    const historical = choices.find((c) => c.historical);
    if (historical) return { type: 'CHOOSE', by: side, choiceId: historical.id };
  }
  let best = choices[0];
  let bestValue = Number.NEGATIVE_INFINITY;
  for (const choice of choices) {
    const value = choiceValue(ctx, side, choice) + (draw() - 0.5) * 0.06;
    if (value > bestValue) {
      bestValue = value;
      best = choice;
    }
  }
  return { type: 'CHOOSE', by: side, choiceId: best.id };
}

function tableMove(ctx: GameContext, side: Side, draw: number): GameEvent {
  const table = ctx.table;
  if (!table) return { type: 'ADJOURN', by: side };
  if (followsRecord(ctx)) {
    // On the record each side restated its position until the clock ran out (at Stockholm too: nothing
    // of what was offered there was published, and no agreement was reached).
    return { type: 'OFFER', by: side, pkg: side === 'dprk' ? PRESETS.dprkHanoiOffer.pkg : PRESETS.usBigDeal.pkg };
  }
  const { move } = deliberate(counterpartView(ctx, table, side, draw));
  return { ...move, by: side };
}

/** What side `side` knows at the table when it deliberates (its reasons, `answerReasons.ts`, read the same). */
export function counterpartView(ctx: GameContext, table: TableState, side: Side, draw: number): TableView {
  return {
    side,
    meters: ctx.meters,
    persona: ctx.settings.persona,
    t: tableTime(table, ctx.clock),
    belief: ctx.beliefs[side],
    standing: table.standing ? { by: table.standing.by, pkg: effectivePackage(ctx, table.standing.pkg) } : null,
    theirOffers: table.offers.filter((o) => o.by !== side).map((o) => o.pkg),
    theirTimes: table.offers.filter((o) => o.by !== side).map((o) => tableTime(table, o.at)),
    rvShift: reservationShift(ctx.seed, side),
    refused: table.refused[side],
    withDrills: ctx.settings.drills,
    draw,
    likeability: ctx.talk.likeability[side],
  };
}

/** The uniform draw the computer seat to move uses for its next move (the first of its stream). */
export const moveDraw = (ctx: GameContext): number => rngStream(ctx.rng ^ MOVE_STREAM)();

/**
 * How a side values a narrative choice: by what its meter changes do to the bargain it can hope for.
 * The yardstick is the analysts' bridge package: the change in this side's surplus over its reservation
 * value there, plus (weighted by how much it wants a deal at all) the change in the other side's, since
 * a deal needs both. Personas add a taste for credibility (hawks) or chemistry (doves).
 */
const YARDSTICK = PRESETS.yongbyonPlus.pkg;

function bridgeSurplus(side: Side, m: Meters): number {
  return dealValue(side, YARDSTICK, m) - reservation(side, m);
}

function effectValue(side: Side, ctx: GameContext, deltas: Partial<Record<MeterId, number>> | undefined): number {
  if (!deltas) return 0;
  const before = ctx.meters;
  const after = applyMeterDeltas(before, deltas);
  const other = otherSide(side);
  const dealWish = side === 'us' ? 0.8 - 0.6 * before.hawk : 0.7;
  let v = bridgeSurplus(side, after) - bridgeSurplus(side, before);
  v += dealWish * (bridgeSurplus(other, after) - bridgeSurplus(other, before));
  const credibility = side === 'us' ? 'credibilityUS' : 'credibilityDPRK';
  const taste = ctx.settings.persona === 'hawkish' ? 0.15 : ctx.settings.persona === 'dovish' ? 0.02 : 0.06;
  v += taste * (after[credibility] - before[credibility]);
  if (ctx.settings.persona === 'dovish') v += 0.05 * (after.chemistry - before.chemistry);
  return v;
}

function surplus(side: Side, pkg: Package, m: Meters): number {
  return dealValue(side, pkg, m) - reservation(side, m);
}

/**
 * What each named facility in a definition of "Yongbyon" is worth to a side choosing it, on top of the
 * meters: the US would rather the word covered more, the DPRK would rather keep some back. A what-if may
 * change it before a run (`npm run -s bridge:deals -- --facility-taste`); nothing in the game does.
 */
export const FACILITY_TASTE: Record<Side, number> = { us: 0.01, dprk: -0.01 };

/** Signing below its own private reservation value is never worth it, whatever else the choice brings. */
const BELOW_RESERVATION = -10;

function choiceValue(ctx: GameContext, side: Side, choice: Choice): number {
  const m = ctx.meters;
  const floor = privateReservation(side, m, ctx.seed);
  let v = effectValue(side, ctx, choice.effects.meters);
  const standing = ctx.table?.standing;
  switch (choice.resolve) {
    case 'sign':
      if (ctx.agreement) v += 0.05 + 2 * surplus(side, ctx.agreement, m);
      if (ctx.agreement && dealValue(side, ctx.agreement, m) < floor) v += BELOW_RESERVATION;
      break;
    case 'acceptStanding':
      if (standing) v += 0.05 + 2 * surplus(side, effectivePackage(ctx, standing.pkg), m);
      if (standing && dealValue(side, effectivePackage(ctx, standing.pkg), m) < floor) v += BELOW_RESERVATION;
      break;
    case 'walk':
      v += side === 'us' ? 0.04 * m.hawk : -0.05;
      if (ctx.agreement) v -= 2 * Math.max(0, surplus(side, ctx.agreement, m));
      break;
    case 'cancelSummit':
      v -= 0.15;
      break;
    case 'broaden':
      if (standing && choice.offerPatch) v += surplus(side, withLevels(standing.pkg, choice.offerPatch), m) >= 0 ? 0.06 : -0.1;
      break;
    case 'extend':
      v += 0.01;
      break;
    default:
      break;
  }
  if (choice.effects.setFlags?.includes('finalRoundCalled')) v += finalRoundHope(ctx, side);
  if (choice.facilities) v += FACILITY_TASTE[side] * choice.facilities.length;
  return v;
}

/** How much more a last round might bring: the best the side thinks the other would take, over its bar. */
function finalRoundHope(ctx: GameContext, side: Side): number {
  const { bestZopa, rv } = deliberate({
    side,
    meters: ctx.meters,
    persona: ctx.settings.persona,
    t: 1,
    belief: ctx.beliefs[side],
    standing: null,
    theirOffers: [],
    refused: 0,
    withDrills: ctx.settings.drills,
    rvShift: reservationShift(ctx.seed, side),
    draw: 0.5,
  });
  return Math.max(-0.1, Math.min(0.1, bestZopa - rv - 0.1 * audienceCost(side, ctx.meters)));
}
