/**
 * Lets the game loop sleep whenever the picture is still. A turn-based game spends most of its time on
 * a frame that does not change, and redrawing it 30 times a second costs a Chromebook's battery (and a
 * software-WebGL canvas a whole core). So the loop runs while anything can change the picture — a tween,
 * a timer, a loader, a scene starting — and for `idleMs` after any poke; then it sleeps, and the last
 * frame stays on screen (`preserveDrawingBuffer`).
 *
 * Awake, it draws only the frames that can differ: the one or few after a poke, and those in which a tween
 * really moves, a timer fires or a scene changes. In between — a speech bubble waiting 4 s to fade, the
 * quiet after a move — the scenes' clocks and tweens still step (Phaser's own `headlessStep`) but nothing
 * is drawn. Drawing the same 1280×720 picture again costs software WebGL about 70 ms of a core.
 *
 * Every way the picture can change pokes it: the controller's events (moves, screens, narration), the
 * scenes' own emitters (the dispute's scope draft, the branch map's selection: `wakeOn`), pointer events
 * on the canvas (and a drag beyond it), a resize, a settings change, and the director before every scene
 * change (Phaser starts and stops scenes inside the loop's step); it stays awake while the director waits
 * for a scene to show.
 */
import type { Game } from 'phaser';
import { branchSelection } from '../app/branchSelection.ts';
import type { Controller } from '../app/controller.ts';
import { scopeDraft } from '../app/scopeDraft.ts';

/**
 * Pointer events on the canvas itself: Phaser reads them in its next step (hover on the site map, a drag
 * on the branch map). DOM controls are not listed: whatever they change on the canvas reaches it through
 * the controller or an emitter below, and a loop kept awake by every click and focus move in the panel
 * redraws a still picture for nothing (in software WebGL, most of a core).
 */
const CANVAS_EVENTS = ['pointerdown', 'pointermove', 'pointerover', 'pointerout', 'wheel'] as const;

/**
 * Frames drawn after pointer input or a resize: Phaser applies those in the next step's pre-step, so a
 * few frames cover them.
 */
const INPUT_FRAMES = 3;

/**
 * Frames drawn after a change the app made (a move, a new screen, a selection on the branch map): the
 * scenes apply it inside the event itself, so the next frame shows all of it; a scene change it starts
 * keeps the loop drawing by itself (`changing()`). In software WebGL each frame is about 70 ms of a core,
 * and a move used to draw three or four.
 */
const CHANGE_FRAMES = 1;

/** Phaser's tween-data states that change a value each step (4 pending render, 5 forward, 6 backward). */
const TWEEN_MOVING = new Set([4, 5, 6]);

export class StillLoop {
  private lastPoke = 0;
  /** Frames still to draw after the last poke. */
  private dirtyFrames = 0;
  private check: ReturnType<typeof setTimeout> | null = null;
  private readonly off: (() => void)[] = [];
  private readonly holds: (() => boolean)[] = [];

  constructor(
    private readonly game: Game,
    private readonly idleMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.poke();
    // The loop's callback is the game's step, bound at boot; a fake game in a test may not have one.
    const loop = game.loop as unknown as { callback?: (time: number, delta: number) => void };
    if (typeof loop.callback === 'function' && typeof game.headlessStep === 'function') {
      loop.callback = (time, delta) => {
        if (this.needsFrame(delta)) game.step(time, delta);
        else game.headlessStep(time, delta);
      };
    }
  }

  /** Frames drawn and skipped since start: what the skipping saves (read through the test hook). */
  readonly frames = { drawn: 0, skipped: 0 };

  /**
   * Whether this step can change the picture: just after a poke, a hold, a scene operation or scene
   * start, a tween that is moving (not waiting out a delay), or a timer that fires within about two frames.
   */
  needsFrame(delta: number): boolean {
    const poked = this.dirtyFrames > 0;
    if (poked) this.dirtyFrames--;
    const draw = poked || this.changing() || this.moving(delta);
    if (draw) this.frames.drawn++;
    else this.frames.skipped++;
    return draw;
  }

  /**
   * Anything that returns an unsubscribe function: the loop wakes on each of its events and draws
   * `frames` frames (pointer input and resizes need a few; the app's own changes, one).
   */
  wakeOn(subscribe: (poke: () => void) => () => void, frames = INPUT_FRAMES): void {
    this.off.push(subscribe(() => this.wake(frames)));
  }

  /** Keeps the loop awake while `held()` is true (the director waiting for a scene to show, say). */
  awakeWhile(held: () => boolean): void {
    this.holds.push(held);
  }

  /** Draws the next few frames, and keeps the loop running for at least `idleMs` more. */
  poke = (): void => this.wake(INPUT_FRAMES);

  private wake(frames: number): void {
    this.lastPoke = this.now();
    this.dirtyFrames = Math.max(this.dirtyFrames, frames);
    if (!this.game.loop.running) this.game.loop.wake(true);
    this.schedule(this.idleMs);
  }

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
   * it would never run), or a scene on its way to running.
   */
  private changing(): boolean {
    if (this.holds.some((held) => held())) return true;
    const queued = this.game.scene as unknown as { _queue?: unknown[]; _pending?: unknown[] };
    if ((queued._queue?.length ?? 0) + (queued._pending?.length ?? 0) > 0) return true;
    for (const scene of this.game.scene.getScenes(false)) {
      const sys = scene.sys;
      // Phaser's scene states: 1 is booted and idle, 2–4 are on the way to running (start, loading, creating), 5 is running.
      const status = sys.settings.status;
      if ((status >= 2 && status <= 4) || sys.isTransitioning()) return true;
    }
    return false;
  }

  /** A running scene's tween that moves this frame, or a timer that fires within about two frames. */
  private moving(delta: number): boolean {
    for (const scene of this.running()) {
      for (const tween of scene.tweens?.getTweens() ?? []) {
        const data = (tween as unknown as { data?: { state: number }[] }).data;
        // Without per-property data to read, assume it moves.
        if (!data || tween.isPlaying?.() === undefined) return true;
        if (!tween.isPlaying()) continue;
        if (data.some((d) => TWEEN_MOVING.has(d.state))) return true;
      }
      for (const timer of this.timers(scene)) {
        if (timer.paused) continue;
        if (timer.getRemaining() <= 2 * delta) return true;
      }
    }
    return false;
  }

  /**
   * Anything that keeps the loop from sleeping: what `changing()` lists, any tween or timer (even one
   * waiting: its clock must step), or a loader still loading.
   */
  private busy(): boolean {
    if (this.changing()) return true;
    for (const scene of this.running()) {
      if (scene.tweens?.getTweens().length) return true;
      if (this.timers(scene).length > 0) return true;
      if (scene.load?.isLoading()) return true;
    }
    return false;
  }

  private running() {
    return this.game.scene.getScenes(false).filter((scene) => scene.sys.settings.status === 5);
  }

  private timers(scene: { time?: unknown }): { paused: boolean; getRemaining(): number }[] {
    const clock = scene.time as { _active?: unknown[]; _pendingInsertion?: unknown[] } | undefined;
    return [...(clock?._active ?? []), ...(clock?._pendingInsertion ?? [])] as { paused: boolean; getRemaining(): number }[];
  }
}

/** The game's still loop, woken by everything in the app that can change what the canvas shows. */
export function sleepWhenStill(game: Game, controller: Controller, idleMs = 700): StillLoop {
  const loop = new StillLoop(game, idleMs);
  const canvas = game.canvas;
  for (const type of CANVAS_EVENTS) {
    loop.wakeOn((poke) => {
      canvas.addEventListener(type, poke, { passive: true });
      return () => canvas.removeEventListener(type, poke);
    });
  }
  // A drag that began on the canvas and leaves it, and its release, are seen by Phaser on the window.
  // A click on a DOM control is not a drag: its release changes nothing on the canvas.
  let dragging = false;
  // Not a wake source itself (the canvas's pointerdown already pokes above): listed here so stop() removes it.
  loop.wakeOn(() => {
    const start = () => {
      dragging = true;
    };
    canvas.addEventListener('pointerdown', start, { passive: true });
    return () => canvas.removeEventListener('pointerdown', start);
  });
  const drag = (e: PointerEvent) => {
    if (!dragging) return;
    if (e.type === 'pointerup' || e.type === 'pointercancel') dragging = false;
    loop.poke();
  };
  for (const type of ['pointermove', 'pointerup', 'pointercancel'] as const) {
    loop.wakeOn(() => {
      window.addEventListener(type, drag, { passive: true });
      return () => window.removeEventListener(type, drag);
    });
  }
  loop.wakeOn((poke) => {
    window.addEventListener('resize', poke);
    return () => window.removeEventListener('resize', poke);
  });
  for (const type of ['screen', 'update', 'narrate', 'move', 'timeline'] as const)
    loop.wakeOn((poke) => controller.on(type, poke), CHANGE_FRAMES);
  // Art that arrives late and is on the stage (a backdrop a scene was waiting for) is drawn as soon as
  // it is there; one fetched ahead in the background changes nothing on screen, so it draws nothing.
  loop.wakeOn((poke) => {
    game.events.on(STAGE_CHANGED, poke);
    return () => game.events.off(STAGE_CHANGED, poke);
  }, CHANGE_FRAMES);
  loop.wakeOn((poke) => scopeDraft.on('change', poke), CHANGE_FRAMES);
  loop.wakeOn((poke) => branchSelection.on('select', poke), CHANGE_FRAMES);
  loop.wakeOn((poke) => branchSelection.on('zoom', poke), CHANGE_FRAMES);
  return loop;
}

/** The game event a scene emits when it changed the picture outside a tween (late art swapped in). */
export const STAGE_CHANGED = 'hanoi-stage-changed';
