/** The debrief: the package cloud with the Pareto frontier, the reference deals and the player's outcome. */
import { frontierPoints, markedPoints, packageCloud } from '../../app/chartData.ts';
import { m } from '../../app/strings/catalogue.ts';
import { drawChart } from '../art/chart.ts';
import { COLOR, CSS_COLOR, SERIF, STAGE_WIDTH } from '../theme.ts';
import { BaseScene } from './base.ts';

let cloudCache: ReturnType<typeof packageCloud> | null = null;

export class Debrief extends BaseScene {
  constructor() {
    super('Debrief');
  }

  create(): void {
    this.cameras.main.setBackgroundColor(COLOR.night);
    this.panelShade(0.3);
    this.add.text(24, 18, m.scene_debrief_heading(), {
      fontFamily: SERIF,
      fontSize: '26px',
      color: CSS_COLOR.cream,
    });
    const view = this.controller.view();
    cloudCache ??= packageCloud();
    const marks = view ? markedPoints(view.agreement, view.signed, view.scores) : [];
    drawChart(this, { x: 96, y: 78, w: STAGE_WIDTH - 130, h: 560 }, cloudCache, frontierPoints(), marks, this.ms(400));
    this.fadeIn();
  }
}
