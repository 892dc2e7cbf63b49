/**
 * Loads the large location backdrops in the background after start-up; a scene that needs one before
 * it arrives shows a stand-in and swaps it in when the texture is added. Draws nothing itself.
 */
import { Scene } from 'phaser';
import { isDeferred, queueAssets } from '../assets.ts';

export class Backdrops extends Scene {
  constructor() {
    super('Backdrops');
  }

  create(): void {
    queueAssets(this.load, isDeferred);
    this.load.start();
  }
}
