/**
 * The place-and-clock plate and the viewer's meters, drawn on the canvas (the DOM twin reads them).
 * Text objects are made once and updated: each new canvas text costs a texture upload.
 */
import type { GameObjects, Scene } from 'phaser';
import { SIDE_NAME } from '../../app/labels.ts';
import type { Stage } from '../../app/stageModel.ts';
import { m } from '../../app/strings/catalogue.ts';
import { COLOR, CSS_COLOR, SANS, SERIF, STAGE_WIDTH } from '../theme.ts';

const METER_TOP = 548;
const COL_W = (STAGE_WIDTH - 64) / 2;
/** The meter names' column: at least this wide, wider when a name (in any locale) measures more. */
const LABEL_COL = 170;
/** The score after each bar. */
const NUMBER_COL = 60;

export class Hud {
  private title: GameObjects.Text;
  private when: GameObjects.Text;
  private head: GameObjects.Text;
  private bars: GameObjects.Graphics;
  private labels: GameObjects.Text[] = [];
  private numbers: GameObjects.Text[] = [];

  constructor(private scene: Scene) {
    // Square corners throughout: Phaser 4.2's rounded-rectangle fills drew stray triangles in software WebGL.
    scene.add
      .graphics()
      .setDepth(5)
      .fillStyle(COLOR.ink, 0.8)
      .fillRect(16, 14, STAGE_WIDTH - 32, 62);
    scene.add
      .graphics()
      .setDepth(5)
      .fillStyle(COLOR.ink, 0.82)
      .fillRect(16, METER_TOP, STAGE_WIDTH - 32, 158);
    if (scene.textures.exists('ui:clock')) scene.add.image(50, 45, 'ui:clock').setDisplaySize(46, 46).setDepth(6);
    this.title = scene.add.text(84, 22, '', { fontFamily: SERIF, fontSize: '23px', color: CSS_COLOR.cream }).setDepth(6);
    this.when = scene.add.text(84, 51, '', { fontFamily: SANS, fontSize: '15px', color: CSS_COLOR.gold }).setDepth(6);
    this.head = scene.add.text(32, METER_TOP + 10, '', { fontFamily: SANS, fontSize: '14px', color: CSS_COLOR.gold }).setDepth(6);
    this.bars = scene.add.graphics().setDepth(5);
  }

  draw(stage: Stage, title: string): void {
    this.setText(this.title, title);
    this.setText(this.when, m.hud_when({ place: stage.place, clock: stage.clock }));
    this.setText(this.head, m.hud_readings({ side: SIDE_NAME[stage.viewer] }));
    const g = this.bars;
    g.clear();
    const at = (i: number) => ({ x: 32 + (i % 2) * COL_W, y: METER_TOP + 38 + Math.floor(i / 2) * 29 });
    stage.meters.forEach((meter, i) => {
      const { x, y } = at(i);
      this.labels[i] ??= this.scene.add
        .text(x, y, '', { fontFamily: SANS, fontSize: '14px', color: CSS_COLOR.cream })
        .setDepth(6);
      this.numbers[i] ??= this.scene.add
        .text(x + COL_W - NUMBER_COL + 10, y, '', { fontFamily: SANS, fontSize: '14px', color: CSS_COLOR.cream })
        .setDepth(6);
      this.setText(this.labels[i], meter.label);
      this.setText(this.numbers[i], String(Math.round(meter.value * 100)));
    });
    // The bars start after the widest name as drawn (Phaser measures the text), not a guessed width.
    const widest = Math.max(0, ...stage.meters.map((_, i) => this.labels[i].width));
    const labelCol = Math.max(LABEL_COL, Math.ceil(widest) + 12);
    const barW = Math.max(40, COL_W - labelCol - NUMBER_COL);
    stage.meters.forEach((meter, i) => {
      const { x, y } = at(i);
      const barX = x + labelCol;
      g.fillStyle(COLOR.rule, 1);
      g.fillRect(barX, y + 3, barW, 12);
      g.fillStyle(meter.value >= 0.5 ? COLOR.gold : COLOR.mutedDark, 1);
      g.fillRect(barX, y + 3, Math.max(3, barW * meter.value), 12);
    });
    for (let i = stage.meters.length; i < this.labels.length; i++) {
      this.setText(this.labels[i], '');
      this.setText(this.numbers[i], '');
    }
  }

  private setText(t: GameObjects.Text, value: string): void {
    if (t.text !== value) t.setText(value);
  }
}
