/** The definitional dispute: the Yongbyon site map, mirrored by the DOM checklist, and the other side's face. */
import type { GameObjects } from 'phaser';
import { MOOD_WORD, PERSON, SIDE_NAME } from '../../app/labels.ts';
import { counterpartMood, scopeDraft } from '../../app/scopeDraft.ts';
import { m } from '../../app/strings/catalogue.ts';
import { otherSide } from '../../sim/session/index.ts';
import { SiteMap } from '../art/siteMap.ts';
import { COLOR, CSS_COLOR, SANS, SERIF, STAGE_WIDTH } from '../theme.ts';
import { BaseScene } from './base.ts';

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
    this.cameras.main.setBackgroundColor(COLOR.ink);
    this.panelShade(0.3);
    this.add.text(24, 18, m.scene_dispute_heading(), { fontFamily: SERIF, fontSize: '28px', color: CSS_COLOR.cream });
    this.add.text(24, 56, canEdit ? m.scene_dispute_hint() : m.scene_dispute_other_defining({ side: SIDE_NAME[side] }), {
      fontFamily: SANS,
      fontSize: '15px',
      color: CSS_COLOR.gold,
    });
    const scale = (STAGE_WIDTH - 40) / 960;
    this.map = new SiteMap(this, 20, 88, scale, canEdit);
    const who = other === 'us' ? 'pompeo' : 'choe';
    const panelTop = 88 + 600 * scale + 10;
    const g = this.add.graphics();
    g.fillStyle(COLOR.night, 0.9);
    g.fillRect(20, panelTop, STAGE_WIDTH - 40, 720 - panelTop - 12);
    this.face = this.add.image(84, panelTop + (720 - panelTop - 12) / 2, `portrait:${who}-neutral`).setScale(0.42);
    this.add.text(150, panelTop + 14, PERSON[who], { fontFamily: SANS, fontSize: '15px', color: CSS_COLOR.gold });
    this.line = this.add.text(150, panelTop + 40, '', {
      fontFamily: SERIF,
      fontSize: '19px',
      color: CSS_COLOR.cream,
      wordWrap: { width: STAGE_WIDTH - 200 },
    });
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
