/**
 * Plain screen geometry shared by the branch map's view, hit test and label placement: points,
 * rectangles and the tests between them. Pure: no DOM, no Phaser.
 */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** True when two rectangles share some area (touching edges do not count). */
export const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** True when `inner` lies wholly within `outer` (edges included). */
export const within = (inner: Rect, outer: Rect): boolean =>
  inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;

/** True when a point lies in the rectangle, grown by `margin` on every side (edges included). */
export const contains = (r: Rect, x: number, y: number, margin = 0): boolean =>
  x >= r.x - margin && x <= r.x + r.w + margin && y >= r.y - margin && y <= r.y + r.h + margin;
