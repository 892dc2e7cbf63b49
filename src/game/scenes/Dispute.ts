/**
 * The definitional dispute: the Yongbyon site map, mirrored by the DOM checklist, and the other side's face.
 * The heading and the hint grow with the text size, and the map takes the room left under them. From
 * Larger on there is no room for the face's panel as well: the map keeps it, and the counterpart's
 * reaction is the DOM twin's (the checklist's live reaction line, at the full text size).
 */
import type { GameObjects } from 'phaser';
import { MOOD_WORD, PERSON, SIDE_NAME } from '../../app/labels.ts';
import { counterpartMood, scopeDraft } from '../../app/scopeDraft.ts';
import { m } from '../../app/strings/catalogue.ts';
import { otherSide } from '../../sim/session/index.ts';
import { SiteMap } from '../art/siteMap.ts';
import { fontPx } from '../look.ts';
import { COLOR, CSS_COLOR, HEIGHT, SANS, SERIF, STAGE_WIDTH } from '../theme.ts';
import { BaseScene } from './base.ts';

const MARGIN = 20;
const MAP_W = 960;
const MAP_H = 600;

export class Dispute extends BaseScene {
  private map!: SiteMap;
  private face: GameObjects.Image | null = null;
  private line!: GameObjects.Text;

  constructor() {
    super('Dispute');
  }

  create(): void {
    const view = this.controller.view();
    const side = view?.beat?.side ?? 'us';
    const other = otherSide(side);
    const canEdit = view?.turn?.seat === 'human';
    const look = this.look;
    const ink = this.ink;
    this.cameras.main.setBackgroundColor(look.highContrast ? COLOR.hcPanel : COLOR.ink);
    this.panelShade(0.3);
    const wrap = { width: STAGE_WIDTH - 2 * MARGIN - 8 };
    // Below the DOM toolbar once the text is larger (see Hud's header).
    const heading = this.add.text(24, look.scale > 1 ? Math.round(46 * look.scale) + 6 : 14, m.scene_dispute_heading(), {
      fontFamily: SERIF,
      fontSize: fontPx(28, look),
      color: CSS_COLOR[ink.text],
      wordWrap: wrap,
    });
    const hint = this.add.text(
      24,
      heading.y + heading.height + 4,
      canEdit ? m.scene_dispute_hint() : m.scene_dispute_other_defining({ side: SIDE_NAME[side] }),
      { fontFamily: SANS, fontSize: fontPx(15, look), color: CSS_COLOR[ink.accent], wordWrap: wrap },
    );
    const mapTop = hint.y + hint.height + 8;
    if (look.scale > 1.2) {
      const scale = Math.min((STAGE_WIDTH - 2 * MARGIN) / MAP_W, (HEIGHT - 12 - mapTop) / MAP_H);
      this.map = new SiteMap(this, MARGIN + (STAGE_WIDTH - 2 * MARGIN - MAP_W * scale) / 2, mapTop, scale, canEdit, look);
      const off = scopeDraft.on('change', () => this.map.refresh());
      this.events.once('shutdown', off);
      this.fadeIn();
      return;
    }

    // The face's panel, measured first: the map gets what is left.
    const who = other === 'us' ? 'pompeo' : 'choe';
    const name = this.add.text(150, 0, PERSON[who], {
      fontFamily: SANS,
      fontSize: fontPx(15, look),
      color: CSS_COLOR[ink.accent],
    });
    this.line = this.add.text(150, 0, m.scene_dispute_mood({ side: SIDE_NAME[other], mood: MOOD_WORD.displeased }), {
      fontFamily: SERIF,
      fontSize: fontPx(19, look),
      color: CSS_COLOR[ink.text],
      wordWrap: { width: STAGE_WIDTH - 200 },
    });
    // Measured with the longest mood word, so no mood's line overflows the panel.
    let panelH = Math.max(120, 12 + name.height + 8 + this.line.height + 14);
    const scale = Math.min((STAGE_WIDTH - 2 * MARGIN) / MAP_W, (HEIGHT - 12 - panelH - 10 - mapTop) / MAP_H);
    const mapLeft = MARGIN + (STAGE_WIDTH - 2 * MARGIN - MAP_W * scale) / 2;
    this.map = new SiteMap(this, mapLeft, mapTop, scale, canEdit, look);
    const panelTop = mapTop + MAP_H * scale + 10;
    panelH = HEIGHT - 12 - panelTop;

    const g = this.add.graphics();
    g.fillStyle(look.highContrast ? COLOR.hcPanel : COLOR.night, look.highContrast ? 1 : 0.9);
    g.fillRect(MARGIN, panelTop, STAGE_WIDTH - 2 * MARGIN, panelH);
    if (look.highContrast) {
      g.lineStyle(2, COLOR[ink.outline], 1);
      g.strokeRect(MARGIN, panelTop, STAGE_WIDTH - 2 * MARGIN, panelH);
    }
    this.face = this.add.image(84, panelTop + panelH / 2, `portrait:${who}-neutral`).setScale(Math.min(0.42, (panelH - 8) / 300));
    name.setPosition(150, panelTop + 12).setDepth(1);
    this.line.setPosition(150, name.y + name.height + 8).setDepth(1);
    const react = () => {
      this.map.refresh();
      const mood = counterpartMood(other, scopeDraft.list());
      this.face?.setTexture(`portrait:${who}-${mood}`);
      this.line.setText(m.scene_dispute_mood({ side: SIDE_NAME[other], mood: MOOD_WORD[mood] }));
    };
    const off = scopeDraft.on('change', react);
    this.events.once('shutdown', off);
    react();
    this.fadeIn();
  }
}
