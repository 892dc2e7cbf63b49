/** Hot-seat hand-over: a neutral screen that shows neither side's notes. */
import type { Side } from '../../sim/session/index.ts';
import { COLOR } from '../theme.ts';
import { BaseScene } from './base.ts';

export class Pass extends BaseScene {
  constructor() {
    super('Pass');
  }

  create(): void {
    const screen = this.controller.screen;
    const side: Side = screen.kind === 'pass' ? screen.side : 'us';
    this.cameras.main.setBackgroundColor(COLOR.ink);
    const seal = side === 'us' ? 'ui:seal-us' : 'ui:seal-dprk';
    if (this.textures.exists(seal)) {
      const img = this.add.image(640, 250, seal).setDisplaySize(200, 200);
      this.tweens.add({
        targets: img,
        alpha: { from: 0.4, to: 1 },
        duration: this.ms(900),
        yoyo: true,
        repeat: this.ms(1) ? -1 : 0,
      });
    }
  }
}
