import { describe, expect, it } from 'vitest';
import type { Rect } from './geometry.ts';
import { hitRadius, nodeAt } from './hitTest.ts';
import { type MapView, nodePoint } from './view.ts';

const VIEWPORT: Rect = { x: 0, y: 84, w: 900, h: 636 };
const VIEW: MapView = { zoom: 1, ox: 100, oy: 200 };
const NODES = [
  { id: 0, col: 0, row: 0 },
  { id: 1, col: 1, row: 0 },
  { id: 2, col: 2, row: 0 },
  { id: 3, col: 2, row: 1 },
];

describe('the branch map hit test', () => {
  it('a radius from 9 to 14 pixels that grows with the zoom', () => {
    expect(hitRadius(0.3)).toBe(9);
    expect(hitRadius(1)).toBeCloseTo(18 * 0.6, 9);
    expect(hitRadius(3)).toBe(14);
  });

  it('finds the node under the pointer, and the nearest of two within reach', () => {
    const p1 = nodePoint(VIEW, NODES[1]);
    expect(nodeAt(NODES, VIEW, VIEWPORT, p1.x, p1.y)).toBe(1);
    // Between nodes 1 and 2 (18 px apart), a little nearer 2.
    expect(nodeAt(NODES, VIEW, VIEWPORT, p1.x + 10, p1.y)).toBe(2);
    expect(nodeAt(NODES, VIEW, VIEWPORT, p1.x + 8, p1.y)).toBe(1);
  });

  it('finds nothing beyond the radius, and nothing outside the viewport', () => {
    const p3 = nodePoint(VIEW, NODES[3]);
    const r = hitRadius(VIEW.zoom);
    expect(nodeAt(NODES, VIEW, VIEWPORT, p3.x, p3.y + r - 0.5)).toBe(3);
    expect(nodeAt(NODES, VIEW, VIEWPORT, p3.x, p3.y + r + 0.5)).toBeNull();
    const off = { zoom: 1, ox: 100, oy: 80 };
    const p0 = nodePoint(off, NODES[0]);
    expect(p0.y).toBeLessThan(VIEWPORT.y);
    expect(nodeAt(NODES, off, VIEWPORT, p0.x, p0.y)).toBeNull();
  });
});
