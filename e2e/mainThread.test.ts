import { describe, expect, it } from 'vitest';
import { blocked, LONGEST_MS, type LongTask, SHARE_OF_RUN } from './mainThread.ts';

/** `count` long tasks of `duration` ms, one every `every` ms from 0. */
const tasks = (count: number, duration: number, every = duration + 10): LongTask[] =>
  Array.from({ length: count }, (_, i) => ({ start: i * every, duration }));

describe('blocked: when a run of the odds froze the page', () => {
  it('a run with no long task does not block; a missing run does', () => {
    expect(blocked({ long: [], ms: 3000 })).toBe(false);
    expect(blocked(undefined)).toBe(true);
  });

  it('one task of 250 ms blocks, one just under does not', () => {
    expect(blocked({ long: [{ start: 100, duration: LONGEST_MS }], ms: 5000 })).toBe(true);
    expect(blocked({ long: [{ start: 100, duration: LONGEST_MS - 1 }], ms: 5000 })).toBe(false);
  });

  it("CI's loaded-machine runs with the rollouts in the worker do not block", () => {
    expect(blocked({ long: [{ start: 40, duration: 192 }], ms: 2600 })).toBe(false);
    expect(blocked({ long: tasks(9, 76, 360), ms: 3300 })).toBe(false);
  });

  it('rollouts on the main thread in slices of 60 ms block, as do slices of 400 ms', () => {
    // Slices back to back with a frame between them fill the run.
    expect(blocked({ long: tasks(50, 60, 64), ms: 3300 })).toBe(true);
    expect(blocked({ long: tasks(2, 402, 410), ms: 900 })).toBe(true);
  });

  it('long tasks filling half the run block, just under half do not', () => {
    const ms = 4000;
    const half = (SHARE_OF_RUN * ms) / 100;
    expect(blocked({ long: tasks(half, 100, 150), ms })).toBe(true);
    expect(blocked({ long: tasks(half - 1, 100, 150), ms })).toBe(false);
  });

  it('a task reported twice counts once', () => {
    const twice = tasks(10, 100, 200).flatMap((t) => [t, { ...t }]);
    expect(blocked({ long: twice, ms: 2400 })).toBe(false);
    expect(blocked({ long: tasks(20, 100, 110), ms: 2400 })).toBe(true);
  });
});
