/**
 * The compliance epilogue of a signed deal, drawn once the game is over: the players' implementation
 * choices in the aftermath (the moves the log already records) move each side's chance of keeping its
 * phases, then `model/epilogue.ts` draws the phases from the game's seed. Deterministic per seed and moves.
 */
import { type ComplianceShift, drawEpilogue } from '../model/epilogue.ts';
import type { Side } from '../model/ids.ts';
import { rngStream } from '../model/rng.ts';
import type { GameContext } from './types.ts';

/** Its own stream of the generator, so the epilogue never moves another draw. */
const EPILOGUE_STREAM = 0x3c6ef372;

/**
 * What each aftermath implementation choice does to its side's chance of keeping each phase
 * (signing, implementation, final), in addition to the meters the choice moves.
 */
export const IMPLEMENTATION: Readonly<Record<string, { readonly side: Side; readonly shift: readonly number[] }>> = {
  'after.dprkImplement.onSchedule': { side: 'dprk', shift: [0.1, 0.05, 0] },
  'after.dprkImplement.slowWalk': { side: 'dprk', shift: [-0.2, -0.1, 0] },
  'after.dprkImplement.beyond': { side: 'dprk', shift: [0.1, 0.1, 0] },
  'after.usImplement.asAgreed': { side: 'us', shift: [0.1, 0.05, 0.05] },
  'after.usImplement.delay': { side: 'us', shift: [-0.2, -0.1, 0] },
  'after.usImplement.more': { side: 'us', shift: [0.15, 0.05, 0.05] },
  'after.nextPhase.pushNow': { side: 'dprk', shift: [0, -0.05, -0.05] },
  'after.nextPhase.consolidate': { side: 'dprk', shift: [0, 0.05, 0.05] },
  'after.nextPhase.linkage': { side: 'dprk', shift: [0, 0.05, 0.05] },
};

/** The shifts the game's recorded moves add up to. */
export function implementationShift(ctx: GameContext): ComplianceShift {
  const shift = { us: [0, 0, 0], dprk: [0, 0, 0] };
  for (const step of ctx.steps) {
    const effect = IMPLEMENTATION[step.move];
    if (!effect) continue;
    for (let k = 0; k < effect.shift.length; k++) shift[effect.side][k] += effect.shift[k];
  }
  return shift;
}

/** The context with its epilogue drawn, when a deal was signed and none is drawn yet. */
export function withEpilogue(ctx: GameContext): GameContext {
  if (!ctx.signed || !ctx.valuation || ctx.compliance) return ctx;
  return { ...ctx, compliance: drawEpilogue(ctx.valuation, implementationShift(ctx), rngStream(ctx.rng ^ EPILOGUE_STREAM)) };
}
