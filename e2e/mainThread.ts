/**
 * When a run of the odds blocked the page's main thread, judged from the long tasks (over 50 ms) the
 * browser reported during it. Kept out of the spec so that Vitest can hold the rule to its cases
 * (`mainThread.test.ts`): the browser test alone could only show it passing on this machine.
 */
export interface LongTask {
  readonly start: number;
  readonly duration: number;
}

export interface WatchedRun {
  readonly long: readonly LongTask[];
  /** How long the run took from the click, in ms. */
  readonly ms: number;
}

/**
 * A run blocked the page when one long task reached 250 ms, or when long tasks filled half the run.
 * Rollouts on the main thread, in slices of any length from 50 ms up, fill the whole run (500 rollouts
 * take seconds), and a slice of 250 ms or more is a freeze a player feels. A loaded CPU drawing WebGL in
 * software stalls the map canvas's own frames: CI saw a single 192 ms task, and nine tasks of up to
 * 76 ms in a 3.3 s run (about a fifth of it), with the rollouts in the worker.
 */
export const LONGEST_MS = 250;
export const SHARE_OF_RUN = 0.5;

/** True when the run blocked the page; a missing run counts as blocked, so a caller retries or fails. */
export function blocked(run: WatchedRun | undefined): boolean {
  if (!run) return true;
  // The observer can report one task twice when two observers' windows overlap; count it once.
  const unique = [...new Map(run.long.map((e) => [`${e.start}:${e.duration}`, e])).values()];
  const total = unique.reduce((sum, e) => sum + e.duration, 0);
  return unique.some((e) => e.duration >= LONGEST_MS) || total >= SHARE_OF_RUN * run.ms;
}
