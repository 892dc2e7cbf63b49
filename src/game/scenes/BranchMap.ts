/**
 * The branch map: every move of the timeline as a node on a grid (column = move number, row = line),
 * the current path in gold, other explored branches in grey, the historical record as a dashed green
 * rail under the nodes it covers, the ending at each leaf and untried choices as number badges.
 *
 * Drag to pan, the wheel (or the DOM's buttons) to zoom; click a node to select it (the DOM tree
 * follows), click it again to go there. Zoom spreads the grid, not the marks, so nodes and labels keep
 * their size; labels are shown for what matters (endings, where branches start, the current and the
 * selected node) and give way to each other rather than overlap. The map stays left of the DOM panel.
 */
import type { Cameras, GameObjects, Input } from 'phaser';
import { type BranchModel, branchModel, type MapNode, shortLabel } from '../../app/branchModel.ts';
import { branchSelection, type NodePoint, type ZoomCommand } from '../../app/branchSelection.ts';
import { PHASE_NAME } from '../../app/labels.ts';
// `msg`, not `m`: this file's methods call their model `m`.
import { m as msg } from '../../app/strings/catalogue.ts';
import { IdleLoop } from '../idleLoop.ts';
import { COLOR, CSS_COLOR, HEIGHT, SANS, SERIF, STAGE_WIDTH, WIDTH } from '../theme.ts';
import { BaseScene } from './base.ts';

/** The map's viewport: below the title band, left of the DOM panel. */
const TOP = 84;
const VIEW = { x: 0, y: TOP, w: STAGE_WIDTH, h: HEIGHT - TOP } as const;
/** Grid spacing at zoom 1. */
const DX = 18;
const DY = 64;
const MIN_ZOOM = 0.3;
const MAX_ZOOM = 3;
/** Room kept free at the left and right of the fitted tree (the right for ending labels). */
const PAD_LEFT = 70;
const PAD_RIGHT = 150;
const RECORD_GREEN = 0x6fbf73;
const SIDE_FILL = { us: 0x6f9fe0, dprk: 0xef8b80 } as const;

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (r: Rect) => r.x >= VIEW.x && r.y >= VIEW.y && r.x + r.w <= VIEW.x + VIEW.w && r.y + r.h <= VIEW.y + VIEW.h;

export class BranchMap extends BaseScene {
  private model: BranchModel | null = null;
  private zoom = 1;
  private ox = 0;
  private oy = 0;
  private lines!: GameObjects.Graphics;
  private marks!: GameObjects.Graphics;
  private overlay!: GameObjects.Graphics;
  private labels = new Map<string, GameObjects.Text>();
  private hover: number | null = null;
  private drag: { x: number; y: number; ox: number; oy: number; moved: boolean } | null = null;
  private mapCam!: Cameras.Scene2D.Camera;
  private cardBg!: GameObjects.Graphics;

  constructor() {
    super('BranchMap');
  }

  create(): void {
    this.labels = new Map();
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

    this.rebuild();
    this.resetView();
    this.redraw();
    // A still map: the loop sleeps when idle and any pointer, wheel or change wakes it.
    const idle = new IdleLoop(this.game, 700);
    const canvas = this.game.canvas;
    const wakeOn = ['pointerdown', 'pointermove', 'wheel'] as const;
    for (const type of wakeOn) canvas.addEventListener(type, idle.poke, { passive: true });
    const offWake = this.controller.on('timeline', idle.poke);
    const offWakeSelect = branchSelection.on('select', idle.poke);
    const offWakeZoom = branchSelection.on('zoom', idle.poke);
    idle.poke();

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
      if (!this.inView(p.x, p.y) || dy === 0) return;
      this.zoomAt(p.x, p.y, dy > 0 ? 1 / 1.2 : 1.2);
    });
    this.events.once('shutdown', () => {
      for (const type of wakeOn) canvas.removeEventListener(type, idle.poke);
      offWake();
      offWakeSelect();
      offWakeZoom();
      idle.stop();
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

  // ---- View transform: grid to screen ----

  private sx(col: number): number {
    return this.ox + col * DX * this.zoom;
  }
  private sy(row: number): number {
    return this.oy + row * DY * this.zoom;
  }
  private pos(n: MapNode): { x: number; y: number } {
    return { x: this.sx(n.col), y: this.sy(n.row) };
  }

  private inView(x: number, y: number): boolean {
    return x >= VIEW.x && x <= VIEW.x + VIEW.w && y >= VIEW.y && y <= VIEW.y + VIEW.h;
  }

  /** Fits the whole tree when it fits at a readable size; otherwise centres the current node. */
  private resetView(): void {
    const m = this.model;
    if (!m) return;
    const width = Math.max(1, (m.cols - 1) * DX);
    const height = Math.max(1, (m.rows - 1) * DY);
    const fit = Math.min((VIEW.w - PAD_LEFT - PAD_RIGHT) / width, (VIEW.h - 120) / height, 2);
    if (fit >= 0.45) {
      this.zoom = fit;
      this.ox = VIEW.x + PAD_LEFT;
      this.oy = VIEW.y + Math.max(70, (VIEW.h - height * fit) / 2);
    } else {
      this.zoom = 0.75;
      this.centreOn(m.nodes[m.current]);
    }
  }

  private centreOn(n: MapNode): void {
    this.ox = VIEW.x + VIEW.w / 2 - n.col * DX * this.zoom;
    this.oy = VIEW.y + VIEW.h / 2 - n.row * DY * this.zoom;
  }

  /** Brings a node into view if it is off the map or too near its edges. */
  private reveal(id: number): void {
    const n = this.model?.nodes[id];
    if (!n) return;
    const { x, y } = this.pos(n);
    if (x < VIEW.x + 30 || x > VIEW.x + VIEW.w - 60 || y < VIEW.y + 50 || y > VIEW.y + VIEW.h - 40) this.centreOn(n);
  }

  private zoomAt(x: number, y: number, factor: number): void {
    const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, this.zoom * factor));
    const k = next / this.zoom;
    this.ox = x - (x - this.ox) * k;
    this.oy = y - (y - this.oy) * k;
    this.zoom = next;
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
    const m = this.model;
    if (!m || !this.inView(x, y)) return null;
    let best: number | null = null;
    let bestD = Math.max(9, Math.min(14, DX * this.zoom * 0.6)) ** 2;
    for (const n of m.nodes) {
      const p = this.pos(n);
      const d = (p.x - x) ** 2 + (p.y - y) ** 2;
      if (d <= bestD) {
        bestD = d;
        best = n.id;
      }
    }
    return best;
  }

  private onDown(p: Input.Pointer): void {
    if (!this.inView(p.x, p.y)) return;
    this.drag = { x: p.x, y: p.y, ox: this.ox, oy: this.oy, moved: false };
  }

  private onMove(p: Input.Pointer): void {
    const d = this.drag;
    if (d && p.isDown) {
      if (!d.moved && Math.hypot(p.x - d.x, p.y - d.y) > 5) d.moved = true;
      if (d.moved) {
        this.ox = d.ox + (p.x - d.x);
        this.oy = d.oy + (p.y - d.y);
        this.input.setDefaultCursor('grabbing');
        this.redraw();
      }
      return;
    }
    const over = this.nodeAt(p.x, p.y);
    this.input.setDefaultCursor(over !== null ? 'pointer' : this.inView(p.x, p.y) ? 'grab' : 'default');
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
      const { x, y } = this.pos(n);
      return { id: n.id, x: rect.left + x * k, y: rect.top + y * k, visible: this.inView(x, y) };
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
    const spacing = DX * this.zoom;
    const r = Math.max(1.6, Math.min(6.5, spacing * 0.34));
    const selected = branchSelection.selected;
    const visible = (x: number, y: number, margin = 40) =>
      x > VIEW.x - margin && x < VIEW.x + VIEW.w + margin && y > VIEW.y - margin && y < VIEW.y + VIEW.h + margin;

    // Edges: explored branches first, the current path over them, then the record's rail.
    const route = (n: MapNode): { x: number; y: number }[] => {
      const parent = m.nodes[n.parent as number];
      const a = this.pos(parent);
      const b = this.pos(n);
      if (a.y === b.y) return [a, b];
      // A drop in the branch point's column, then along the new line, with a rounded corner.
      const bend = Math.min(10, Math.abs(b.y - a.y) / 2, Math.abs(b.x - a.x));
      const dir = b.y > a.y ? 1 : -1;
      return [
        a,
        { x: a.x, y: b.y - dir * bend },
        { x: a.x + bend * 0.3, y: b.y - dir * bend * 0.3 },
        { x: a.x + bend, y: b.y },
        b,
      ];
    };
    const edges = m.nodes.filter((n) => n.parent !== null);
    for (const pass of [false, true]) {
      for (const n of edges) {
        if (n.onPath !== pass) continue;
        const pts = route(n);
        if (!pts.some((p) => visible(p.x, p.y, 400))) continue;
        this.lines.lineStyle(pass ? 4 : 2, pass ? COLOR.gold : 0x7d8aa0, pass ? 1 : 0.85);
        this.polyline(pts);
      }
    }
    this.lines.lineStyle(2, RECORD_GREEN, 1);
    for (const n of edges) {
      if (!n.onRecord) continue;
      const pts = route(n).map((p) => ({ x: p.x - 4, y: p.y + r + 5 }));
      if (!pts.some((p) => visible(p.x, p.y, 400))) continue;
      this.dashed(pts, 5, 4);
    }

    // Nodes: US round, DPRK square; filled for a player, hollow for the computer. Labels keep off them.
    const obstacles: Rect[] = [];
    for (const n of m.nodes) {
      const { x, y } = this.pos(n);
      if (!visible(x, y)) continue;
      this.drawNode(n, x, y, r);
      obstacles.push({ x: x - r - 2, y: y - r - 2, w: 2 * r + 4, h: 2 * r + 4 });
    }

    // Untried badges at a person's pending decisions.
    for (const n of m.nodes) {
      const untried = n.next?.untried ?? 0;
      if (untried <= 0) continue;
      const { x, y } = this.pos(n);
      if (!visible(x, y)) continue;
      const bx = x + r + 3;
      const by = y - r - 8;
      if (spacing < 13 && n.id !== selected && !n.current) {
        // Too tight for a number: a gold dot above the node, or nothing when the map is zoomed far out.
        if (spacing >= 7) {
          this.marks.fillStyle(COLOR.gold, 1);
          this.marks.fillCircle(x, y - r - 4, 1.8);
        }
        continue;
      }
      this.marks.fillStyle(COLOR.gold, 1);
      this.marks.fillCircle(bx, by, 7.5);
      this.marks.lineStyle(1, COLOR.ink, 1);
      this.marks.strokeCircle(bx, by, 7.5);
      const t = this.label(`badge:${n.id}`, String(untried), 11, '#0c1626', true);
      t.setOrigin(0.5).setPosition(bx, by + 0.5);
      used.add(`badge:${n.id}`);
      obstacles.push({ x: bx - 8, y: by - 8, w: 16, h: 16 });
    }

    // Labels by priority; a label that would overlap one already placed is left out.
    const placed: Rect[] = [...obstacles];
    /** Tries each position in turn (x, y: the anchor; the label's middle height sits at y). */
    const place = (key: string, text: string, at: readonly { x: number; y: number }[], opts: LabelOpts = {}): boolean => {
      const t = this.label(key, text, opts.size ?? 13, opts.color ?? CSS_COLOR.cream, opts.bold ?? false);
      t.setOrigin(opts.originX ?? 0, 0.5);
      const w = t.width + (opts.pill ? 10 : 0);
      const h = t.height + (opts.pill ? 4 : 0);
      for (const { x, y } of at) {
        const rect = { x: x - (opts.originX ?? 0) * w, y: y - h / 2, w, h };
        if (!inside(rect) || (!opts.force && placed.some((p) => overlaps(p, rect)))) continue;
        placed.push(rect);
        used.add(key);
        t.setPosition(x + (opts.pill ? 5 * (1 - 2 * (opts.originX ?? 0)) : 0), y).setVisible(true);
        if (opts.pill) {
          this.overlay.fillStyle(opts.pill, 0.92);
          this.overlay.fillRoundedRect(rect.x, rect.y, rect.w, rect.h, 5);
        }
        return true;
      }
      t.setVisible(false);
      return false;
    };

    // Where the endings go is kept clear of the selected node's card as well.
    const leafLabel = (n: MapNode) => (n.ending ? n.ending.title : n.current ? msg.map_in_play() : msg.map_left_unfinished());
    const reserved = m.nodes
      .filter((n) => n.children.length === 0 && n.parent !== null)
      .map((n) => {
        const { x, y } = this.pos(n);
        return { x: x + r + 16, y: y - 10, w: leafLabel(n).length * 8, h: 20 };
      });
    const selNode = selected !== null ? m.nodes[selected] : undefined;
    if (selNode) this.drawCard(selNode, r, placed, [...obstacles, ...reserved], used);
    const cur = m.nodes[m.current];
    {
      const { x, y } = this.pos(cur);
      const pill = { size: 12, color: '#0c1626', bold: true, originX: 0.5, pill: COLOR.gold };
      place(
        'here',
        msg.map_you_are_here(),
        [
          { x, y: y + r + 16 },
          { x, y: y - r - 26 },
        ],
        pill,
      );
    }
    for (const n of m.nodes) {
      if (n.children.length > 0 || n.parent === null) continue;
      const { x, y } = this.pos(n);
      const text = leafLabel(n);
      // Right of the leaf, clear of its flag and badge; else under it.
      place(
        `end:${n.id}`,
        text,
        [
          { x: x + r + 16, y },
          { x: x - 4, y: y + r + 30 },
        ],
        {
          size: 14,
          bold: n.ending !== null,
          color: n.ending ? CSS_COLOR.cream : '#b9c3d3',
        },
      );
    }
    const hoverNode = this.hover !== null && this.hover !== selected ? m.nodes[this.hover] : undefined;
    if (hoverNode) {
      const { x, y } = this.pos(hoverNode);
      place('hover', shortLabel(hoverNode.move, 40), [{ x, y: y - r - 24 }], {
        size: 13,
        originX: 0.5,
        pill: COLOR.navy,
        force: true,
      });
    }
    this.place0(m, r, place);
    this.hideUnused(used);
  }

  /** Line heads (where a branch starts: its first move) and, lower in priority, where each phase begins. */
  private place0(
    m: BranchModel,
    r: number,
    place: (key: string, text: string, at: readonly { x: number; y: number }[], opts?: LabelOpts) => boolean,
  ): void {
    const start = m.nodes[0];
    const s = this.pos(start);
    place('start', msg.slot_start(), [{ x: s.x - r - 8, y: s.y }], { size: 13, originX: 1, color: CSS_COLOR.gold });
    for (const line of m.lines) {
      const head = m.nodes[line.nodes[0]];
      if (!head.lineHead) continue;
      const { x, y } = this.pos(head);
      // Above the branch's first move, after its badge; else below the line.
      place(
        `head:${head.id}`,
        shortLabel(head.move, 34),
        [
          { x: x - 4, y: y - r - 14 },
          { x: x + r + 14, y: y - r - 14 },
          { x: x - 4, y: y + r + 30 },
        ],
        { size: 13, color: CSS_COLOR.cream },
      );
    }
    for (const line of m.lines) {
      let phase: string | null = line.from === null ? null : (m.nodes[line.from].phase ?? null);
      for (const id of line.nodes) {
        const n = m.nodes[id];
        if (!n.phase || n.phase === phase) continue;
        phase = n.phase;
        const { x, y } = this.pos(n);
        place(`phase:${id}`, PHASE_NAME[n.phase], [{ x: x - 2, y: y + r + 15 }], { size: 11, color: '#9fb0c8' });
      }
    }
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

  /**
   * The selected node's card: where it is, the move, who made it, its flags. Placed near the node where
   * it covers no node (above, below, or to a side), clamped into the map; hidden while the node is off it.
   */
  private drawCard(n: MapNode, r: number, placed: Rect[], obstacles: readonly Rect[], used: Set<string>): void {
    const { x, y } = this.pos(n);
    if (!this.inView(x, y)) return;
    const head = n.parent === null ? msg.branch_the_start() : msg.map_card_head({ depth: n.depth, who: n.who });
    const flags = [
      n.current ? msg.map_flag_current() : null,
      n.onRecord && n.parent !== null ? msg.map_flag_on_record() : null,
      n.ending ? msg.map_flag_ending({ ending: n.ending.title }) : null,
      n.next?.untried ? msg.map_flag_untried({ count: n.next.untried }) : null,
    ].filter(Boolean);
    const body = n.parent === null ? msg.map_before_first_move() : `${shortLabel(n.beatTitle, 44)}\n${shortLabel(n.move, 44)}`;
    const foot = n.current ? msg.map_stands_here() : msg.map_click_again();
    const text = [head, body, flags.join(' · '), foot].filter((s) => s !== '').join('\n');
    const t = this.label('card', text, 13, CSS_COLOR.cream, false).setOrigin(0, 0).setLineSpacing(3);
    used.add('card');
    const w = t.width + 20;
    const h = t.height + 14;
    const clamp = (cx: number, cy: number): Rect => ({
      x: Math.max(VIEW.x + 6, Math.min(VIEW.x + VIEW.w - w - 6, cx)),
      y: Math.max(VIEW.y + 4, Math.min(VIEW.y + VIEW.h - h - 4, cy)),
      w,
      h,
    });
    const candidates = [
      clamp(x - w / 2, y - r - 24 - h),
      clamp(x - w / 2, y + r + 36),
      clamp(x + r + 24, y - h / 2),
      clamp(x - r - 24 - w, y - h / 2),
      clamp(x + 30, y - r - 24 - h),
      clamp(x - w - 30, y - r - 24 - h),
      clamp(x + 30, y + r + 36),
      clamp(x - w - 30, y + r + 36),
    ];
    const covers = (c: Rect) =>
      obstacles.filter((o) => overlaps(o, c)).length +
      (overlaps(c, { x: x - r - 6, y: y - r - 6, w: 2 * r + 12, h: 2 * r + 12 }) ? 1000 : 0);
    let best = candidates[0];
    let least = Number.POSITIVE_INFINITY;
    for (const c of candidates) {
      const k = covers(c);
      if (k < least) {
        least = k;
        best = c;
      }
      if (k === 0) break;
    }
    this.cardBg.fillStyle(COLOR.night, 0.96);
    this.cardBg.fillRoundedRect(best.x, best.y, w, h, 6);
    this.cardBg.lineStyle(1.5, COLOR.gold, 1);
    this.cardBg.strokeRoundedRect(best.x, best.y, w, h, 6);
    t.setPosition(best.x + 10, best.y + 7)
      .setVisible(true)
      .setDepth(14);
    placed.push(best);
  }

  private label(key: string, text: string, size: number, color: string, bold: boolean): GameObjects.Text {
    let t = this.labels.get(key);
    if (!t) {
      t = this.onMap(
        this.add.text(0, 0, text, { fontFamily: SANS, fontSize: `${size}px`, color, fontStyle: bold ? 'bold' : 'normal' }),
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

interface LabelOpts {
  size?: number;
  color?: string;
  bold?: boolean;
  /** 0 places the label's left edge at x, 0.5 its centre, 1 its right edge. */
  originX?: number;
  /** A background pill of this colour. */
  pill?: number;
  /** Placed even over other labels (the hover tooltip). */
  force?: boolean;
}
