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
