/** The aftermath as a dated sequence: the months on a line, the game's events listed against them. */
import { formatMonth } from '../../app/labels.ts';
import { aftermathSequence } from '../../app/storyData.ts';
import { m } from '../../app/strings/catalogue.ts';
import { fontPx } from '../look.ts';
import { COLOR, CSS_COLOR, SANS, SERIF } from '../theme.ts';
import { BaseScene } from './base.ts';

const MONTHS = [
  '2019-02',
  '2019-03',
  '2019-04',
  '2019-05',
  '2019-06',
  '2019-07',
  '2019-08',
  '2019-09',
  '2019-10',
  '2019-11',
  '2019-12',
];
const MONTH_STEP = 56;
/** The right edge of the entries' column (the stage's width, less a margin). */
const STAGE_RIGHT = 780;

export class Aftermath extends BaseScene {
  constructor() {
    super('Aftermath');
  }

  create(): void {
    const c = this.controller;
    const view = c.view();
    // Text size and high contrast reach the canvas too; at large sizes a title keeps to one line (the
    // panel beside it has every entry in full).
    const look = this.look;
    const ink = this.ink;
    const text = CSS_COLOR[ink.text];
    const muted = look.highContrast ? text : CSS_COLOR.muted;
    this.cameras.main.setBackgroundColor(COLOR.ink);
    this.backdrop(view?.viewer === 'dprk' ? 'loc:pyongyang' : 'loc:washington').setAlpha(0.3);
    this.panelShade(0.45);
    // The heading grows less than the rest (the toolbar above the canvas grows too) and wraps; the months
    // start below it, and the line sits right of the widest month label.
    const heading = this.add.text(24, 18, m.scene_aftermath_heading(), {
      fontFamily: SERIF,
      fontSize: fontPx(28, { ...look, scale: Math.min(look.scale, 1.25) }),
      color: text,
      wordWrap: { width: 500 },
    });
    const TOP = Math.max(92, heading.y + heading.height + 24);
    const monthStyle = { fontFamily: SANS, fontSize: fontPx(13, look), color: muted };
    const monthLabels = MONTHS.map((month) => this.add.text(0, 0, formatMonth(`${month}-01`), monthStyle).setOrigin(1, 0.5));
    const LINE_X = Math.max(130, 24 + Math.max(...monthLabels.map((t) => t.width)) + 14);
    const ENTRY_X = LINE_X + 100;
    const entries = c.session && view ? aftermathSequence(c.session.record(), view.ending) : [];
    const g = this.add.graphics();
    g.lineStyle(3, COLOR[ink.accent], 0.8);
    g.lineBetween(LINE_X, TOP, LINE_X, TOP + MONTH_STEP * (MONTHS.length - 1));
    MONTHS.forEach((_month, i) => {
      g.fillStyle(COLOR[ink.accent], 1);
      g.fillCircle(LINE_X, TOP + i * MONTH_STEP, 5);
      monthLabels[i]?.setPosition(LINE_X - 14, TOP + i * MONTH_STEP);
    });
    const step = Math.min(48, (MONTH_STEP * (MONTHS.length - 1)) / Math.max(1, entries.length - 1));
    entries.forEach((e, i) => {
      const month = Math.max(0, MONTHS.indexOf(e.time.slice(0, 7)));
      const monthY = TOP + month * MONTH_STEP;
      const y = TOP + i * step;
      const link = this.add.graphics();
      link.lineStyle(2, i === 0 ? COLOR.dprk : COLOR.cream, 0.7);
      link.lineBetween(LINE_X + 6, monthY, ENTRY_X - 16, y);
      link.fillStyle(i === 0 ? COLOR.dprk : COLOR.cream, 1);
      link.fillCircle(ENTRY_X - 12, y, 6);
      const label = this.add
        .text(ENTRY_X, y, e.title, {
          fontFamily: SERIF,
          fontSize: fontPx(18, look),
          color: text,
          wordWrap: { width: STAGE_RIGHT - ENTRY_X },
          maxLines: look.scale > 1.2 ? 1 : 2,
        })
        .setOrigin(0, 0.5);
      const d = this.ms(300);
      if (d > 0) {
        link.setAlpha(0);
        label.setAlpha(0);
        this.tweens.add({ targets: [link, label], alpha: 1, delay: 150 + i * 220, duration: d });
      }
    });
    this.fadeIn();
  }
}
