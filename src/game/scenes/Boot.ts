/** Boot: waits for the bundled fonts so canvas text draws in them, then hands over to the preloader. */
import { Scene } from 'phaser';
import { SANS, SERIF } from '../theme.ts';

export class Boot extends Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    const fonts = document.fonts;
    const ready = fonts
      ? Promise.all([fonts.load(`20px ${SERIF}`), fonts.load(`16px ${SANS}`)]).catch(() => [])
      : Promise.resolve([]);
    // Never wait long: system fonts are an acceptable fallback.
    const timeout = new Promise((resolve) => setTimeout(resolve, 800));
    void Promise.race([ready, timeout]).then(() => this.scene.start('Preloader'));
  }
}
