/**
 * Stall-then-deadline play: tabling the same (or nearly the same) package turn after turn and
 * waiting for the other side's deadline concessions. A counterpart that keeps conceding against it
 * rewards the stall, so the counterpart measures how long the run of repeats is and when it began.
 */
import type { Package } from './package.ts';

/** Two packages count as the same offer when they differ by at most this many levels in all. */
export const NEAR_SAME_LEVELS = 1;
/** A stall is this many near-identical offers in a row. */
export const STALL_RUN = 3;

const distance = (a: Package, b: Package): number => {
  let d = 0;
  for (let i = 0; i < a.length; i++) d += Math.abs(a[i] - b[i]);
  return d;
};

/** How many of the latest offers, counting back from the last, are near the last one. */
export function repeatRun(offers: readonly Package[]): number {
  if (offers.length === 0) return 0;
  const last = offers[offers.length - 1];
  let n = 0;
  for (let i = offers.length - 1; i >= 0 && distance(offers[i], last) <= NEAR_SAME_LEVELS; i--) n++;
  return n;
}

/** The index of the first offer of the current run of repeats, or null when there is no stall. */
export function stallStart(offers: readonly Package[]): number | null {
  const run = repeatRun(offers);
  return run >= STALL_RUN ? offers.length - run : null;
}
