/**
 * Lets the game loop sleep whenever the picture is still. A turn-based game spends most of its time on
 * a frame that does not change, and redrawing it 30 times a second costs a Chromebook's battery (and a
 * software-WebGL canvas a whole core). So the loop runs while anything can change the picture — a tween,
 * a timer, a loader, a scene starting — and for `idleMs` after any poke; then it sleeps, and the last
 * frame stays on screen (`preserveDrawingBuffer`).
 *
 * Every way the picture can change pokes it: the controller's events (moves, screens, narration), the
 * scenes' own emitters (the dispute's scope draft, the branch map's selection: `wakeOn`), any pointer,
 * key, focus or form event in the page (the DOM drives the canvas), a resize, and the director before
 * every scene change (Phaser starts and stops scenes inside the loop's step).
 */
import type { Game } from 'phaser';
import { branchSelection } from '../app/branchSelection.ts';
import type { Controller } from '../app/controller.ts';
import { scopeDraft } from '../app/scopeDraft.ts';

/** Page events after which a scene may redraw (hover, choices in the DOM, the scope checkboxes, zoom). */
const PAGE_EVENTS = [
  'pointerdown',
  'pointermove',
  'pointerup',
  'wheel',
  'keydown',
  'focusin',
  'input',
  'change',
  'click',
] as const;

export class StillLoop {
  private lastPoke = 0;
  private check: ReturnType<typeof setTimeout> | null = null;
  private readonly off: (() => void)[] = [];
  private readonly holds: (() => boolean)[] = [];

  constructor(
    private readonly game: Game,
    private readonly idleMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.poke();
  }

  /** Anything that returns an unsubscribe function: the loop wakes on each of its events. */
  wakeOn(subscribe: (poke: () => void) => () => void): void {
    this.off.push(subscribe(this.poke));
  }

  /** Keeps the loop awake while `held()` is true (the director waiting for a scene to show, say). */
  awakeWhile(held: () => boolean): void {
    this.holds.push(held);
  }

  /** Keeps the loop running for at least `idleMs` more. */
  poke = (): void => {
    this.lastPoke = this.now();
    if (!this.game.loop.running) this.game.loop.wake(true);
    this.schedule(this.idleMs);
  };

  /** Stops watching and leaves the loop running. */
  stop(): void {
    for (const off of this.off.splice(0)) off();
    if (this.check) clearTimeout(this.check);
    this.check = null;
    if (!this.game.loop.running) this.game.loop.wake(true);
  }

  private schedule(ms: number): void {
    if (this.check) clearTimeout(this.check);
    this.check = setTimeout(this.maybeSleep, ms);
  }

  private maybeSleep = (): void => {
    this.check = null;
    const quietFor = this.now() - this.lastPoke;
    if (quietFor < this.idleMs) this.schedule(this.idleMs - quietFor);
    // Something is moving: look again shortly rather than freeze it mid-way.
    else if (this.busy()) this.schedule(Math.max(100, this.idleMs / 4));
    else this.game.loop.sleep();
  };

  /**
   * A hold, a scene operation queued for the next step (a restart asked for between two frames: asleep,
   * it would never run), a tween or timer still running, a loader still loading, or a scene not yet started.
   */
  private busy(): boolean {
    if (this.holds.some((held) => held())) return true;
    const queued = (this.game.scene as unknown as { _queue?: unknown[]; _pending?: unknown[] });
    if ((queued._queue?.length ?? 0) + (queued._pending?.length ?? 0) > 0) return true;
    for (const scene of this.game.scene.getScenes(false)) {
      const sys = scene.sys;
      // Phaser's scene states: 1 is booted and idle, 2–4 are on the way to running (start, loading, creating), 5 is running.
      const status = sys.settings.status;
      if ((status >= 2 && status <= 4) || sys.isTransitioning()) return true;
      if (status !== 5) continue;
      if (scene.tweens?.getTweens().length) return true;
      const clock = scene.time as unknown as { _active?: unknown[]; _pendingInsertion?: unknown[] } | undefined;
      if ((clock?._active?.length ?? 0) + (clock?._pendingInsertion?.length ?? 0) > 0) return true;
      if (scene.load?.isLoading()) return true;
    }
    return false;
  }
}

/** The game's still loop, woken by everything in the app that can change what the canvas shows. */
export function sleepWhenStill(game: Game, controller: Controller, idleMs = 700): StillLoop {
  const loop = new StillLoop(game, idleMs);
  for (const type of PAGE_EVENTS) {
    loop.wakeOn((poke) => {
      document.addEventListener(type, poke, { capture: true, passive: true });
      return () => document.removeEventListener(type, poke, { capture: true });
    });
  }
  loop.wakeOn((poke) => {
    window.addEventListener('resize', poke);
    return () => window.removeEventListener('resize', poke);
  });
  for (const type of ['screen', 'update', 'narrate', 'move', 'timeline'] as const)
    loop.wakeOn((poke) => controller.on(type, poke));
  loop.wakeOn((poke) => scopeDraft.on('change', poke));
  loop.wakeOn((poke) => branchSelection.on('select', poke));
  loop.wakeOn((poke) => branchSelection.on('zoom', poke));
  return loop;
}
