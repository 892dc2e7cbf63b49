/**
 * The concession chart's data (the "negotiation dance" of GENIUS and IAGO analyses): every offer made at
 * the table, in order, with what it is worth to the sides that may see it. On the table a seat sees only its
 * own values (the other side's are hidden), so `valuers` is that seat alone; after the game the debrief
 * shows both. Values come from the one value model (`Session.valueOf`): the number that decides.
 */
import type { OfferRecord, Package, Side } from '../sim/session/index.ts';

export interface ConcessionPoint {
  /** 1 for the first offer at the table. */
  readonly n: number;
  readonly by: Side;
  /** Clock minutes when it was made. */
  readonly at: number;
  /** What the offer is worth to each valuing side, 0–1. */
  readonly value: Partial<Record<Side, number>>;
}

export interface ConcessionSeries {
  readonly valuers: readonly Side[];
  readonly points: readonly ConcessionPoint[];
  /** Each valuing side's walk-away value, for the line under its offers. */
  readonly walkAway: Partial<Record<Side, number>>;
}

export function concessionSeries(
  offers: readonly Pick<OfferRecord, 'by' | 'pkg' | 'at'>[],
  valuers: readonly Side[],
  worth: (side: Side, pkg: Package) => number,
  walkAway: Partial<Record<Side, number>>,
): ConcessionSeries {
  const points = offers.map((o, i) => {
    const value: Partial<Record<Side, number>> = {};
    for (const side of valuers) value[side] = worth(side, o.pkg);
    return { n: i + 1, by: o.by, at: o.at, value };
  });
  const walk: Partial<Record<Side, number>> = {};
  for (const side of valuers) if (walkAway[side] !== undefined) walk[side] = walkAway[side];
  return { valuers, points, walkAway: walk };
}

/**
 * How far `by`'s offers moved toward the other side between its first and its last, as `valuer` measures:
 * for a side's own offers the value it gave up, for the other side's the value they came toward it.
 * Null with fewer than two offers by that side.
 */
export function movedToward(series: ConcessionSeries, by: Side, valuer: Side): number | null {
  const own = series.points.filter((p) => p.by === by);
  const first = own[0]?.value[valuer];
  const last = own[own.length - 1]?.value[valuer];
  if (own.length < 2 || first === undefined || last === undefined) return null;
  return by === valuer ? first - last : last - first;
}
