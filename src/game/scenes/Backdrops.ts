/**
 * Loads the large location backdrops: one as soon as a scene asks for it (`needBackdrop`), and the rest
 * one at a time while the player leaves the page alone for a moment (reading a beat), never all at
 * start-up, where decoding nine full-screen SVGs competed with the first screen (on a software
 * renderer they took about a seventh of a short visit's CPU). A scene that needs one before it arrives
 * shows a stand-in and swaps it in when the texture is added. Draws nothing itself.
 */
import { Scene } from 'phaser';
import { ASSETS, isDeferred, queueAssets } from '../assets.ts';

/** The game event a scene emits with a texture key it wants now. */
export const NEED_BACKDROP = 'hanoi-need-backdrop';
/** Quiet time (no key, pointer or wheel input) before the next backdrop is fetched in the background. */
const IDLE_MS = 8_000;

export class Backdrops extends Scene {
  private readonly queued = new Set<string>();

  constructor() {
    super('Backdrops');
  }

  create(): void {
    const onNeed = (key: string) => this.fetch(key);
    this.game.events.on(NEED_BACKDROP, onNeed);
    let lastInput = performance.now();
    const mark = () => {
      lastInput = performance.now();
    };
    const inputs = ['keydown', 'pointerdown', 'wheel'] as const;
    for (const type of inputs) window.addEventListener(type, mark, { passive: true, capture: true });
    const tick = () => {
      const next = ASSETS.find((a) => isDeferred(a) && !this.queued.has(a.key) && !this.textures.exists(a.key));
      if (!next) {
        for (const type of inputs) window.removeEventListener(type, mark, { capture: true });
        return;
      }
      if (!this.load.isLoading() && performance.now() - lastInput >= IDLE_MS) this.fetch(next.key);
      window.setTimeout(tick, 1_000);
    };
    window.setTimeout(tick, IDLE_MS);
  }

  private fetch(key: string): void {
    if (this.queued.has(key) || this.textures.exists(key)) return;
    const asset = ASSETS.find((a) => a.key === key && isDeferred(a));
    if (!asset) return;
    this.queued.add(key);
    queueAssets(this.load, (a) => a.key === key);
    if (!this.load.isLoading()) this.load.start();
  }
}
