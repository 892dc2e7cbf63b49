/** Loads the art the first screens need with a real progress bar, then tells the app it is ready. */
import { Scene } from 'phaser';
import { m } from '../../app/strings/catalogue.ts';
import { ASSETS, isDeferred, queueAssets } from '../assets.ts';
import { COLOR, CSS_COLOR, HEIGHT, SERIF, WIDTH } from '../theme.ts';

export class Preloader extends Scene {
  constructor() {
    super('Preloader');
  }

  preload(): void {
    // The bar sits low, below the title card that the DOM layer already shows.
    const barW = 420;
    const x = (WIDTH - barW) / 2;
    const y = HEIGHT - 70;
    this.cameras.main.setBackgroundColor(COLOR.night);
    const label = this.add
      .text(WIDTH / 2, y + 34, m.scene_loading({ percent: 0 }), { fontFamily: SERIF, fontSize: '18px', color: CSS_COLOR.muted })
      .setOrigin(0.5);
    const frame = this.add.graphics();
    frame.lineStyle(2, COLOR.gold, 1);
    frame.strokeRect(x - 4, y - 4, barW + 8, 22);
    const bar = this.add.graphics();
    this.load.on('progress', (p: number) => {
      bar.clear();
      bar.fillStyle(COLOR.gold, 1);
      bar.fillRect(x, y, barW * p, 14);
      label.setText(m.scene_loading({ percent: Math.round(p * 100) }));
      this.game.events.emit('hanoi-progress', p);
    });
    queueAssets(this.load, (a) => !isDeferred(a));
    this.registry.set('assetCount', ASSETS.length);
  }

  create(): void {
    this.scene.launch('Backdrops');
    this.game.events.emit('hanoi-ready');
    // Done: left running, its camera and bar were drawn under every later scene, every frame.
    this.scene.stop();
  }
}
