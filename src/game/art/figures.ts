/**
 * The people on stage: portraits whose expression follows the model, with name plates and bubbles.
 * Plate and bubble text follow the look (text size, high contrast); both keep between the HUD's plates.
 */
import type { GameObjects, Scene } from 'phaser';
import { PERSON } from '../../app/labels.ts';
import type { Figure } from '../../app/stageModel.ts';
import type { Side } from '../../sim/session/index.ts';
import { fontPx, type Ink, inkFor, type Look } from '../look.ts';
import { COLOR, CSS_COLOR, SANS, SERIF } from '../theme.ts';

interface Slot {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

/** Main figure and up to two companions for the left (viewer) and right (other) side. */
const SLOTS: Readonly<Record<'left' | 'right', readonly Slot[]>> = {
  left: [
    { x: 215, y: 320, scale: 1 },
    { x: 82, y: 280, scale: 0.58 },
    { x: 352, y: 268, scale: 0.5 },
  ],
  right: [
    { x: 575, y: 320, scale: 1 },
    { x: 708, y: 280, scale: 0.58 },
    { x: 438, y: 268, scale: 0.5 },
  ],
};

export class FigureRow {
  private images = new Map<string, GameObjects.Image>();
  private plates: GameObjects.GameObject[] = [];
  private platesKey = '';
  private bubble: GameObjects.Container | null = null;
  private mainX: Partial<Record<Side, number>> = {};
  private ink: Ink;
  /** The HUD's header bottom and meter-plate top: bubbles go below the one, name plates above the other. */
  private top = 76;
  private bottom = 548;

  constructor(
    private scene: Scene,
    private ms: (d: number) => number,
    private look: Look,
  ) {
    this.ink = inkFor(look);
  }

  keepBetween(top: number, bottom: number): void {
    if (bottom !== this.bottom) this.platesKey = '';
    this.top = top;
    this.bottom = bottom;
  }

  /** Shows or hides everyone on stage (the bargaining board takes the stage at the table). */
  setVisible(on: boolean): void {
    for (const img of this.images.values()) img.setVisible(on);
    for (const p of this.plates) (p as GameObjects.GameObject & { setVisible(v: boolean): unknown }).setVisible(on);
    if (!on && this.bubble) {
      this.scene.tweens.killTweensOf(this.bubble);
      this.bubble.destroy();
      this.bubble = null;
    }
  }

  /** Draws or updates the figures; a changed expression gets a small nod. */
  show(figures: readonly Figure[], viewer: Side): void {
    const wanted = new Set<string>();
    for (const side of [viewer, viewer === 'us' ? 'dprk' : 'us'] as const) {
      const slots = SLOTS[side === viewer ? 'left' : 'right'];
      const mine = figures.filter((f) => f.side === side);
      // Companions first so the main figure is drawn on top.
      [...mine].reverse().forEach((f) => {
        const i = mine.indexOf(f);
        const slot = slots[Math.min(i, slots.length - 1)];
        const id = `${side}:${f.name}`;
        wanted.add(id);
        const key = `portrait:${f.name}-${f.mood}`;
        let img = this.images.get(id);
        const moved = img !== undefined && (img.x !== slot.x || img.y !== slot.y);
        if (!img || moved) {
          // New on stage, or someone who changes seat between beats: place afresh.
          if (img) {
            this.scene.tweens.killTweensOf(img);
            img.destroy();
          }
          img = this.scene.add.image(slot.x, slot.y, key).setScale(slot.scale);
          this.images.set(id, img);
        } else if (img.texture.key !== key) {
          img.setTexture(key);
          this.scene.tweens.add({
            targets: img,
            scale: { from: slot.scale * 1.06, to: slot.scale },
            duration: this.ms(260),
            ease: 'Sine.easeOut',
          });
        }
        img.setDepth(f.main ? 2 : 1).setAlpha(f.main ? 1 : 0.82);
        if (f.main) this.mainX[side] = slot.x;
      });
    }
    for (const [id, img] of this.images) {
      if (!wanted.has(id)) {
        this.scene.tweens.killTweensOf(img);
        img.destroy();
        this.images.delete(id);
      }
    }
    this.drawPlates(figures, viewer);
  }

  /** Name plates under the two main figures; redrawn only when someone else takes the seat. */
  private drawPlates(figures: readonly Figure[], viewer: Side): void {
    const key = figures
      .filter((f) => f.main)
      .map((f) => `${f.side}:${f.name}`)
      .join('|');
    if (key === this.platesKey) return;
    this.platesKey = key;
    for (const p of this.plates) p.destroy();
    this.plates = [];
    // Wider plates for larger text, up to the room between the two main figures.
    const half = Math.min(170, 130 * this.look.scale);
    for (const f of figures.filter((x) => x.main)) {
      const x = f.side === viewer ? SLOTS.left[0].x : SLOTS.right[0].x;
      const name = this.scene.add
        .text(x, 0, PERSON[f.name], {
          fontFamily: SANS,
          fontSize: fontPx(15, this.look),
          color: CSS_COLOR[this.ink.text],
          align: 'center',
          wordWrap: { width: 2 * half - 10 },
        })
        .setOrigin(0.5)
        .setDepth(4);
      const h = Math.max(52, name.height + 20);
      const top = Math.min(470, this.bottom - 6 - h);
      name.setY(top + 4 + (h - 4) / 2);
      const g = this.scene.add.graphics().setDepth(3);
      g.fillStyle(COLOR[this.ink.panel], this.look.highContrast ? 1 : 0.82);
      g.fillRect(x - half, top, 2 * half, h);
      g.fillStyle(f.side === 'us' ? COLOR.us : COLOR.dprk, 1);
      g.fillRect(x - half, top, 2 * half, 4);
      this.plates.push(g, name);
    }
  }

  /** A short spoken line above a side's main figure, fading after a while. */
  /**
   * A line over a side's main figure. `speech` is a bubble with a tail (the game's dramatized words);
   * `decision` is a caption without one, naming the side, so a menu label is never put in a real
   * person's mouth.
   */
  say(side: Side, line: string, kind: 'speech' | 'decision' = 'speech'): void {
    const x = this.mainX[side];
    if (x === undefined) return;
    if (this.bubble) {
      this.scene.tweens.killTweensOf(this.bubble);
      this.bubble.destroy();
    }
    const text = this.scene.add
      .text(0, 0, line, {
        fontFamily: SERIF,
        fontSize: fontPx(19, this.look),
        fontStyle: kind === 'decision' ? 'italic' : 'normal',
        color: CSS_COLOR.ink,
        align: 'center',
        wordWrap: { width: 250 * Math.min(this.look.scale, 1.5) },
      })
      .setOrigin(0.5);
    const w = Math.min(280 * Math.min(this.look.scale, 1.5), text.width + 28);
    const h = text.height + 20;
    const g = this.scene.add.graphics();
    g.fillStyle(COLOR.cream, 0.96);
    g.fillRect(-w / 2, -h / 2, w, h);
    if (kind === 'speech') g.fillTriangle(-10, h / 2, 10, h / 2, 0, h / 2 + 14);
    else {
      g.lineStyle(2, COLOR.gold, 1);
      g.strokeRect(-w / 2, -h / 2, w, h);
    }
    const cx = Math.max(w / 2 + 8, Math.min(790 - w / 2 - 8, x));
    const bubble = this.scene.add.container(cx, Math.max(150 - h / 2, this.top + 8 + h / 2), [g, text]).setDepth(10);
    this.bubble = bubble;
    bubble.setScale(this.ms(1) ? 0.6 : 1);
    this.scene.tweens.add({ targets: bubble, scale: 1, duration: this.ms(220), ease: 'Back.easeOut' });
    this.scene.tweens.add({
      targets: bubble,
      alpha: 0,
      delay: 3800,
      duration: this.ms(600) || 1,
      onComplete: () => bubble.destroy(),
    });
  }

  /** The x position of a side's main figure. */
  xOf(side: Side): number {
    return this.mainX[side] ?? 395;
  }
}
