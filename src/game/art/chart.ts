/** The debrief chart: the package cloud (U_US across, U_DPRK up), the Pareto frontier and marked deals. */
import type { Scene } from 'phaser';
import type { MarkedPoint, Point } from '../../app/chartData.ts';
import { rgba } from '../../app/palette.ts';
import { m, messageRecord } from '../../app/strings/catalogue.ts';
import { fontPx, inkFor, type Look, PLAIN_LOOK } from '../look.ts';
import { COLOR, CSS_COLOR, SANS, SERIF } from '../theme.ts';

export interface ChartBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const MARK_COLOR: Record<string, number> = {
  dprkHanoiOffer: COLOR.dprk,
  usBigDeal: COLOR.us,
  yongbyonPlus: COLOR.cream,
  smallDeal: COLOR.good,
  outcome: COLOR.gold,
};
const SHORT: Readonly<Record<string, string>> = messageRecord({
  dprkHanoiOffer: m.chart_short_dprk_hanoi_offer,
  usBigDeal: m.chart_short_us_big_deal,
  yongbyonPlus: m.chart_short_yongbyon_plus,
  smallDeal: m.chart_short_small_deal,
  outcome: m.chart_short_you,
});

export function drawChart(
  scene: Scene,
  box: ChartBox,
  cloud: readonly Point[],
  front: readonly Point[],
  marks: readonly MarkedPoint[],
  ms: number,
  look: Look = PLAIN_LOOK,
): void {
  const ink = inkFor(look);
  const cream = CSS_COLOR[ink.text];
  const gold = CSS_COLOR[ink.accent];
  const all = [...cloud, ...front, ...marks];
  const lo = Math.max(0, Math.floor(Math.min(...all.map((p) => Math.min(p.us, p.dprk))) * 10) / 10);
  const hi = Math.min(1.2, Math.ceil(Math.max(...all.map((p) => Math.max(p.us, p.dprk))) * 10) / 10);
  const px = (u: number) => box.x + ((u - lo) / (hi - lo)) * box.w;
  const py = (u: number) => box.y + box.h - ((u - lo) / (hi - lo)) * box.h;
  const g = scene.add.graphics();
  g.fillStyle(COLOR.ink, 0.85);
  g.fillRect(box.x, box.y, box.w, box.h);
  g.lineStyle(1, COLOR.rule, 1);
  const text = { fontFamily: SANS, fontSize: fontPx(13, look), color: look.highContrast ? cream : CSS_COLOR.muted };
  for (let t = lo; t <= hi + 1e-9; t += 0.1) {
    g.lineBetween(px(t), box.y, px(t), box.y + box.h);
    g.lineBetween(box.x, py(t), box.x + box.w, py(t));
    scene.add.text(px(t), box.y + box.h + 6, String(Math.round(t * 100)), text).setOrigin(0.5, 0);
    scene.add.text(box.x - 8, py(t), String(Math.round(t * 100)), text).setOrigin(1, 0.5);
  }
  const axis = { fontFamily: SERIF, fontSize: fontPx(16, look), color: cream };
  scene.add.text(box.x + box.w / 2, box.y + box.h + 10 + 18 * look.scale, m.chart_axis_us(), axis).setOrigin(0.5, 0);
  scene.add
    .text(box.x - 18 - 28 * look.scale, box.y + box.h / 2, m.chart_axis_dprk(), axis)
    .setOrigin(0.5)
    .setAngle(-90);

  const dots = scene.add.graphics();
  dots.fillStyle(COLOR.cream, 0.28);
  for (const p of cloud) dots.fillRect(px(p.us) - 1.5, py(p.dprk) - 1.5, 3, 3);

  const line = scene.add.graphics();
  line.lineStyle(3, COLOR.gold, 1);
  line.beginPath();
  front.forEach((p, i) => {
    if (i === 0) line.moveTo(px(p.us), py(p.dprk));
    else line.lineTo(px(p.us), py(p.dprk));
  });
  line.strokePath();
  scene.add.text(px(front[0]?.us ?? lo) + 6, py(front[0]?.dprk ?? hi) - 22, m.chart_pareto_frontier(), {
    fontFamily: SANS,
    fontSize: fontPx(14, look),
    color: gold,
  });

  marks.forEach((mark, i) => {
    const mg = scene.add.graphics().setDepth(3);
    const x = px(mark.us);
    const y = py(mark.dprk);
    const outcome = mark.id === 'outcome';
    if (outcome) {
      // A ring, so a reference deal at the same spot stays visible inside it.
      mg.lineStyle(5, COLOR.gold, 1);
      mg.strokeCircle(0, 0, 15);
    } else {
      mg.fillStyle(MARK_COLOR[mark.id] ?? COLOR.cream, 1);
      mg.lineStyle(2, COLOR.ink, 1);
      mg.fillCircle(0, 0, 8);
      mg.strokeCircle(0, 0, 8);
    }
    mg.setPosition(x, y);
    const style = {
      fontFamily: SANS,
      fontSize: fontPx(14, look),
      color: cream,
      backgroundColor: rgba(CSS_COLOR[ink.panel], look.highContrast ? 1 : 0.8),
      padding: { x: 4, y: 2 },
    };
    const label = outcome
      ? scene.add
          .text(x - 18, y + 8, mark.label === m.chart_your_deal() ? m.chart_your_deal() : m.chart_you_no_deal(), {
            ...style,
            color: gold,
          })
          .setOrigin(1, 0)
          .setDepth(4)
      : scene.add.text(x + 14, y - 10 + (i % 2) * 6, SHORT[mark.id] ?? mark.label, style).setDepth(4);
    // A label that would run off the stage's right edge goes to the left of its dot.
    if (!outcome && label.x + label.width > box.x + box.w + 30) label.setOrigin(1, 0).setX(x - 14);
    if (ms > 0) {
      mg.setScale(0);
      label.setAlpha(0);
      scene.tweens.add({ targets: mg, scale: 1, delay: 300 + i * 250, duration: ms, ease: 'Back.easeOut' });
      scene.tweens.add({ targets: label, alpha: 1, delay: 300 + i * 250, duration: ms });
    }
  });
}
