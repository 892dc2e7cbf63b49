/** The title backdrop: Hanoi at dusk; the title and menu are DOM over it. */
import { COLOR } from '../theme.ts';
import { BaseScene } from './base.ts';

export class Title extends BaseScene {
  constructor() {
    super('Title');
  }

  create(): void {
    this.backdrop('loc:title');
    const g = this.add.graphics();
    g.fillStyle(COLOR.ink, 0.12);
    g.fillRect(0, 0, 1280, 720);
    this.fadeIn();
  }
}
