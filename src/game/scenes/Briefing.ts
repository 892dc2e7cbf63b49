/** The briefing backdrop: the two seals over the dimmed title art; the form is DOM. */
import { COLOR } from '../theme.ts';
import { BaseScene } from './base.ts';

export class Briefing extends BaseScene {
  constructor() {
    super('Briefing');
  }

  create(): void {
    this.backdrop('loc:title');
    const g = this.add.graphics();
    g.fillStyle(COLOR.ink, 0.72);
    g.fillRect(0, 0, 1280, 720);
    for (const [key, x] of [
      ['ui:seal-us', 70],
      ['ui:seal-dprk', 1210],
    ] as const) {
      if (this.textures.exists(key)) this.add.image(x, 72, key).setDisplaySize(96, 96).setAlpha(0.85);
    }
    this.fadeIn();
  }
}
