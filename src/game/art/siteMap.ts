/** The Yongbyon site map: click a facility to count it in or out of "Yongbyon". */
import type { GameObjects, Scene } from 'phaser';
import layout from '../../../assets/map/yongbyon-layout.json';
import { FACILITIES } from '../../app/content.ts';
import { scopeDraft } from '../../app/scopeDraft.ts';
import { m } from '../../app/strings/catalogue.ts';
import type { FacilityId } from '../../sim/session/index.ts';
import { COLOR, CSS_COLOR, SANS } from '../theme.ts';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}
const BOXES = layout.facilities as Readonly<Record<string, Box>>;

export class SiteMap {
  private marks = new Map<FacilityId, { g: GameObjects.Graphics; tag: GameObjects.Text }>();
  private hover: FacilityId | null = null;

  constructor(
    private scene: Scene,
    private left: number,
    private top: number,
    private scale: number,
    private interactive: boolean,
  ) {
    if (scene.textures.exists('map')) scene.add.image(left, top, 'map').setOrigin(0).setScale(scale);
    else scene.add.rectangle(left, top, 960 * scale, 600 * scale, COLOR.night).setOrigin(0);
    for (const f of FACILITIES) this.addFacility(f.id, f.name);
    this.refresh();
  }

  private rect(id: FacilityId): Box {
    const b = BOXES[id] ?? { x: 480, y: 300, w: 100, h: 80 };
    const s = this.scale;
    return { x: this.left + (b.x - b.w / 2) * s, y: this.top + (b.y - b.h / 2) * s, w: b.w * s, h: b.h * s };
  }

  private addFacility(id: FacilityId, name: string): void {
    const r = this.rect(id);
    const g = this.scene.add.graphics().setDepth(2);
    const tag = this.scene.add
      .text(r.x + r.w - 6, r.y + 6, '', {
        fontFamily: SANS,
        fontSize: '13px',
        color: CSS_COLOR.ink,
        backgroundColor: CSS_COLOR.gold,
        padding: { x: 5, y: 2 },
      })
      .setOrigin(1, 0)
      .setDepth(3);
    this.marks.set(id, { g, tag });
    if (!this.interactive) return;
    const zone = this.scene.add.zone(r.x + r.w / 2, r.y + r.h / 2, r.w, r.h).setInteractive({ useHandCursor: true });
    zone.setName(name);
    zone.on('pointerdown', () => scopeDraft.toggle(id));
    zone.on('pointerover', () => this.setHover(id));
    zone.on('pointerout', () => this.setHover(null));
  }

  private setHover(id: FacilityId | null): void {
    this.hover = id;
    this.refresh();
  }

  refresh(): void {
    for (const [id, { g, tag }] of this.marks) {
      const r = this.rect(id);
      const on = scopeDraft.has(id);
      g.clear();
      if (on) {
        g.fillStyle(COLOR.gold, 0.18);
        g.fillRect(r.x, r.y, r.w, r.h);
        g.lineStyle(4, COLOR.gold, 1);
        g.strokeRect(r.x - 2, r.y - 2, r.w + 4, r.h + 4);
      } else {
        g.fillStyle(COLOR.ink, 0.55);
        g.fillRect(r.x, r.y, r.w, r.h);
        g.lineStyle(2, COLOR.mutedDark, 0.9);
        g.strokeRect(r.x, r.y, r.w, r.h);
      }
      if (this.hover === id) {
        g.lineStyle(2, COLOR.cream, 1);
        g.strokeRect(r.x - 6, r.y - 6, r.w + 12, r.h + 12);
      }
      tag.setText(on ? m.sitemap_in() : m.sitemap_out());
      tag.setBackgroundColor(on ? CSS_COLOR.gold : CSS_COLOR.tagOff);
      tag.setColor(on ? CSS_COLOR.ink : CSS_COLOR.cream);
    }
  }
}
