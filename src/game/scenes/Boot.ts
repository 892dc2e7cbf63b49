/**
 * Boot: waits for the bundled fonts so canvas text draws in them, then hands over to the preloader.
 * The fonts are asked for with the locale's sample text (`font_sample`): a face added for another
 * script under the same family name and a `unicode-range` (main.css) loads only when that script shows.
 */
import { Scene } from 'phaser';
import { m } from '../../app/strings/catalogue.ts';
import { SANS, SERIF } from '../theme.ts';

export class Boot extends Scene {
  constructor() {
    super('Boot');
  }

  create(): void {
    const fonts = document.fonts;
    const ready = fonts
      ? // A sample in the locale's own script, so a face added for it (by unicode-range) is fetched too.
        Promise.all([fonts.load(`20px ${SERIF}`, m.font_sample()), fonts.load(`16px ${SANS}`, m.font_sample())]).catch(() => [])
      : Promise.resolve([]);
    // Never wait long: system fonts are an acceptable fallback.
    const timeout = new Promise((resolve) => setTimeout(resolve, 800));
    void Promise.race([ready, timeout]).then(() => this.scene.start('Preloader'));
  }
}
