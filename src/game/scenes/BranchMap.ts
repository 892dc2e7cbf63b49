/** The branch map: draws the whole timeline tree (placeholder until built). */
import { COLOR } from '../theme.ts';
import { BaseScene } from './base.ts';

export class BranchMap extends BaseScene {
  constructor() {
    super('BranchMap');
  }

  create(): void {
    this.cameras.main.setBackgroundColor(COLOR.ink);
  }
}
