/**
 * Which node of the branch map a pointer is on: the nearest node within a radius that grows with the
 * zoom (9 to 14 pixels), and none outside the viewport. Pure: no DOM, no Phaser.
 */
import type { MapNode } from '../branchModel.ts';
import type { Rect } from './geometry.ts';
import { GRID, inViewport, type MapView, nodePoint } from './view.ts';

/** How far from a node's centre a pointer still picks it, in screen pixels. */
export const hitRadius = (zoom: number): number => Math.max(9, Math.min(14, GRID.dx * zoom * 0.6));

export function nodeAt(
  nodes: readonly Pick<MapNode, 'id' | 'col' | 'row'>[],
  view: MapView,
  viewport: Rect,
  x: number,
  y: number,
): number | null {
  if (!inViewport(viewport, x, y)) return null;
  let best: number | null = null;
  let bestD = hitRadius(view.zoom) ** 2;
  for (const n of nodes) {
    const p = nodePoint(view, n);
    const d = (p.x - x) ** 2 + (p.y - y) ** 2;
    if (d <= bestD) {
      bestD = d;
      best = n.id;
    }
  }
  return best;
}
