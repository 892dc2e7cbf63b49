/** The still loop sleeps only when nothing moves, and wakes on every poke. */
import type { Game } from 'phaser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StillLoop } from './stillLoop.ts';

/** Just enough of a Phaser game: a loop that can sleep and wake, and scenes with tweens and timers. */
function fakeGame() {
  const scene = {
    tweens: { list: [] as unknown[], getTweens: () => scene.tweens.list.slice() },
    time: { _active: [] as unknown[], _pendingInsertion: [] as unknown[] },
    load: { isLoading: () => false },
    sys: { settings: { status: 5 }, isTransitioning: () => false },
  };
  const loop = {
    running: true,
    sleeps: 0,
    sleep() {
      if (loop.running) loop.sleeps++;
      loop.running = false;
    },
    wake() {
      loop.running = true;
    },
  };
  const game = { loop, scene: { getScenes: () => [scene], _queue: [] as unknown[], _pending: [] as unknown[] } };
  return { game: game as unknown as Game, loop, scene };
}

describe('StillLoop', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const clock = () => Date.now();

  it('sleeps once nothing has poked it for idleMs', () => {
    const { game, loop } = fakeGame();
    new StillLoop(game, 700, clock);
    vi.advanceTimersByTime(650);
    expect(loop.running).toBe(true);
    vi.advanceTimersByTime(100);
    expect(loop.running).toBe(false);
  });

  it('scenes that were booted but never started (Phaser status 1) do not keep it awake', () => {
    const { game, loop, scene } = fakeGame();
    scene.sys.settings.status = 1;
    new StillLoop(game, 700, clock);
    vi.advanceTimersByTime(800);
    expect(loop.running).toBe(false);
  });

  it('a poke wakes a sleeping loop and restarts the wait', () => {
    const { game, loop } = fakeGame();
    const still = new StillLoop(game, 700, clock);
    vi.advanceTimersByTime(800);
    expect(loop.running).toBe(false);
    still.poke();
    expect(loop.running).toBe(true);
    vi.advanceTimersByTime(400);
    still.poke();
    vi.advanceTimersByTime(500);
    expect(loop.running).toBe(true);
    vi.advanceTimersByTime(300);
    expect(loop.running).toBe(false);
  });

  it('stays awake while a tween, a timer or a loader runs, or a scene is starting', () => {
    for (const busy of ['tween', 'timer', 'loader', 'starting'] as const) {
      const { game, loop, scene } = fakeGame();
      if (busy === 'tween') scene.tweens.list.push({});
      if (busy === 'timer') scene.time._active.push({});
      if (busy === 'loader') scene.load.isLoading = () => true;
      if (busy === 'starting') scene.sys.settings.status = 3;
      new StillLoop(game, 700, clock);
      vi.advanceTimersByTime(5000);
      expect(loop.running, busy).toBe(true);
      // Once it is over, the loop sleeps.
      scene.tweens.list.length = 0;
      scene.time._active.length = 0;
      scene.load.isLoading = () => false;
      scene.sys.settings.status = 5;
      vi.advanceTimersByTime(500);
      expect(loop.running, busy).toBe(false);
    }
  });

  it('stays awake while a scene operation is queued for the next step, or a hold is on', () => {
    for (const busy of ['queued', 'held'] as const) {
      const { game, loop } = fakeGame();
      let held = busy === 'held';
      const queue = (game.scene as unknown as { _queue: unknown[] })._queue;
      if (busy === 'queued') queue.push({ op: 'start', keyA: 'Summit' });
      const still = new StillLoop(game, 700, clock);
      still.awakeWhile(() => held);
      vi.advanceTimersByTime(5000);
      expect(loop.running, busy).toBe(true);
      held = false;
      queue.length = 0;
      vi.advanceTimersByTime(500);
      expect(loop.running, busy).toBe(false);
    }
  });

  it('wakes on every subscribed event, and stop() unsubscribes and leaves the loop running', () => {
    const { game, loop } = fakeGame();
    const still = new StillLoop(game, 700, clock);
    const listeners = new Set<() => void>();
    still.wakeOn((poke) => {
      listeners.add(poke);
      return () => listeners.delete(poke);
    });
    vi.advanceTimersByTime(800);
    expect(loop.running).toBe(false);
    for (const l of listeners) l();
    expect(loop.running).toBe(true);
    still.stop();
    expect(listeners.size).toBe(0);
    vi.advanceTimersByTime(5000);
    expect(loop.running).toBe(true);
  });
});

describe('StillLoop frames', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A fake game whose loop calls back like Phaser's: each call is one step, drawn or not. */
  function steppingGame() {
    const { game, scene } = fakeGame();
    const drawn: number[] = [];
    const skipped: number[] = [];
    let frame = 0;
    Object.assign(game, {
      step: () => drawn.push(frame),
      headlessStep: () => skipped.push(frame),
    });
    (game.loop as unknown as { callback: (t: number, d: number) => void }).callback = () => {};
    const still = new StillLoop(game, 700, () => Date.now());
    const step = (n = 1) => {
      for (let i = 0; i < n; i++) {
        frame++;
        (game.loop as unknown as { callback: (t: number, d: number) => void }).callback(frame * 33, 33);
      }
    };
    return { still, scene, drawn, skipped, step };
  }

  it('draws the few frames after a poke, then steps without drawing a still picture', () => {
    const { still, drawn, skipped, step } = steppingGame();
    step(10);
    expect(drawn).toEqual([1, 2, 3]);
    expect(skipped).toHaveLength(7);
    still.poke();
    step(5);
    expect(drawn).toEqual([1, 2, 3, 11, 12, 13]);
    expect(still.frames).toEqual({ drawn: 6, skipped: 9 });
  });

  it("draws one frame for the app's own change and three for pointer input", () => {
    const { still, drawn, step } = steppingGame();
    step(5);
    const listeners: (() => void)[] = [];
    still.wakeOn((poke) => {
      listeners.push(poke);
      return () => {};
    }, 1);
    for (const poke of listeners) poke();
    step(4);
    expect(drawn).toEqual([1, 2, 3, 6]);
    // A pointer poke over a pending change: the larger count wins, they do not add up.
    for (const poke of listeners) poke();
    still.poke();
    step(5);
    expect(drawn).toEqual([1, 2, 3, 6, 10, 11, 12]);
  });

  it('draws while a tween moves, not while it waits out its delay; and the frame a timer fires in', () => {
    const { scene, drawn, step } = steppingGame();
    step(3);
    const data = [{ state: 2 }];
    scene.tweens.list.push({ data, isPlaying: () => true });
    step(3);
    expect(drawn).toEqual([1, 2, 3]);
    data[0].state = 5;
    step(2);
    expect(drawn).toEqual([1, 2, 3, 7, 8]);
    scene.tweens.list.length = 0;
    let remaining = 500;
    scene.time._active.push({ paused: false, getRemaining: () => remaining });
    step(2);
    expect(drawn).toHaveLength(5);
    remaining = 40;
    step(1);
    expect(drawn).toEqual([1, 2, 3, 7, 8, 11]);
  });

  it('draws while a scene starts or an operation is queued', () => {
    const { scene, drawn, step } = steppingGame();
    step(3);
    scene.sys.settings.status = 3;
    step(2);
    expect(drawn).toEqual([1, 2, 3, 4, 5]);
  });
});
