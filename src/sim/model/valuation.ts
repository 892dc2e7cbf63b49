/**
 * A deal's value frozen at signing. The number that decides (`dealValue`, with the meters the signer
 * saw when it signed) is the number that scores: the debrief's "better or worse than no deal" compares
 * this value with the walk-away value of the same moment, so nothing that happens after the signing
 * (the aftermath's meter swings) rewrites it. The face value (`raw`) is kept beside it so the front end
 * can show the commitment problem: what the paper says against what counting on the other side's word
 * is worth.
 */
import { type Meters, reservation } from './hidden.ts';
import type { Side } from './ids.ts';
import type { Package } from './package.ts';
import { dealValue } from './phases.ts';
import { rawUtility } from './utility.ts';

export interface SideValue {
  /** THE value: the phased, trust-discounted value of the deal (what the side decided on). */
  readonly deal: number;
  /** Face value: the linear-additive score with every promise taken as kept. */
  readonly raw: number;
  /** The reservation value (walking away) at the moment of signing. */
  readonly walkAway: number;
}

export interface Valuation {
  readonly pkg: Package;
  /** The meters at signing, before the signing choice's own effects: the state the signer saw. */
  readonly meters: Meters;
  readonly us: SideValue;
  readonly dprk: SideValue;
}

const sideValue = (side: Side, pkg: Package, meters: Meters): SideValue => ({
  deal: dealValue(side, pkg, meters),
  raw: rawUtility(side, pkg),
  walkAway: reservation(side, meters),
});

export function valueAtSigning(pkg: Package, meters: Meters): Valuation {
  return { pkg, meters, us: sideValue('us', pkg, meters), dprk: sideValue('dprk', pkg, meters) };
}
