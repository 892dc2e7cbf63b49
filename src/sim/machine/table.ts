/** The bargaining table's moves: offer, accept, walk out, adjourn. Pure, like the rest of the reducers. */
import { classifyOffer, openingPackage } from '../model/counterpart.ts';
import { volunteeredLine } from '../model/dialogue.ts';
import { applyMeterDeltas, privateReservation, reservationShift, trustKey } from '../model/hidden.ts';
import { otherSide, type Side } from '../model/ids.ts';
import { updateBelief, updateRvGuess } from '../model/opponentModel.ts';
import type { Package } from '../model/package.ts';
import { concessionExponent, targetUtility } from '../model/personas.ts';
import { dealValue } from '../model/phases.ts';
import { nextFloat } from '../model/rng.ts';
import { offerMinutes, tableTime } from './clock.ts';
import { isHistoricalOffer } from './onRecord.ts';
import { advanceAfter, effectivePackage, record } from './reduce.ts';
import type { GameContext, TableState } from './types.ts';

/**
 * The receiving side's current aspiration, used to read an offer as fair or not: its concession curve
 * from where its path starts (its ideal, or a realistic opener's proposal, `openingPackage`).
 */
function aspiration(ctx: GameContext, side: Side): number {
  const m = ctx.meters;
  const start = openingPackage({
    side,
    meters: m,
    persona: ctx.settings.persona,
    belief: ctx.beliefs[side],
    withDrills: ctx.settings.drills,
    rvShift: reservationShift(ctx.seed, side),
  });
  const uMax = dealValue(side, start, m);
  const rv = privateReservation(side, m, ctx.seed);
  return targetUtility(tableTime(ctx.table, ctx.clock), rv, uMax, concessionExponent(side, ctx.settings.persona, m));
}

const REACTION_EFFECTS = {
  fair: { trust: 0.02, chemistry: 0.01 },
  semiFair: { trust: 0, chemistry: 0 },
  unfair: { trust: -0.01, chemistry: -0.01 },
  unacceptable: { trust: -0.04, chemistry: -0.03 },
} as const;

export function applyOffer(ctx: GameContext, by: Side, pkg: Package): GameContext {
  const table = ctx.table as TableState;
  const receiver = otherSide(by);
  // The reading's noise comes from the game's generator state without advancing it.
  const jitter = nextFloat(ctx.rng ^ 0x68e31da4)[0];
  const privateRv = privateReservation(receiver, ctx.meters, ctx.seed);
  const reaction = classifyOffer(receiver, pkg, ctx.meters, aspiration(ctx, receiver), privateRv, jitter);
  const seen = [...table.offers.filter((o) => o.by === by).map((o) => o.pkg), pkg];
  const fx = REACTION_EFFECTS[reaction];
  const departed =
    ctx.departed || (ctx.settings.mode === 'historical' && ctx.settings.seats[by] === 'human' && !isHistoricalOffer(by, pkg));
  const refused =
    table.standing && table.standing.by === receiver
      ? { ...table.refused, [receiver]: table.refused[receiver] + 1 }
      : table.refused;
  const beliefs = {
    ...ctx.beliefs,
    [receiver]: {
      ...updateRvGuess(updateBelief(ctx.beliefs[receiver], pkg), seen),
      knowsRedLine: ctx.beliefs[receiver].knowsRedLine,
    },
    [by]: reaction === 'unacceptable' ? { ...ctx.beliefs[by], knowsRedLine: true } : ctx.beliefs[by],
  };
  // The computer, refusing a person's offer with its own, may say unasked what matters most to it.
  const volunteered =
    ctx.settings.seats[by] === 'ai' && ctx.settings.seats[receiver] === 'human' && table.standing?.by === receiver
      ? volunteeredLine(ctx.talk, by, ctx.meters[trustKey(by)], ctx.settings.drills, ctx.clock)
      : null;
  const next: GameContext = {
    ...ctx,
    ...record(ctx, by, 'offer'),
    talk: volunteered ? { ...ctx.talk, lines: [...ctx.talk.lines, volunteered] } : ctx.talk,
    departed,
    beliefs,
    meters: applyMeterDeltas(ctx.meters, { [trustKey(receiver)]: fx.trust, chemistry: fx.chemistry }),
    clock: ctx.clock + offerMinutes(table),
    table: {
      ...table,
      turn: receiver,
      standing: { by, pkg },
      offers: [...table.offers, { by, pkg, at: ctx.clock, reaction }],
      refused,
    },
  };
  return next.clock >= table.closesAt ? advanceAfter(next, table.beatId) : next;
}

export function applyAccept(ctx: GameContext, by: Side): GameContext {
  const table = ctx.table as TableState;
  const standing = table.standing as { by: Side; pkg: Package };
  const departed = ctx.departed || (ctx.settings.mode === 'historical' && ctx.settings.seats[by] === 'human');
  const agreed = effectivePackage(ctx, standing.pkg);
  // At a follow-up table the package is the follow-up's agreement; the summit's deal (or none) stands.
  const outcome: Partial<GameContext> = table.span
    ? { followUp: agreed, flags: [...new Set([...ctx.flags, 'followUpAgreed' as const])] }
    : { agreement: agreed };
  const next: GameContext = {
    ...ctx,
    ...record(ctx, by, 'accept'),
    ...outcome,
    departed,
    meters: applyMeterDeltas(ctx.meters, { chemistry: 0.05, trustUS: 0.03, trustDPRK: 0.03 }),
    clock: ctx.clock + offerMinutes(table),
  };
  return advanceAfter(next, table.beatId);
}

export function applyWalk(ctx: GameContext, by: Side): GameContext {
  const table = ctx.table as TableState;
  const credibility = by === 'us' ? 'credibilityUS' : 'credibilityDPRK';
  const departed = ctx.departed || (ctx.settings.mode === 'historical' && ctx.settings.seats[by] === 'human');
  // Walking out of a follow-up table ends that table; who walked out of the summit is the summit's.
  const outcome: Partial<GameContext> = table.span ? {} : { walkedBy: by, agreement: null };
  const next: GameContext = {
    ...ctx,
    ...record(ctx, by, 'walk'),
    departed,
    ...outcome,
    // Walking costs trust and chemistry but makes the walker's later threats more believable.
    meters: applyMeterDeltas(ctx.meters, { chemistry: -0.08, trustUS: -0.03, trustDPRK: -0.05, [credibility]: 0.1 }),
  };
  return advanceAfter(next, table.beatId);
}

export function applyAdjourn(ctx: GameContext, by: Side): GameContext {
  const table = ctx.table as TableState;
  return advanceAfter({ ...ctx, ...record(ctx, by, 'adjourn'), clock: ctx.clock + 5 }, table.beatId);
}
