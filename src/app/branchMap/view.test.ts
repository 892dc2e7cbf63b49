import { describe, expect, it } from 'vitest';
import type { Rect } from './geometry.ts';
import {
  centredOn,
  clampZoom,
  edgeRoute,
  fitted,
  GRID,
  MAX_ZOOM,
  type MapView,
  MIN_ZOOM,
  nodePoint,
  panned,
  revealing,
  toGrid,
  toScreen,
  zoomAbout,
} from './view.ts';

const VIEWPORT: Rect = { x: 0, y: 84, w: 900, h: 636 };
const VIEW: MapView = { zoom: 1.3, ox: 57, oy: 140 };

describe('the branch map view', () => {
  it('maps grid to screen and back', () => {
    const p = toScreen(VIEW, 7, 2);
    expect(p).toEqual({ x: 57 + 7 * GRID.dx * 1.3, y: 140 + 2 * GRID.dy * 1.3 });
    const g = toGrid(VIEW, p.x, p.y);
    expect(g.col).toBeCloseTo(7, 9);
    expect(g.row).toBeCloseTo(2, 9);
  });

  it('zooming about a point keeps that point fixed and scales distances from it', () => {
    for (const [x, y, factor] of [
      [300, 400, 1.25],
      [12, 700, 1 / 1.2],
      [899, 90, 2],
    ] as const) {
      const before = toGrid(VIEW, x, y);
      const next = zoomAbout(VIEW, x, y, factor);
      const after = toGrid(next, x, y);
      expect(after.col).toBeCloseTo(before.col, 9);
      expect(after.row).toBeCloseTo(before.row, 9);
      expect(next.zoom).toBeCloseTo(VIEW.zoom * factor, 9);
      const far = toScreen(next, before.col + 10, before.row);
      expect(far.x - x).toBeCloseTo(10 * GRID.dx * next.zoom, 9);
    }
  });

  it('clamps the zoom to its limits, and zooming at a limit moves nothing', () => {
    expect(clampZoom(100)).toBe(MAX_ZOOM);
    expect(clampZoom(0.01)).toBe(MIN_ZOOM);
    let v = VIEW;
    for (let i = 0; i < 30; i++) v = zoomAbout(v, 400, 300, 1.25);
    expect(v.zoom).toBe(MAX_ZOOM);
    expect(zoomAbout(v, 400, 300, 1.25)).toEqual(v);
    for (let i = 0; i < 60; i++) v = zoomAbout(v, 400, 300, 0.8);
    expect(v.zoom).toBe(MIN_ZOOM);
  });

  it('pans by the drag from where it began, keeping the zoom', () => {
    expect(panned(VIEW, 40, -25)).toEqual({ zoom: 1.3, ox: 97, oy: 115 });
  });

  it('fits a small tree whole inside the padded viewport, and centres the current node of a huge one', () => {
    const small = fitted(30, 3, { col: 12, row: 1 }, VIEWPORT);
    expect(small.zoom).toBeGreaterThanOrEqual(0.45);
    expect(small.zoom).toBeLessThanOrEqual(2);
    const last = toScreen(small, 29, 2);
    expect(small.ox).toBe(VIEWPORT.x + 70);
    expect(last.x).toBeLessThanOrEqual(VIEWPORT.x + VIEWPORT.w - 150 + 1e-9);
    expect(last.y).toBeLessThan(VIEWPORT.y + VIEWPORT.h);
    expect(toScreen(small, 0, 0).y).toBeGreaterThanOrEqual(VIEWPORT.y + 70);

    const huge = fitted(400, 12, { col: 250, row: 5 }, VIEWPORT);
    expect(huge.zoom).toBe(0.75);
    expect(nodePoint(huge, { col: 250, row: 5 })).toEqual({ x: VIEWPORT.x + VIEWPORT.w / 2, y: VIEWPORT.y + VIEWPORT.h / 2 });
  });

  it('reveals a node only when it is off the map or near its edges', () => {
    const inside = { col: 10, row: 2 };
    const p = nodePoint(VIEW, inside);
    expect(p.x).toBeGreaterThan(30);
    expect(revealing(VIEW, inside, VIEWPORT)).toBe(VIEW);
    const away = { col: 300, row: 9 };
    const moved = revealing(VIEW, away, VIEWPORT);
    expect(moved).toEqual(centredOn(VIEW.zoom, away, VIEWPORT));
    expect(nodePoint(moved, away)).toEqual({ x: 450, y: 84 + 318 });
  });

  it('routes an edge straight along a line, or down the branch point’s column and along the new line', () => {
    expect(edgeRoute({ x: 0, y: 10 }, { x: 18, y: 10 })).toEqual([
      { x: 0, y: 10 },
      { x: 18, y: 10 },
    ]);
    const drop = edgeRoute({ x: 0, y: 10 }, { x: 18, y: 74 });
    expect(drop[0]).toEqual({ x: 0, y: 10 });
    expect(drop.at(-1)).toEqual({ x: 18, y: 74 });
    expect(drop[1]).toEqual({ x: 0, y: 64 });
    for (let i = 1; i < drop.length; i++) {
      expect(drop[i].x).toBeGreaterThanOrEqual(drop[i - 1].x);
      expect(drop[i].y).toBeGreaterThanOrEqual(drop[i - 1].y);
    }
  });
});
