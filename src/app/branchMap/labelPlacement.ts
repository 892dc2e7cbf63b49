/**
 * Where the branch map's marks and labels go for one view: the node size, the untried-choice badges,
 * the selected node's card and the labels, placed by priority so that none overlaps a node, a badge or
 * a label placed before it, and none leaves the viewport; a label with no free position is left out.
 * Priority: the card, "You are here", the endings at the leaves, the hover tooltip (which alone may
 * cover other labels), "Start", the heads of branches, then where each phase begins.
 *
 * Text is measured by the caller (`measure`: the scene passes Phaser's text metrics), never estimated
 * from the number of letters. Colours are the scene's; sizes are here because they take room. Pure:
 * no DOM, no Phaser.
 */
import { type BranchModel, type MapNode, shortLabel } from '../branchModel.ts';
import { PHASE_NAME } from '../labels.ts';
// `msg`, not `m`: the functions here call their model `m`.
import { m as msg } from '../strings/catalogue.ts';
import { overlaps, type Point, type Rect, within } from './geometry.ts';
import { GRID, inViewport, type MapView, nodePoint } from './view.ts';

export interface Font {
  readonly size: number;
  readonly bold: boolean;
  /** Extra pixels between lines of a multi-line text. */
  readonly lineSpacing?: number;
}

export interface TextSize {
  readonly width: number;
  readonly height: number;
}

/** The rendered size of a text in a font. */
export type Measure = (text: string, font: Font) => TextSize;

/** What a label says about the map; the scene picks its colour (and its pill's) from this. */
export type LabelKind = 'here' | 'ending' | 'unfinished' | 'hover' | 'start' | 'head' | 'phase';

export const LABEL_FONT: Readonly<Record<LabelKind | 'badge' | 'card', Font>> = {
  here: { size: 12, bold: true },
  ending: { size: 14, bold: true },
  unfinished: { size: 14, bold: false },
  hover: { size: 13, bold: false },
  start: { size: 13, bold: false },
  head: { size: 13, bold: false },
  phase: { size: 11, bold: false },
  badge: { size: 11, bold: true },
  card: { size: 13, bold: false, lineSpacing: 3 },
};

/** Labels drawn on a pill: its padding around the text. */
const PILL_KINDS: ReadonlySet<LabelKind> = new Set(['here', 'hover']);
const PILL_PAD = { w: 10, h: 4 } as const;

export interface PlacedLabel {
  /** Stable across redraws (the scene keeps one text object per key). */
  readonly key: string;
  readonly kind: LabelKind;
  readonly text: string;
  /** The room it takes (its pill, if it has one). */
  readonly rect: Rect;
  /** Where the text goes, and its origin: 0 left, 0.5 centre, 1 right; vertically it is centred on y. */
  readonly at: Point;
  readonly originX: number;
  readonly pill: boolean;
}

export interface Badge {
  readonly id: number;
  readonly at: Point;
  /** A number in a disc, or, when the map is too tight for a number, a dot above the node. */
  readonly shape: 'number' | 'dot';
  readonly untried: number;
}

export interface Card {
  readonly id: number;
  readonly text: string;
  readonly rect: Rect;
  /** The text's top-left corner. */
  readonly at: Point;
}

export interface MapLayout {
  /** Grid spacing on screen and the node radius that follows from it. */
  readonly spacing: number;
  readonly radius: number;
  /** Nodes near enough to the viewport to draw, with their screen positions. */
  readonly nodes: readonly { readonly node: MapNode; readonly at: Point }[];
  readonly badges: readonly Badge[];
  readonly card: Card | null;
  readonly labels: readonly PlacedLabel[];
}

export interface LayoutInput {
  readonly model: BranchModel;
  readonly view: MapView;
  readonly viewport: Rect;
  readonly selected: number | null;
  readonly hover: number | null;
  readonly measure: Measure;
}

/** How far outside the viewport a node is still drawn (its marks may reach in). */
const DRAW_MARGIN = 40;

/** The text at a leaf: its ending, or where the game stands, or a branch left unfinished. */
export const leafLabel = (n: MapNode): string =>
  n.ending ? n.ending.title : n.current ? msg.map_in_play() : msg.map_left_unfinished();

const isLeaf = (n: MapNode) => n.children.length === 0 && n.parent !== null;

export function layoutMap({ model: m, view, viewport, selected, hover, measure }: LayoutInput): MapLayout {
  const spacing = GRID.dx * view.zoom;
  const r = Math.max(1.6, Math.min(6.5, spacing * 0.34));
  const pos = (n: MapNode) => nodePoint(view, n);

  const nodes: { node: MapNode; at: Point }[] = [];
  const obstacles: Rect[] = [];
  for (const node of m.nodes) {
    const at = pos(node);
    if (!inViewport(viewport, at.x, at.y, DRAW_MARGIN)) continue;
    nodes.push({ node, at });
    obstacles.push({ x: at.x - r - 2, y: at.y - r - 2, w: 2 * r + 4, h: 2 * r + 4 });
  }

  // Untried badges at a person's pending decisions.
  const badges: Badge[] = [];
  for (const { node: n, at } of nodes) {
    const untried = n.next?.untried ?? 0;
    if (untried <= 0) continue;
    if (spacing < 13 && n.id !== selected && !n.current) {
      // Too tight for a number: a dot, or nothing when the map is zoomed far out.
      if (spacing >= 7) badges.push({ id: n.id, at: { x: at.x, y: at.y - r - 4 }, shape: 'dot', untried });
      continue;
    }
    const b = { x: at.x + r + 3, y: at.y - r - 8 };
    badges.push({ id: n.id, at: b, shape: 'number', untried });
    obstacles.push({ x: b.x - 8, y: b.y - 8, w: 16, h: 16 });
  }

  const placed: Rect[] = [...obstacles];
  const labels: PlacedLabel[] = [];
  /** Tries each anchor in turn (the label's middle height sits at the anchor's y). */
  const place = (key: string, kind: LabelKind, text: string, anchors: readonly Point[], originX = 0): void => {
    const pill = PILL_KINDS.has(kind);
    const size = measure(text, LABEL_FONT[kind]);
    const w = size.width + (pill ? PILL_PAD.w : 0);
    const h = size.height + (pill ? PILL_PAD.h : 0);
    const force = kind === 'hover';
    for (const { x, y } of anchors) {
      const rect = { x: x - originX * w, y: y - h / 2, w, h };
      if (!within(rect, viewport) || (!force && placed.some((p) => overlaps(p, rect)))) continue;
      placed.push(rect);
      const at = { x: x + (pill ? (PILL_PAD.w / 2) * (1 - 2 * originX) : 0), y };
      labels.push({ key, kind, text, rect, at, originX, pill });
      return;
    }
  };

  // Where the endings go is kept clear of the selected node's card as well.
  const reserved = m.nodes.filter(isLeaf).map((n) => {
    const { x, y } = pos(n);
    const kind = n.ending ? 'ending' : 'unfinished';
    return { x: x + r + 16, y: y - 10, w: measure(leafLabel(n), LABEL_FONT[kind]).width, h: 20 };
  });
  const selNode = selected !== null ? m.nodes[selected] : undefined;
  const card = selNode ? placeCard(selNode, pos(selNode), r, viewport, [...obstacles, ...reserved], measure) : null;
  if (card) placed.push(card.rect);

  const cur = pos(m.nodes[m.current]);
  place(
    'here',
    'here',
    msg.map_you_are_here(),
    [
      { x: cur.x, y: cur.y + r + 16 },
      { x: cur.x, y: cur.y - r - 26 },
    ],
    0.5,
  );
  for (const n of m.nodes) {
    if (!isLeaf(n)) continue;
    const { x, y } = pos(n);
    // Right of the leaf, clear of its flag and badge; else under it.
    place(`end:${n.id}`, n.ending ? 'ending' : 'unfinished', leafLabel(n), [
      { x: x + r + 16, y },
      { x: x - 4, y: y + r + 30 },
    ]);
  }
  const hoverNode = hover !== null && hover !== selected ? m.nodes[hover] : undefined;
  if (hoverNode) {
    const { x, y } = pos(hoverNode);
    place('hover', 'hover', shortLabel(hoverNode.move, 40), [{ x, y: y - r - 24 }], 0.5);
  }
  const s = pos(m.nodes[0]);
  place('start', 'start', msg.slot_start(), [{ x: s.x - r - 8, y: s.y }], 1);
  // Line heads (where a branch starts: its first move): above it, after its badge; else below the line.
  for (const line of m.lines) {
    const head = m.nodes[line.nodes[0]];
    if (!head.lineHead) continue;
    const { x, y } = pos(head);
    place(`head:${head.id}`, 'head', shortLabel(head.move, 34), [
      { x: x - 4, y: y - r - 14 },
      { x: x + r + 14, y: y - r - 14 },
      { x: x - 4, y: y + r + 30 },
    ]);
  }
  // Lowest in priority: where each phase begins along each line.
  for (const line of m.lines) {
    let phase: string | null = line.from === null ? null : (m.nodes[line.from].phase ?? null);
    for (const id of line.nodes) {
      const n = m.nodes[id];
      if (!n.phase || n.phase === phase) continue;
      phase = n.phase;
      const { x, y } = pos(n);
      place(`phase:${id}`, 'phase', PHASE_NAME[n.phase], [{ x: x - 2, y: y + r + 15 }]);
    }
  }
  return { spacing, radius: r, nodes, badges, card, labels };
}

/** The card's text: where the node is, the move, who made it, its flags, and what a click does. */
export function cardText(n: MapNode): string {
  const head = n.parent === null ? msg.branch_the_start() : msg.map_card_head({ depth: n.depth, who: n.who });
  const flags = [
    n.current ? msg.map_flag_current() : null,
    n.onRecord && n.parent !== null ? (n.inferred ? msg.map_flag_inferred() : msg.map_flag_on_record()) : null,
    n.ending ? msg.map_flag_ending({ ending: n.ending.title }) : null,
    n.next?.untried ? msg.map_flag_untried({ count: n.next.untried }) : null,
  ].filter(Boolean);
  const body = n.parent === null ? msg.map_before_first_move() : `${shortLabel(n.beatTitle, 44)}\n${shortLabel(n.move, 44)}`;
  const foot = n.current ? msg.map_stands_here() : msg.map_click_again();
  return [head, body, flags.join(' · '), foot].filter((s) => s !== '').join('\n');
}

/**
 * The selected node's card, placed near the node where it covers the fewest obstacles (above, below,
 * to a side, or diagonally), never over the node itself, and clamped into the viewport; none while the
 * node is outside the viewport.
 */
function placeCard(n: MapNode, at: Point, r: number, viewport: Rect, obstacles: readonly Rect[], measure: Measure): Card | null {
  const { x, y } = at;
  if (!inViewport(viewport, x, y)) return null;
  const text = cardText(n);
  const size = measure(text, LABEL_FONT.card);
  const w = size.width + 20;
  const h = size.height + 14;
  const clamp = (cx: number, cy: number): Rect => ({
    x: Math.max(viewport.x + 6, Math.min(viewport.x + viewport.w - w - 6, cx)),
    y: Math.max(viewport.y + 4, Math.min(viewport.y + viewport.h - h - 4, cy)),
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
  const self = { x: x - r - 6, y: y - r - 6, w: 2 * r + 12, h: 2 * r + 12 };
  const covers = (c: Rect) => obstacles.filter((o) => overlaps(o, c)).length + (overlaps(c, self) ? 1000 : 0);
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
  return { id: n.id, text, rect: best, at: { x: best.x + 10, y: best.y + 7 } };
}
