/**
 * The belief fit's objective (scripts/fitBelief.ts), lower is better: how far the DPRK's opening is from
 * its Hanoi paper, how far its deals are from the analysts' bridge, the calibration floors, and how far
 * the belief moved from where the fit started.
 */
import type { BeliefCandidate, Evaluation } from './candidate.ts';

/** The calibration floors the tests hold: US walk-outs with the Cohen hearing, bridges without it. */
const WALK_FLOOR = 0.8;
const BRIDGE_FLOOR = 0.3;

/** How much a bridge share more than two issues from the reference costs against an issue of opening. */
export const DEALS_WEIGHT = 5;

export function beliefObjective(e: Evaluation, c: BeliefCandidate, start: BeliefCandidate, dealsWeight = DEALS_WEIGHT) {
  const opening = e.openings.dprk.meanIssuesDiffering;
  const d = e.calibration.bridgeDistances;
  const far = d.length ? d.filter((x) => x > 2).length / d.length : 1;
  const deals = dealsWeight * far;
  const n = e.calibration.seeds;
  const shortfall =
    10 * Math.max(0, WALK_FLOOR - e.calibration.usWalksWithCohen / n) +
    10 * Math.max(0, BRIDGE_FLOOR - e.calibration.bridgesWithoutCohen / n);
  const issues = new Set([...Object.keys(c.emphasis), ...Object.keys(start.emphasis)]);
  let steps = 0;
  for (const id of issues) steps += Math.abs(Math.log2((c.emphasis[id] ?? 1) / (start.emphasis[id] ?? 1)));
  const moved = 0.05 * steps + Math.abs(c.prior - start.prior);
  return {
    total: opening + deals + shortfall + moved,
    opening,
    deals,
    shortfall,
    moved,
    withinTwo: d.filter((x) => x <= 2).length,
    bridges: d.length,
    walks: e.calibration.usWalksWithCohen,
  };
}
