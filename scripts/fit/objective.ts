/**
 * The weight fit's objective, as one pure function of what a candidate measured. Lower is better:
 *
 *   J = openings + ANCHOR·(points moved) + reference-package drift + CALIBRATION·(calibration loss)
 *
 * - openings: the mean number of issues on which each side's first offer differs from its Hanoi paper,
 *   summed over the two sides (`measureOpenings`; the mean, not the median or "within two issues", so
 *   the fit follows the whole distribution and is not aimed at any one threshold);
 * - points moved: Σ |Δw| against the weights in the table, so a candidate stays near the reference
 *   anchors (negotiation-anchors.md §3.3) unless moving buys openings;
 * - reference-package drift: for each of the three reference packages' face values (both sides), how
 *   much further from the §3.3 table it lies than with the starting weights (DRIFT per unit, so the fit
 *   does not ride to the edge of the band), and, much dearer, how far outside the ±0.02 band that
 *   docs/model.md claims (WALL per unit);
 * - calibration loss: the share of seeds by which the US walk-outs with the Cohen hearing and the
 *   bridges without it fall below what the table's own weights give on the same seeds. Only a fall
 *   counts, and from the starting figures, not from the tests' floors (80%, 30%).
 */

/** What one candidate measured (see ./evaluate.ts). */
export interface Measured {
  /** Mean issues differing from the paper, per side. */
  readonly openingsUs: number;
  readonly openingsDprk: number;
  /** Σ |Δw| from the anchor weights. */
  readonly pointsMoved: number;
  /** Face values of the reference packages minus the §3.3 table, one per package and side. */
  readonly referenceErrors: readonly number[];
  readonly calibrationSeeds: number;
  readonly usWalksWithCohen: number;
  readonly bridgesWithoutCohen: number;
}

/** Issues-differing per point of weight moved: ten points moved cost as much as a tenth of an issue on average. */
export const ANCHOR = 0.01;
/** Per unit of face value further from the table than at the start: 0.01 further costs a tenth of an issue. */
export const DRIFT = 10;
/** Per unit of face value outside the ±0.02 band: 0.01 outside costs one issue. */
export const WALL = 100;
export const REFERENCE_TOLERANCE = 0.02;
/** Per share of seeds lost: a fall of a tenth of the seeds costs one issue. */
export const CALIBRATION = 10;

export interface ObjectiveParts {
  readonly openings: number;
  readonly anchor: number;
  readonly reference: number;
  readonly calibration: number;
  readonly total: number;
}

/** What the objective compares a candidate with: the starting weights' figures on the same seeds. */
export type Baseline = Pick<Measured, 'usWalksWithCohen' | 'bridgesWithoutCohen' | 'referenceErrors'>;

/**
 * The reference packages' cost: DRIFT per unit a face value lies further from the §3.3 table than at the
 * start (`base`), and WALL per unit outside the ±0.02 band. Shared by the weight and the bridge fits.
 */
export function referenceCost(errors: readonly number[], base: readonly number[]): number {
  return errors.reduce(
    (s, e, i) =>
      s + DRIFT * Math.max(0, Math.abs(e) - Math.abs(base[i] ?? 0)) + WALL * Math.max(0, Math.abs(e) - REFERENCE_TOLERANCE),
    0,
  );
}

/** J for `m` against `base`. */
export function objective(m: Measured, base: Baseline): ObjectiveParts {
  const openings = m.openingsUs + m.openingsDprk;
  const anchor = ANCHOR * m.pointsMoved;
  const reference = referenceCost(m.referenceErrors, base.referenceErrors);
  const fall = (now: number, was: number) => Math.max(0, was - now) / m.calibrationSeeds;
  const calibration =
    CALIBRATION * (fall(m.usWalksWithCohen, base.usWalksWithCohen) + fall(m.bridgesWithoutCohen, base.bridgesWithoutCohen));
  return { openings, anchor, reference, calibration, total: openings + anchor + reference + calibration };
}
