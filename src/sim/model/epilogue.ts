/**
 * The compliance epilogue (negotiation-anchors.md §3.5): after a deal is signed, whether each side
 * keeps each of its phases is drawn from the seed, and a broken phase is seen by the other side or
 * not. It teaches the commitment problem the value model prices in: the chance a side keeps a phase
 * is the same p_k the other side counted on at signing (`schedule`), moved by
 *   - the players' implementation choices in the aftermath (`shift`, per side and phase),
 *   - how much the deal is worth to the side against walking away at signing (its frozen surplus,
 *     within ±0.1: a deal one barely wanted is the first to slip),
 *   - seeded noise (within ±0.05 per side: true intentions are not beliefs),
 *   - and reciprocity: once the other side is seen breaking a phase, a side keeps later ones half as often.
 * A side that has broken a phase does not come back to the later ones. A DPRK violation is caught
 * with a chance that grows with the verification level; withheld US relief is public.
 */
import { otherSide, type Side } from './ids.ts';
import { level } from './package.ts';
import { PHASES, type PhaseId, schedule } from './phases.ts';
import type { Valuation } from './valuation.ts';

export interface PhaseCompliance {
  readonly phase: PhaseId;
  /** Whose steps these are. */
  readonly side: Side;
  /** The chance the side keeps the phase, after every adjustment. */
  readonly chance: number;
  readonly kept: boolean;
  /** A broken phase the other side saw (always false when kept). */
  readonly detected: boolean;
}

export interface Compliance {
  /** The US kept every one of its phases. */
  readonly us: boolean;
  /** The DPRK kept every one of its phases. */
  readonly dprk: boolean;
  /** A DPRK violation was caught by verification. */
  readonly detected: boolean;
  /** Per phase and side, in the schedule's order (US before DPRK within a phase). */
  readonly phases: readonly PhaseCompliance[];
}

/** Changes to each side's chance of keeping each phase (indexed like `PHASES`). */
export type ComplianceShift = Readonly<Record<Side, readonly number[]>>;

export const NO_SHIFT: ComplianceShift = { us: PHASES.map(() => 0), dprk: PHASES.map(() => 0) };

const NOISE = 0.05;
const SURPLUS_CAP = 0.1;
const clampChance = (x: number): number => Math.min(0.98, Math.max(0.02, x));

/** The chance a DPRK violation is caught: 0.2, plus 0.25 per verification level. */
export const detectionChance = (verification: number): number => 0.2 + 0.25 * verification;

/** Draws the epilogue of the deal signed at `valuation`. `draw` is a seeded uniform stream. */
export function drawEpilogue(valuation: Valuation, shift: ComplianceShift, draw: () => number): Compliance {
  const noise = { us: (draw() - 0.5) * 2 * NOISE, dprk: (draw() - 0.5) * 2 * NOISE };
  const broken = { us: false, dprk: false };
  const seen = { us: false, dprk: false };
  const catchChance = detectionChance(level(valuation.pkg, 'verification'));
  const phases: PhaseCompliance[] = [];
  for (const phase of schedule(valuation.pkg, valuation.meters)) {
    const k = PHASES.indexOf(phase.phase);
    // Both sides act within a phase at once: what each saw comes from earlier phases only.
    const seenBefore = { ...seen };
    for (const side of ['us', 'dprk'] as const) {
      if (phase.steps[side].length === 0) continue;
      const other = otherSide(side);
      const v = valuation[side];
      const surplus = Math.max(-SURPLUS_CAP, Math.min(SURPLUS_CAP, v.deal - v.walkAway));
      let chance = clampChance(phase.belief[other] + shift[side][k] + surplus + noise[side]);
      if (seenBefore[other]) chance /= 2;
      if (broken[side]) chance = 0;
      const u = draw();
      const c = draw();
      const kept = u < chance;
      const detected = !kept && (side === 'us' || c < catchChance);
      if (!kept) broken[side] = true;
      if (detected) seen[side] = true;
      phases.push({ phase: phase.phase, side, chance, kept, detected });
    }
  }
  return {
    us: !broken.us,
    dprk: !broken.dprk,
    detected: phases.some((p) => p.side === 'dprk' && p.detected),
    phases,
  };
}
