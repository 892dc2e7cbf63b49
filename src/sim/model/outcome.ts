/**
 * Endings and scores (DESIGN.md §6). A deal scores with the value both sides signed it at
 * (`valuation.ts`): the same phased value the AI decides on, against the walk-away value of that
 * moment; the face value rides along as `raw`.
 */
import { type Meters, reservation } from './hidden.ts';
import type { EndingId, FlagId, Side } from './ids.ts';
import { level, type Package } from './package.ts';
import { nearestFrontierDistance } from './pareto.ts';
import type { Valuation } from './valuation.ts';

export interface Resolution {
  readonly cancelled: boolean;
  readonly signed: Package | null;
  readonly extended: boolean;
  readonly walkedBy: Side | null;
  readonly meters: Meters;
  readonly flags: ReadonlySet<FlagId> | readonly FlagId[];
}

const has = (flags: Resolution['flags'], f: FlagId) =>
  Array.isArray(flags) ? flags.includes(f) : (flags as ReadonlySet<FlagId>).has(f);

/** What kind of agreement a signed package is. */
export function classifyDeal(pkg: Package): EndingId {
  if (level(pkg, 'otherSites') === 2 && level(pkg, 'declaration') >= 2 && level(pkg, 'warheads') >= 2) return 'comprehensive';
  // "Plus" is any commitment reaching beyond the Yongbyon complex: other sites, a declaration past the
  // Yongbyon list, monitoring at other declared sites, verified test-site closure, missiles or warheads.
  const plus =
    level(pkg, 'otherSites') >= 1 ||
    level(pkg, 'declaration') >= 2 ||
    level(pkg, 'verification') >= 2 ||
    level(pkg, 'testing') >= 2 ||
    level(pkg, 'missiles') >= 1 ||
    level(pkg, 'warheads') >= 1;
  if (level(pkg, 'yongbyon') >= 1 && plus) return 'yongbyonPlus';
  if (level(pkg, 'yongbyon') >= 1 && level(pkg, 'sanctions') >= 2) return 'yongbyonForSanctions';
  return 'smallDeal';
}

export function classifyEnding(r: Resolution): EndingId {
  if (r.cancelled) return 'summitCancelled';
  if (r.signed) return classifyDeal(r.signed);
  if (r.extended) return 'extended';
  // A walk that keeps the door open is the historical "friendly walk"; one that burns the
  // relationship in public is an acrimonious breakdown.
  const bitter = r.meters.chemistry < 0.4 || (has(r.flags, 'pressBlame') && r.meters.chemistry < 0.55);
  return bitter ? 'breakdown' : 'walkout';
}

export interface SideScore {
  /**
   * The outcome's value: a deal's phased value at signing (`dealValue`), the reservation value when
   * there is no deal. The number the side decided on.
   */
  readonly utility: number;
  /** Face value of the outcome: the deal's raw utility, every promise taken as kept (no deal: as `utility`). */
  readonly raw: number;
  readonly reservation: number;
  readonly surplus: number;
  readonly credibility: number;
}

export interface Scores {
  readonly us: SideScore;
  readonly dprk: SideScore;
  readonly jointGain: number;
  /** Euclidean distance in face value (U_US, U_DPRK) from the outcome to the Pareto frontier (raw utilities). */
  readonly paretoDistance: number;
  readonly trust: number;
  readonly chemistry: number;
}

/** Scores a signed deal from its frozen `valuation`, or no deal (null) from the meters at the end. */
export function scoreOutcome(deal: Valuation | null, meters: Meters): Scores {
  const side = (s: Side): SideScore => {
    const rv = deal ? deal[s].walkAway : reservation(s, meters);
    const utility = deal ? deal[s].deal : rv;
    return {
      utility,
      raw: deal ? deal[s].raw : rv,
      reservation: rv,
      surplus: utility - rv,
      credibility: s === 'us' ? meters.credibilityUS : meters.credibilityDPRK,
    };
  };
  const us = side('us');
  const dprk = side('dprk');
  return {
    us,
    dprk,
    jointGain: us.surplus + dprk.surplus,
    paretoDistance: nearestFrontierDistance(us.raw, dprk.raw),
    trust: (meters.trustUS + meters.trustDPRK) / 2,
    chemistry: meters.chemistry,
  };
}
