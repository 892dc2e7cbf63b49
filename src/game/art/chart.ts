/** The debrief chart: the package cloud (U_US across, U_DPRK up), the Pareto frontier and marked deals. */
import type { Scene } from 'phaser';
import type { MarkedPoint, Point } from '../../app/chartData.ts';
import { rgba } from '../../app/palette.ts';
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
const SHORT: Record<string, string> = {
  dprkHanoiOffer: 'DPRK Hanoi offer',
  usBigDeal: 'US "big deal"',
  yongbyonPlus: '"Yongbyon-plus" bridge',
  smallDeal: 'Small deal',
  outcome: 'You',
};

export function drawChart(
  scene: Scene,
  box: ChartBox,
  cloud: readonly Point[],
  front: readonly Point[],
  marks: readonly MarkedPoint[],
  ms: number,
): void {
  const all = [...cloud, ...front, ...marks];
  const lo = Math.max(0, Math.floor(Math.min(...all.map((p) => Math.min(p.us, p.dprk))) * 10) / 10);
  const hi = Math.min(1.2, Math.ceil(Math.max(...all.map((p) => Math.max(p.us, p.dprk))) * 10) / 10);
  const px = (u: number) => box.x + ((u - lo) / (hi - lo)) * box.w;
  const py = (u: number) => box.y + box.h - ((u - lo) / (hi - lo)) * box.h;
  const g = scene.add.graphics();
  g.fillStyle(COLOR.ink, 0.85);
  g.fillRect(box.x, box.y, box.w, box.h);
  g.lineStyle(1, COLOR.rule, 1);
  const text = { fontFamily: SANS, fontSize: '13px', color: CSS_COLOR.muted };
  for (let t = lo; t <= hi + 1e-9; t += 0.1) {
    g.lineBetween(px(t), box.y, px(t), box.y + box.h);
    g.lineBetween(box.x, py(t), box.x + box.w, py(t));
    scene.add.text(px(t), box.y + box.h + 6, String(Math.round(t * 100)), text).setOrigin(0.5, 0);
    scene.add.text(box.x - 8, py(t), String(Math.round(t * 100)), text).setOrigin(1, 0.5);
  }
  const axis = { fontFamily: SERIF, fontSize: '16px', color: CSS_COLOR.cream };
  scene.add.text(box.x + box.w / 2, box.y + box.h + 28, 'Value to the United States', axis).setOrigin(0.5, 0);
  scene.add
    .text(box.x - 46, box.y + box.h / 2, 'Value to the DPRK', axis)
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
  scene.add.text(px(front[0]?.us ?? lo) + 6, py(front[0]?.dprk ?? hi) - 22, 'Pareto frontier', {
    fontFamily: SANS,
    fontSize: '14px',
    color: CSS_COLOR.gold,
  });

  marks.forEach((m, i) => {
    const mg = scene.add.graphics().setDepth(3);
    const x = px(m.us);
    const y = py(m.dprk);
    const outcome = m.id === 'outcome';
    if (outcome) {
      // A ring, so a reference deal at the same spot stays visible inside it.
      mg.lineStyle(5, COLOR.gold, 1);
      mg.strokeCircle(0, 0, 15);
    } else {
      mg.fillStyle(MARK_COLOR[m.id] ?? COLOR.cream, 1);
      mg.lineStyle(2, COLOR.ink, 1);
      mg.fillCircle(0, 0, 8);
      mg.strokeCircle(0, 0, 8);
    }
    mg.setPosition(x, y);
    const style = {
      fontFamily: SANS,
      fontSize: '14px',
      color: CSS_COLOR.cream,
      backgroundColor: rgba(CSS_COLOR.ink, 0.8),
      padding: { x: 4, y: 2 },
    };
    const label = outcome
      ? scene.add
          .text(x - 18, y + 8, m.label === 'Your deal' ? 'Your deal' : 'You: no deal', { ...style, color: CSS_COLOR.gold })
          .setOrigin(1, 0)
          .setDepth(4)
      : scene.add.text(x + 14, y - 10 + (i % 2) * 6, SHORT[m.id] ?? m.label, style).setDepth(4);
    if (ms > 0) {
      mg.setScale(0);
      label.setAlpha(0);
      scene.tweens.add({ targets: mg, scale: 1, delay: 300 + i * 250, duration: ms, ease: 'Back.easeOut' });
      scene.tweens.add({ targets: label, alpha: 1, delay: 300 + i * 250, duration: ms });
    }
  });
}
