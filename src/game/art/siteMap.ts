/**
 * The Yongbyon site map: click a facility to count it in or out of "Yongbyon".
 *
 * The art (assets/map/yongbyon.svg) is the ground; the facility names and the river's name are canvas
 * text drawn here on a backing (the look's panel colour), so they keep their contrast over any art and
 * whatever a facility's tint, follow the high-contrast setting and grow with the text size. A name grows
 * to the size the setting asks for or the largest that fits its block, whichever is smaller (the DOM
 * checklist beside the map carries the names at the full size).
 */
import type { GameObjects, Scene } from 'phaser';
import layout from '../../../assets/map/yongbyon-layout.json';
import { FACILITIES } from '../../app/content.ts';
import { rgba } from '../../app/palette.ts';
import { scopeDraft } from '../../app/scopeDraft.ts';
import { m } from '../../app/strings/catalogue.ts';
import type { FacilityId } from '../../sim/session/index.ts';
import { type Ink, inkFor, type Look, MAP_LABEL_PX, MAP_TAG_PX } from '../look.ts';
import { COLOR, CSS_COLOR, SANS } from '../theme.ts';

interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}
const BOXES = layout.facilities as Readonly<Record<string, Box>>;
/** Where the river's name sits on the art (map units) and its angle along the water. */
const RIVER = { x: 100, y: 236, angle: -72 } as const;
/** The smallest a label may shrink to when its block is too small for the asked size. */
const MIN_PX = 10;

export class SiteMap {
  private marks = new Map<FacilityId, { g: GameObjects.Graphics; tag: GameObjects.Text }>();
  private hover: FacilityId | null = null;
  private ink: Ink;
  /** The font size each facility's name was drawn at (for the tests and screenshots). */
  readonly labelPx = new Map<FacilityId, number>();

  constructor(
    private scene: Scene,
    private left: number,
    private top: number,
    private scale: number,
    private interactive: boolean,
    private look: Look,
  ) {
    this.ink = inkFor(look);
    if (scene.textures.exists('map')) scene.add.image(left, top, 'map').setOrigin(0).setScale(scale);
    else scene.add.rectangle(left, top, 960 * scale, 600 * scale, COLOR.night).setOrigin(0);
    this.addRiver();
    for (const f of FACILITIES) this.addFacility(f.id, f.name);
    this.refresh();
  }

  private backing(): string {
    return rgba(CSS_COLOR[this.ink.panel], this.ink.panelAlpha);
  }

  private addRiver(): void {
    this.scene.add
      .text(this.left + RIVER.x * this.scale, this.top + RIVER.y * this.scale, m.a11y_map_river(), {
        fontFamily: SANS,
        fontSize: `${Math.round(MAP_LABEL_PX * this.look.scale)}px`,
        fontStyle: 'italic',
        color: CSS_COLOR[this.ink.text],
        backgroundColor: this.backing(),
        padding: { x: 4, y: 1 },
      })
      .setOrigin(0.5)
      .setAngle(RIVER.angle)
      .setDepth(3);
  }

  private rect(id: FacilityId): Box {
    const b = BOXES[id] ?? { x: 480, y: 300, w: 100, h: 80 };
    const s = this.scale;
    return { x: this.left + (b.x - b.w / 2) * s, y: this.top + (b.y - b.h / 2) * s, w: b.w * s, h: b.h * s };
  }

  private addFacility(id: FacilityId, name: string): void {
    const r = this.rect(id);
    const g = this.scene.add.graphics().setDepth(2);
    const tagPx = Math.max(MIN_PX, Math.min(Math.round(MAP_TAG_PX * this.look.scale), Math.floor(r.h / 4)));
    const tag = this.scene.add
      .text(r.x + r.w - 4, r.y + 4, m.sitemap_out(), {
        fontFamily: SANS,
        fontSize: `${tagPx}px`,
        color: CSS_COLOR[this.ink.tagOffText],
        backgroundColor: CSS_COLOR[this.ink.tagOff],
        padding: { x: 5, y: 2 },
      })
      .setOrigin(1, 0)
      .setDepth(3);
    const label = this.scene.add
      .text(r.x + r.w / 2, r.y + r.h - 3, name, {
        fontFamily: SANS,
        color: CSS_COLOR[this.ink.text],
        backgroundColor: this.backing(),
        align: 'center',
        padding: { x: 3, y: 1 },
        wordWrap: { width: r.w - 6 },
      })
      .setOrigin(0.5, 1)
      .setDepth(3);
    // The asked size, or the largest that fits under the tag inside the block.
    const room = r.h - tag.height - 8;
    let px = Math.round(MAP_LABEL_PX * this.look.scale);
    label.setFontSize(px);
    while (px > MIN_PX && (label.height > room || label.width > r.w + 4)) {
      px -= 1;
      label.setFontSize(px);
    }
    this.labelPx.set(id, px);
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
    const ink = this.ink;
    for (const [id, { g, tag }] of this.marks) {
      const r = this.rect(id);
      const on = scopeDraft.has(id);
      g.clear();
      if (on) {
        g.fillStyle(COLOR[ink.chosen], 0.18);
        g.fillRect(r.x, r.y, r.w, r.h);
        g.lineStyle(4, COLOR[ink.chosen], 1);
        g.strokeRect(r.x - 2, r.y - 2, r.w + 4, r.h + 4);
      } else {
        g.fillStyle(COLOR.ink, 0.55);
        g.fillRect(r.x, r.y, r.w, r.h);
        g.lineStyle(2, COLOR[ink.outline], 0.9);
        g.strokeRect(r.x, r.y, r.w, r.h);
      }
      if (this.hover === id) {
        g.lineStyle(2, COLOR[ink.hover], 1);
        g.strokeRect(r.x - 6, r.y - 6, r.w + 12, r.h + 12);
      }
      tag.setText(on ? m.sitemap_in() : m.sitemap_out());
      tag.setBackgroundColor(CSS_COLOR[on ? ink.tagOn : ink.tagOff]);
      tag.setColor(CSS_COLOR[on ? ink.tagOnText : ink.tagOffText]);
    }
  }
}
