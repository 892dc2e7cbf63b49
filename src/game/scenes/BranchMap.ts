/**
 * The branch map: every move of the timeline as a node on a grid (column = move number, row = line),
 * the current path in gold, other explored branches in grey, the historical record as a dashed green
 * rail under the nodes it covers, the ending at each leaf and untried choices as number badges.
 *
 * Drag to pan, the wheel (or the DOM's buttons) to zoom; click a node to select it (the DOM tree
 * follows), click it again to go there. Zoom spreads the grid, not the marks, so nodes and labels keep
 * their size; labels are shown for what matters (endings, where branches start, the current and the
 * selected node) and give way to each other rather than overlap. The map stays left of the DOM panel.
 *
 * This scene only draws and takes input: the view transform, the hit test and where labels go are
 * pure functions in src/app/branchMap/, fed with text sizes measured by Phaser.
 *
 * The labels and the card follow the Text size setting (the placement measures them at that size, so
 * larger labels simply give way to each other more often; the DOM tree beside the map lists every
 * node at the full size); the untried-choice badges keep their size inside their dots.
 */
import type { Cameras, GameObjects, Input } from 'phaser';
import { contains, type Point, type Rect } from '../../app/branchMap/geometry.ts';
import { nodeAt } from '../../app/branchMap/hitTest.ts';
import { type Font, LABEL_FONT, type LabelKind, layoutMap, type TextSize } from '../../app/branchMap/labelPlacement.ts';
import { edgeRoute, fitted, type MapView, nodePoint, panned, revealing, zoomAbout } from '../../app/branchMap/view.ts';
import { type BranchModel, branchModel, type MapNode } from '../../app/branchModel.ts';
import { branchSelection, type NodePoint, type ZoomCommand } from '../../app/branchSelection.ts';
// `msg`, not `m`: this file's methods call their model `m`.
import { m as msg } from '../../app/strings/catalogue.ts';
import { COLOR, CSS_COLOR, HEIGHT, SANS, SERIF, STAGE_WIDTH, WIDTH } from '../theme.ts';
import { BaseScene } from './base.ts';

/** The map's viewport: below the title band, left of the DOM panel. */
const TOP = 84;
const VIEW: Rect = { x: 0, y: TOP, w: STAGE_WIDTH, h: HEIGHT - TOP };
const RECORD_GREEN = COLOR.good;
const SIDE_FILL = { us: COLOR.usLight, dprk: COLOR.dprkLight } as const;
const INK_TEXT = CSS_COLOR.ink;

/** Each kind of label's text colour, and its pill's colour where it has one. */
const LABEL_STYLE: Readonly<Record<LabelKind, { color: string; pill?: number }>> = {
  here: { color: INK_TEXT, pill: COLOR.gold },
  ending: { color: CSS_COLOR.cream },
  unfinished: { color: CSS_COLOR.mapLabel },
  hover: { color: CSS_COLOR.cream, pill: COLOR.navy },
  start: { color: CSS_COLOR.gold },
  head: { color: CSS_COLOR.cream },
  phase: { color: CSS_COLOR.phaseLabel },
};

export class BranchMap extends BaseScene {
  private model: BranchModel | null = null;
  private view: MapView = { zoom: 1, ox: 0, oy: 0 };
  private lines!: GameObjects.Graphics;
  private marks!: GameObjects.Graphics;
  private overlay!: GameObjects.Graphics;
  private labels = new Map<string, GameObjects.Text>();
  /** A hidden text used only to measure labels, and the sizes it has measured. */
  private ruler!: GameObjects.Text;
  private sizes = new Map<string, TextSize>();
  private hover: number | null = null;
  private drag: { x: number; y: number; from: MapView; moved: boolean } | null = null;
  private mapCam!: Cameras.Scene2D.Camera;
  private cardBg!: GameObjects.Graphics;

  constructor() {
    super('BranchMap');
  }

  create(): void {
    this.labels = new Map();
    this.sizes = new Map();
    this.hover = null;
    this.drag = null;
    const main = this.cameras.main;
    main.setBackgroundColor(COLOR.ink);
    // The title band and the panel shade on the full-screen camera; the map on a camera clipped to its viewport.
    const band = this.add.graphics();
    band.fillStyle(COLOR.night, 1);
    band.fillRect(0, 0, STAGE_WIDTH, TOP);
    band.fillStyle(COLOR.gold, 0.5);
    band.fillRect(0, TOP - 1, STAGE_WIDTH, 1);
    this.panelShade(0.6);
    const title = this.add.text(24, 14, msg.toolbar_branch_map(), {
      fontFamily: SERIF,
      fontSize: '26px',
      color: CSS_COLOR.cream,
    });
    const hint = this.add.text(24, 52, msg.map_hint(), {
      fontFamily: SANS,
      fontSize: '14px',
      color: CSS_COLOR.gold,
    });
    this.mapCam = this.cameras.add(VIEW.x, VIEW.y, VIEW.w, VIEW.h, false, 'map');
    this.mapCam.setScroll(VIEW.x, VIEW.y);
    this.mapCam.ignore([band, title, hint]);
    this.lines = this.onMap(this.add.graphics());
    this.marks = this.onMap(this.add.graphics());
    this.overlay = this.onMap(this.add.graphics().setDepth(10));
    this.cardBg = this.onMap(this.add.graphics().setDepth(13));
    this.ruler = this.onMap(this.add.text(0, 0, '', { fontFamily: SANS })).setVisible(false);
    this.mapCam.ignore(this.ruler);

    this.rebuild();
    this.resetView();
    this.redraw();
    // A still map costs nothing between moves: the game's still loop (stillLoop.ts) lets the loop sleep.

    this.listen('timeline', () => {
      this.rebuild();
      this.redraw();
    });
    const offSelect = branchSelection.on('select', ({ id, from }) => {
      if (from === 'dom' && id !== null) this.reveal(id);
      this.redraw();
    });
    const offZoom = branchSelection.on('zoom', (c) => this.command(c));
    branchSelection.points = () => this.points();
    this.input.on('pointerdown', (p: Input.Pointer) => this.onDown(p));
    this.input.on('pointermove', (p: Input.Pointer) => this.onMove(p));
    this.input.on('pointerup', (p: Input.Pointer) => this.onUp(p));
    this.input.on('pointerupoutside', () => {
      this.drag = null;
    });
    this.input.on('wheel', (p: Input.Pointer, _over: unknown, _dx: number, dy: number) => {
      if (!contains(VIEW, p.x, p.y) || dy === 0) return;
      this.zoomAt(p.x, p.y, dy > 0 ? 1 / 1.2 : 1.2);
    });
    this.events.once('shutdown', () => {
      offSelect();
      offZoom();
      if (branchSelection.points) branchSelection.points = null;
      this.input.setDefaultCursor('default');
      this.cameras.remove(this.mapCam);
    });
    this.fadeIn();
  }

  /** A map object: drawn by the clipped map camera only. */
  private onMap<T extends GameObjects.GameObject>(obj: T): T {
    this.cameras.main.ignore(obj);
    return obj;
  }

  private rebuild(): void {
    const timeline = this.controller.timeline;
    this.model = timeline ? branchModel(timeline) : null;
  }

  /** A text's size in a label font, as Phaser renders it (remembered: labels repeat on every redraw). */
  private readonly measure = (text: string, font: Font): TextSize => {
    const px = this.px(font);
    const key = `${px}|${font.bold}|${font.lineSpacing ?? 0}|${text}`;
    let size = this.sizes.get(key);
    if (!size) {
      const t = this.ruler
        .setFontSize(px)
        .setFontStyle(font.bold ? 'bold' : 'normal')
        .setLineSpacing(font.lineSpacing ?? 0)
        .setText(text);
      size = { width: t.width, height: t.height };
      this.sizes.set(key, size);
    }
    return size;
  };

  // ---- View ----

  /** Fits the whole tree when it fits at a readable size; otherwise centres the current node. */
  private resetView(): void {
    const m = this.model;
    if (m) this.view = fitted(m.cols, m.rows, m.nodes[m.current], VIEW);
  }

  private reveal(id: number): void {
    const n = this.model?.nodes[id];
    if (n) this.view = revealing(this.view, n, VIEW);
  }

  private zoomAt(x: number, y: number, factor: number): void {
    this.view = zoomAbout(this.view, x, y, factor);
    this.redraw();
  }

  private command(c: ZoomCommand): void {
    const cx = VIEW.x + VIEW.w / 2;
    const cy = VIEW.y + VIEW.h / 2;
    if (c === 'in') this.zoomAt(cx, cy, 1.25);
    else if (c === 'out') this.zoomAt(cx, cy, 1 / 1.25);
    else {
      this.resetView();
      this.redraw();
    }
  }

  // ---- Pointer ----

  private nodeAt(x: number, y: number): number | null {
    return this.model ? nodeAt(this.model.nodes, this.view, VIEW, x, y) : null;
  }

  private onDown(p: Input.Pointer): void {
    if (!contains(VIEW, p.x, p.y)) return;
    this.drag = { x: p.x, y: p.y, from: this.view, moved: false };
  }

  private onMove(p: Input.Pointer): void {
    const d = this.drag;
    if (d && p.isDown) {
      if (!d.moved && Math.hypot(p.x - d.x, p.y - d.y) > 5) d.moved = true;
      if (d.moved) {
        this.view = panned(d.from, p.x - d.x, p.y - d.y);
        this.input.setDefaultCursor('grabbing');
        this.redraw();
      }
      return;
    }
    const over = this.nodeAt(p.x, p.y);
    this.input.setDefaultCursor(over !== null ? 'pointer' : contains(VIEW, p.x, p.y) ? 'grab' : 'default');
    if (over !== this.hover) {
      this.hover = over;
      this.redraw();
    }
  }

  private onUp(p: Input.Pointer): void {
    const d = this.drag;
    this.drag = null;
    if (!d) return;
    if (d.moved) {
      this.input.setDefaultCursor('grab');
      return;
    }
    const id = this.nodeAt(p.x, p.y);
    if (id === null) return;
    if (branchSelection.selected === id) this.controller.goTo(id);
    else branchSelection.select(id, 'canvas');
  }

  /** Page positions of the nodes, for tests (through `window.__hanoi.branchMap()`). */
  private points(): NodePoint[] {
    const m = this.model;
    if (!m) return [];
    const rect = this.game.canvas.getBoundingClientRect();
    const k = rect.width / WIDTH;
    return m.nodes.map((n) => {
      const { x, y } = nodePoint(this.view, n);
      return { id: n.id, x: rect.left + x * k, y: rect.top + y * k, visible: contains(VIEW, x, y) };
    });
  }

  // ---- Drawing ----

  private redraw(): void {
    const m = this.model;
    this.lines.clear();
    this.marks.clear();
    this.overlay.clear();
    this.cardBg.clear();
    const used = new Set<string>();
    if (!m) {
      this.hideUnused(used);
      return;
    }
    const selected = branchSelection.selected;
    const layout = layoutMap({ model: m, view: this.view, viewport: VIEW, selected, hover: this.hover, measure: this.measure });
    const r = layout.radius;
    const pos = (n: MapNode) => nodePoint(this.view, n);
    const nearView = (pts: readonly Point[]) => pts.some((p) => contains(VIEW, p.x, p.y, 400));

    // Edges: explored branches first, the current path over them, then the record's rail.
    const edges = m.nodes.filter((n) => n.parent !== null);
    const route = (n: MapNode) => edgeRoute(pos(m.nodes[n.parent as number]), pos(n));
    for (const pass of [false, true]) {
      for (const n of edges) {
        if (n.onPath !== pass) continue;
        const pts = route(n);
        if (!nearView(pts)) continue;
        this.lines.lineStyle(pass ? 4 : 2, pass ? COLOR.gold : COLOR.offRecord, pass ? 1 : 0.85);
        this.polyline(pts);
      }
    }
    this.lines.lineStyle(2, RECORD_GREEN, 1);
    for (const n of edges) {
      if (!n.onRecord) continue;
      const pts = route(n).map((p) => ({ x: p.x - 4, y: p.y + r + 5 }));
      if (!nearView(pts)) continue;
      this.dashed(pts, 5, 4);
    }

    // Nodes: US round, DPRK square; filled for a player, hollow for the computer.
    for (const { node, at } of layout.nodes) this.drawNode(node, at.x, at.y, r);

    // Untried badges at a person's pending decisions.
    for (const b of layout.badges) {
      this.marks.fillStyle(COLOR.gold, 1);
      if (b.shape === 'dot') {
        this.marks.fillCircle(b.at.x, b.at.y, 1.8);
        continue;
      }
      this.marks.fillCircle(b.at.x, b.at.y, 7.5);
      this.marks.lineStyle(1, COLOR.ink, 1);
      this.marks.strokeCircle(b.at.x, b.at.y, 7.5);
      const key = `badge:${b.id}`;
      this.label(key, String(b.untried), LABEL_FONT.badge, INK_TEXT)
        .setOrigin(0.5)
        .setPosition(b.at.x, b.at.y + 0.5);
      used.add(key);
    }

    // The selected node's card.
    const card = layout.card;
    if (card) {
      const { x, y, w, h } = card.rect;
      this.cardBg.fillStyle(COLOR.night, 0.96);
      this.cardBg.fillRoundedRect(x, y, w, h, 6);
      this.cardBg.lineStyle(1.5, COLOR.gold, 1);
      this.cardBg.strokeRoundedRect(x, y, w, h, 6);
      this.label('card', card.text, LABEL_FONT.card, CSS_COLOR.cream)
        .setOrigin(0, 0)
        .setLineSpacing(LABEL_FONT.card.lineSpacing ?? 0)
        .setPosition(card.at.x, card.at.y)
        .setVisible(true)
        .setDepth(14);
      used.add('card');
    }

    // The labels that found room.
    for (const l of layout.labels) {
      const style = LABEL_STYLE[l.kind];
      this.label(l.key, l.text, LABEL_FONT[l.kind], style.color)
        .setOrigin(l.originX, 0.5)
        .setPosition(l.at.x, l.at.y)
        .setVisible(true);
      used.add(l.key);
      if (l.pill && style.pill !== undefined) {
        this.overlay.fillStyle(style.pill, 0.92);
        this.overlay.fillRoundedRect(l.rect.x, l.rect.y, l.rect.w, l.rect.h, 5);
      }
    }
    this.hideUnused(used);
  }

  private drawNode(n: MapNode, x: number, y: number, r: number): void {
    const g = this.marks;
    if (n.parent === null) {
      g.fillStyle(COLOR.gold, 1);
      g.fillTriangle(x - r - 2, y, x, y - r - 2, x + r + 2, y);
      g.fillTriangle(x - r - 2, y, x, y + r + 2, x + r + 2, y);
    } else {
      const side = n.side ?? 'us';
      const color = SIDE_FILL[side];
      const size = n.byPerson ? r : r * 0.78;
      g.fillStyle(n.byPerson ? color : COLOR.ink, 1);
      g.lineStyle(n.byPerson ? 1 : 2, n.byPerson ? COLOR.ink : color, 1);
      if (side === 'us') {
        g.fillCircle(x, y, size);
        g.strokeCircle(x, y, size);
      } else {
        g.fillRect(x - size, y - size, size * 2, size * 2);
        g.strokeRect(x - size, y - size, size * 2, size * 2);
      }
    }
    if (n.ending) {
      // A flag on the pole of the leaf.
      g.lineStyle(2, COLOR.cream, 1);
      g.lineBetween(x + r + 2, y + r, x + r + 2, y - r - 10);
      g.fillStyle(n.onPath ? COLOR.gold : COLOR.cream, 1);
      g.fillTriangle(x + r + 2, y - r - 10, x + r + 12, y - r - 6, x + r + 2, y - r - 2);
    }
    if (n.current) {
      g.lineStyle(3, COLOR.gold, 1);
      g.strokeCircle(x, y, r + 6);
    }
    if (n.id === branchSelection.selected) {
      this.overlay.lineStyle(2, COLOR.cream, 1);
      this.dashedCircle(x, y, r + 11);
    }
  }

  /** A label font's size at the Text size setting (the badges' numbers stay inside their dots). */
  private px(font: Font): number {
    return font === LABEL_FONT.badge ? font.size : Math.round(font.size * this.look.scale);
  }

  /** The text object for a label key, made once and updated when its text changes. */
  private label(key: string, text: string, font: Font, color: string): GameObjects.Text {
    let t = this.labels.get(key);
    if (!t) {
      t = this.onMap(
        this.add.text(0, 0, text, {
          fontFamily: SANS,
          fontSize: `${this.px(font)}px`,
          color,
          fontStyle: font.bold ? 'bold' : 'normal',
        }),
      ).setDepth(12);
      this.labels.set(key, t);
    } else if (t.text !== text) {
      t.setText(text);
    }
    return t;
  }

  private hideUnused(used: Set<string>): void {
    for (const [key, t] of this.labels) if (!used.has(key)) t.setVisible(false);
  }

  private polyline(pts: { x: number; y: number }[]): void {
    this.lines.beginPath();
    this.lines.moveTo(pts[0].x, pts[0].y);
    for (const p of pts.slice(1)) this.lines.lineTo(p.x, p.y);
    this.lines.strokePath();
  }

  private dashed(pts: { x: number; y: number }[], dash: number, gap: number): void {
    let on = true;
    let left = dash;
    for (let i = 1; i < pts.length; i++) {
      let { x, y } = pts[i - 1];
      const b = pts[i];
      let len = Math.hypot(b.x - x, b.y - y);
      const ux = len > 0 ? (b.x - x) / len : 0;
      const uy = len > 0 ? (b.y - y) / len : 0;
      while (len > 0) {
        const step = Math.min(left, len);
        const nx = x + ux * step;
        const ny = y + uy * step;
        if (on) this.lines.lineBetween(x, y, nx, ny);
        x = nx;
        y = ny;
        len -= step;
        left -= step;
        if (left <= 0) {
          on = !on;
          left = on ? dash : gap;
        }
      }
    }
  }

  private dashedCircle(x: number, y: number, radius: number): void {
    const segments = 16;
    for (let i = 0; i < segments; i++) {
      const a0 = (i / segments) * Math.PI * 2;
      const a1 = a0 + (Math.PI * 2) / segments / 1.8;
      this.overlay.beginPath();
      this.overlay.arc(x, y, radius, a0, a1);
      this.overlay.strokePath();
    }
  }
}
