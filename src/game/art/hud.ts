/**
 * The place-and-clock plate and the viewer's meters, drawn on the canvas (the DOM twin reads them).
 * Text objects are made once and updated: each new canvas text costs a texture upload.
 *
 * Both plates follow the look: their text grows with the text size (the plates grow to fit, the title
 * wraps) and their colours switch to the high-contrast ones. Up to Large a meter is one line (name, bar,
 * score); from Larger on the name and score sit over the bar, so two columns still fit at twice the size.
 * `top` and `bottom` tell the scene where the plates end, so the figures' plates and bubbles keep clear.
 */
import type { GameObjects, Scene } from 'phaser';
import { SIDE_NAME } from '../../app/labels.ts';
import type { Stage } from '../../app/stageModel.ts';
import { m } from '../../app/strings/catalogue.ts';
import { fontPx, type Ink, inkFor, type Look } from '../look.ts';
import { COLOR, CSS_COLOR, HEIGHT, SANS, SERIF, STAGE_WIDTH } from '../theme.ts';

const LEFT = 16;
const PLATE_W = STAGE_WIDTH - 32;
const COL_W = (STAGE_WIDTH - 64) / 2;
/** The meter names' column: at least this wide, wider when a name (in any locale) measures more. */
const LABEL_COL = 170;
/** The score after each bar. */
const NUMBER_COL = 60;
const BAR_H = 12;
const BOTTOM = HEIGHT - 14;
/**
 * The header plate's top: under the DOM toolbar once the text is larger (the toolbar grows with the
 * text size and, at 1280×720, reaches about 46 px × the scale down the stage; at Normal it covers only
 * the plate's right end, past the title).
 */
const headerTop = (look: Look): number => (look.scale > 1 ? Math.round(46 * look.scale) + 6 : 14);

export class Hud {
  private title: GameObjects.Text;
  private when: GameObjects.Text;
  private head: GameObjects.Text;
  private plates: GameObjects.Graphics;
  private bars: GameObjects.Graphics;
  private labels: GameObjects.Text[] = [];
  private numbers: GameObjects.Text[] = [];
  /** The signed change beside a meter's score, shown for a moment after it moved. */
  private deltas: GameObjects.Text[] = [];
  /** Each meter's score when last drawn, per viewing side (a hand-over is not a change). */
  private shown = new Map<string, number>();
  private ink: Ink;
  private stacked: boolean;
  private y0: number;
  /** The header plate's lower edge and the meter plate's upper edge, after the last draw. */
  top = 76;
  bottom = 548;

  constructor(
    private scene: Scene,
    private look: Look,
    /** The scene's animation time (0 with reduced motion). */
    private ms: (d: number) => number,
  ) {
    this.ink = inkFor(look);
    this.stacked = look.scale > 1.2;
    // Square corners throughout: Phaser 4.2's rounded-rectangle fills drew stray triangles in software WebGL.
    this.plates = scene.add.graphics().setDepth(5);
    this.y0 = headerTop(look);
    if (scene.textures.exists('ui:clock'))
      scene.add
        .image(50, this.y0 + 31, 'ui:clock')
        .setDisplaySize(46, 46)
        .setDepth(6);
    const text = CSS_COLOR[this.ink.text];
    const accent = CSS_COLOR[this.ink.accent];
    this.title = scene.add
      .text(84, this.y0 + 6, '', {
        fontFamily: SERIF,
        fontSize: fontPx(23, look),
        color: text,
        wordWrap: { width: PLATE_W - 84 },
      })
      .setDepth(6);
    this.when = scene.add
      .text(84, 51, '', { fontFamily: SANS, fontSize: fontPx(15, look), color: accent, wordWrap: { width: PLATE_W - 84 } })
      .setDepth(6);
    this.head = scene.add.text(32, 0, '', { fontFamily: SANS, fontSize: fontPx(14, look), color: accent }).setDepth(6);
    this.bars = scene.add.graphics().setDepth(5);
  }

  draw(stage: Stage, title: string): void {
    const ink = this.ink;
    this.setText(this.title, title);
    this.setText(this.when, m.hud_when({ place: stage.place, clock: stage.clock }));
    this.setText(this.head, m.hud_readings({ side: SIDE_NAME[stage.viewer] }));
    this.when.setY(this.title.y + this.title.height + 2);
    this.top = Math.max(this.y0 + 62, this.when.y + this.when.height + 8);

    const cols = stage.meters.length > 1 ? 2 : 1;
    stage.meters.forEach((meter, i) => {
      const style = { fontFamily: SANS, fontSize: fontPx(14, this.look), color: CSS_COLOR[ink.text] };
      // Stacked, a long name wraps before the score rather than run under it.
      // (The score's room: three digits, about 0.6 em each, and a gap.)
      const wrap = this.stacked ? { wordWrap: { width: COL_W - 24 - (3 * 0.6 * 14 + 10) * this.look.scale } } : {};
      this.labels[i] ??= this.scene.add.text(0, 0, '', { ...style, ...wrap }).setDepth(6);
      this.numbers[i] ??= this.scene.add.text(0, 0, '', style).setDepth(6);
      this.setText(this.labels[i], meter.label);
      this.setText(this.numbers[i], String(Math.round(meter.value * 100)));
    });
    const lineH = Math.max(16, ...stage.meters.map((_, i) => this.labels[i].height));
    const rowH = this.stacked ? lineH + BAR_H + 12 : Math.max(29, lineH + 10);
    const rows = Math.ceil(stage.meters.length / cols);
    const headH = this.head.height + 10;
    this.bottom = BOTTOM - (18 + headH + rows * rowH);
    this.head.setY(this.bottom + 10);
    const firstRow = this.head.y + headH;

    const p = this.plates;
    p.clear();
    p.fillStyle(COLOR[ink.panel], this.look.highContrast ? 1 : 0.8);
    p.fillRect(LEFT, this.y0, PLATE_W, this.top - this.y0);
    p.fillStyle(COLOR[ink.panel], this.look.highContrast ? 1 : 0.82);
    p.fillRect(LEFT, this.bottom, PLATE_W, BOTTOM - this.bottom + 6);
    if (this.look.highContrast) {
      p.lineStyle(2, COLOR[ink.outline], 1);
      p.strokeRect(LEFT, this.y0, PLATE_W, this.top - this.y0);
      p.strokeRect(LEFT, this.bottom, PLATE_W, BOTTOM - this.bottom + 6);
    }

    const g = this.bars;
    g.clear();
    const at = (i: number) => ({ x: 32 + (i % cols) * COL_W, y: firstRow + Math.floor(i / cols) * rowH });
    // Inline, the bars start after the widest name as drawn (Phaser measures the text), not a guessed width.
    const widest = Math.max(0, ...stage.meters.map((_, i) => this.labels[i].width));
    const labelCol = Math.max(LABEL_COL, Math.ceil(widest) + 12);
    const barW = this.stacked ? COL_W - 24 : Math.max(40, COL_W - labelCol - NUMBER_COL);
    stage.meters.forEach((meter, i) => {
      const { x, y } = at(i);
      const number = this.numbers[i];
      let barX = x + labelCol;
      let barY = y + (lineH - BAR_H) / 2;
      this.labels[i].setPosition(x, y);
      if (this.stacked) {
        barX = x;
        barY = y + lineH + 2;
        number.setOrigin(1, 0).setPosition(x + barW, y);
      } else number.setOrigin(0, 0).setPosition(x + COL_W - NUMBER_COL + 10, y);
      g.fillStyle(COLOR[ink.barTrack], 1);
      g.fillRect(barX, barY, barW, BAR_H);
      g.fillStyle(COLOR[meter.value >= 0.5 ? ink.barHigh : ink.barLow], 1);
      g.fillRect(barX, barY, Math.max(3, barW * meter.value), BAR_H);
    });
    stage.meters.forEach((meter, i) => {
      this.markChange(stage.viewer, meter.id, meter.value, i);
    });
    for (let i = stage.meters.length; i < this.labels.length; i++) {
      this.setText(this.labels[i], '');
      this.setText(this.numbers[i], '');
    }
  }

  /**
   * "+5" / "−23" beside a meter whose score moved since the last draw for this side, fading after three
   * seconds (removed at once then with reduced motion). The result card in the panel says the same.
   */
  private markChange(viewer: string, id: string, value: number, i: number): void {
    const key = `${viewer}:${id}`;
    const now = Math.round(value * 100);
    const was = this.shown.get(key);
    this.shown.set(key, now);
    if (was === undefined || was === now) return;
    const number = this.numbers[i];
    this.deltas[i] ??= this.scene.add
      .text(0, 0, '', { fontFamily: SANS, fontSize: fontPx(14, this.look), color: CSS_COLOR[this.ink.accent] })
      .setDepth(6);
    const delta = this.deltas[i];
    this.scene.tweens.killTweensOf(delta);
    delta.setText(now > was ? `+${now - was}` : `−${was - now}`).setAlpha(1);
    if (this.stacked) delta.setOrigin(1, 0).setPosition(number.x - number.width - 8, number.y);
    else delta.setOrigin(0, 0).setPosition(number.x + number.width + 4, number.y);
    this.scene.tweens.add({
      targets: delta,
      alpha: 0,
      delay: 3000,
      duration: this.ms(500) || 1,
      onComplete: () => delta.setText(''),
    });
  }

  private setText(t: GameObjects.Text, value: string): void {
    if (t.text !== value) t.setText(value);
  }
}
