/**
 * The branch map's view transform: where the grid of the branch model (column = move number, row =
 * line) lands on the screen, and how panning, zooming, fitting and revealing move it. A view is a
 * value; every function returns a new one. Zoom spreads the grid, not the marks drawn on it. Pure: no
 * DOM, no Phaser, so the scene only draws and forwards input.
 */
import type { MapNode } from '../branchModel.ts';
import { contains, type Point, type Rect } from './geometry.ts';

/** Grid spacing at zoom 1. */
export const GRID = { dx: 18, dy: 64 } as const;
export const MIN_ZOOM = 0.3;
export const MAX_ZOOM = 3;
/** Room kept free at the left and right of a fitted tree (the right for ending labels). */
const PAD_LEFT = 70;
const PAD_RIGHT = 150;
/** Below this zoom a fitted tree is too small to read, so the view centres the current node instead. */
const READABLE_FIT = 0.45;
const UNFITTED_ZOOM = 0.75;

/** Screen position of the grid's origin (column 0, row 0) and the zoom. */
export interface MapView {
  readonly zoom: number;
  readonly ox: number;
  readonly oy: number;
}

type GridCell = Pick<MapNode, 'col' | 'row'>;

export const clampZoom = (zoom: number): number => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));

/** Grid to screen. */
export function toScreen(view: MapView, col: number, row: number): Point {
  return { x: view.ox + col * GRID.dx * view.zoom, y: view.oy + row * GRID.dy * view.zoom };
}

/** Screen to grid (fractional column and row). */
export function toGrid(view: MapView, x: number, y: number): { col: number; row: number } {
  return { col: (x - view.ox) / (GRID.dx * view.zoom), row: (y - view.oy) / (GRID.dy * view.zoom) };
}

export const nodePoint = (view: MapView, n: GridCell): Point => toScreen(view, n.col, n.row);

/** Zooms by `factor` about a screen point, which stays where it is; the zoom is kept within its limits. */
export function zoomAbout(view: MapView, x: number, y: number, factor: number): MapView {
  const zoom = clampZoom(view.zoom * factor);
  const k = zoom / view.zoom;
  return { zoom, ox: x - (x - view.ox) * k, oy: y - (y - view.oy) * k };
}

/** The view dragged by (dx, dy) screen pixels from where the drag began. */
export function panned(start: MapView, dx: number, dy: number): MapView {
  return { ...start, ox: start.ox + dx, oy: start.oy + dy };
}

/** The view at `zoom` with a node in the middle of the viewport. */
export function centredOn(zoom: number, n: GridCell, viewport: Rect): MapView {
  return {
    zoom,
    ox: viewport.x + viewport.w / 2 - n.col * GRID.dx * zoom,
    oy: viewport.y + viewport.h / 2 - n.row * GRID.dy * zoom,
  };
}

/** Fits the whole tree when it fits at a readable size (never above zoom 2); otherwise centres `current`. */
export function fitted(cols: number, rows: number, current: GridCell, viewport: Rect): MapView {
  const width = Math.max(1, (cols - 1) * GRID.dx);
  const height = Math.max(1, (rows - 1) * GRID.dy);
  const fit = Math.min((viewport.w - PAD_LEFT - PAD_RIGHT) / width, (viewport.h - 120) / height, 2);
  if (fit < READABLE_FIT) return centredOn(UNFITTED_ZOOM, current, viewport);
  return { zoom: fit, ox: viewport.x + PAD_LEFT, oy: viewport.y + Math.max(70, (viewport.h - height * fit) / 2) };
}

/** The same view if the node shows clear of the viewport's edges; otherwise the view centred on it. */
export function revealing(view: MapView, n: GridCell, viewport: Rect): MapView {
  const { x, y } = nodePoint(view, n);
  const clear =
    x >= viewport.x + 30 && x <= viewport.x + viewport.w - 60 && y >= viewport.y + 50 && y <= viewport.y + viewport.h - 40;
  return clear ? view : centredOn(view.zoom, n, viewport);
}

/** True when a screen point is in the viewport (`margin` pixels around it count too). */
export const inViewport = (viewport: Rect, x: number, y: number, margin = 0): boolean => contains(viewport, x, y, margin);

/**
 * The drawn route of an edge from a parent to a child: straight along a line, or a drop in the branch
 * point's column and then along the new line, with a rounded corner.
 */
export function edgeRoute(a: Point, b: Point): Point[] {
  if (a.y === b.y) return [a, b];
  const bend = Math.min(10, Math.abs(b.y - a.y) / 2, Math.abs(b.x - a.x));
  const dir = b.y > a.y ? 1 : -1;
  return [a, { x: a.x, y: b.y - dir * bend }, { x: a.x + bend * 0.3, y: b.y - dir * bend * 0.3 }, { x: a.x + bend, y: b.y }, b];
}
