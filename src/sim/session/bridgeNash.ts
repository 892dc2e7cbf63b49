/**
 * How near the analysts' "Yongbyon-plus" bridge sits to the Nash bargaining point in the state the
 * calibration's bridges are made in (no Cohen hearing, hawk influence 0.45, the historical starting
 * meters otherwise): issue 10's "the analysts' bridge sits near the Nash point in the no-Cohen state".
 * One pure function, so that `npm run -s nash` prints it, the bridge fit (`scripts/fitBridge.ts`)
 * optimises it and a test holds it with one and the same definition.
 */
import { HISTORICAL_METERS, type Meters } from '../model/hidden.ts';
import { type IssueId, issueIndex } from '../model/issues.ts';
import { type NashPoint, nashPoint, nashWithinTwo, surpluses } from '../model/nash.ts';
import { issuesOff, type Package } from '../model/package.ts';
import { PRESETS } from '../model/presets.ts';

/** The no-Cohen state of the calibration (`calibrationFigures`): hawks weaker, nothing else changed. */
export const NO_COHEN_METERS: Meters = { ...HISTORICAL_METERS, hawk: 0.45 };

export interface BridgeNash {
  readonly nash: Package | null;
  readonly nashProduct: number;
  readonly nashSurplus: { readonly us: number; readonly dprk: number } | null;
  /** On how many issues the Nash point differs from the reference bridge (null: no Nash point). */
  readonly issuesApart: number | null;
  /** The issues it differs on, with the bridge's level and the Nash point's. */
  readonly differs: readonly { readonly issue: IssueId; readonly bridge: number; readonly nash: number }[];
  /** The best Nash product within two issues of the bridge, as a share of the Nash product (1: the Nash point is within two issues). */
  readonly withinTwoShare: number;
  /** The reference bridge's own surpluses in that state (null: it crosses a red line). */
  readonly bridgeSurplus: { readonly us: number; readonly dprk: number } | null;
}

export function bridgeNash(meters: Meters = NO_COHEN_METERS): BridgeNash {
  const bridge = PRESETS.yongbyonPlus.pkg;
  const nash = nashPoint(meters);
  const near = nashWithinTwo(bridge, meters);
  const off = nash ? issuesOff(nash.pkg, bridge) : [];
  return {
    nash: nash?.pkg ?? null,
    nashProduct: nash?.product ?? 0,
    nashSurplus: nash?.surplus ?? null,
    issuesApart: nash ? off.length : null,
    differs: off.map((issue) => ({ issue, bridge: bridge[issueIndex(issue)], nash: (nash as NashPoint).pkg[issueIndex(issue)] })),
    withinTwoShare: nash && near ? near.product / nash.product : 0,
    bridgeSurplus: surpluses(bridge, meters),
  };
}
