/** The debrief: the package cloud with the Pareto frontier, the reference deals and the player's outcome. */
import { frontierPoints, markedPoints, packageCloud } from '../../app/chartData.ts';
import { m } from '../../app/strings/catalogue.ts';
import { drawChart } from '../art/chart.ts';
import { fontPx } from '../look.ts';
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
    // The heading grows less than the rest (the toolbar above the canvas grows too) and wraps; the chart
    // starts below it.
    const heading = this.add.text(24, 18, m.scene_debrief_heading(), {
      fontFamily: SERIF,
      fontSize: fontPx(26, { ...this.look, scale: Math.min(this.look.scale, 1.25) }),
      color: CSS_COLOR[this.ink.text],
      wordWrap: { width: 500 },
    });
    const view = this.controller.view();
    cloudCache ??= packageCloud();
    const marks = view ? markedPoints(view.agreement, view.signed, view.scores) : [];
    const top = Math.max(78, heading.y + heading.height + 14);
    drawChart(
      this,
      { x: 96, y: top, w: STAGE_WIDTH - 130, h: 638 - top },
      cloudCache,
      frontierPoints(),
      marks,
      this.ms(400),
      this.look,
    );
    this.fadeIn();
  }
}
