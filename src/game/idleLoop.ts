/**
 * Lets the game loop sleep while a still scene (the branch map) has nothing to animate, so a canvas
 * drawn in software costs the page nothing while, for example, the odds run in their worker. Any
 * input or change pokes it awake; the director also wakes the loop before every scene change,
 * because Phaser starts and stops scenes inside the loop's step.
 */
import type { Game } from 'phaser';

export class IdleLoop {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private game: Game,
    private idleMs: number,
  ) {}

  /** Keeps the loop running for at least `idleMs` more. */
  poke = (): void => {
    if (!this.game.loop.running) this.game.loop.wake(true);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.game.loop.sleep();
    }, this.idleMs);
  };

  /** Stops watching and leaves the loop running for whatever comes next. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (!this.game.loop.running) this.game.loop.wake(true);
  }
}
