/** The debrief chart's data: a seeded cloud of packages, the Pareto frontier and the marked points. */
import {
  frontier,
  LEVEL_COUNTS,
  OPTIONAL,
  type Package,
  type PresetId,
  rawUtility,
  rngStream,
  type Scores,
  seedRng,
} from '../sim/session/index.ts';
import { PRESETS } from './content.ts';
import { m } from './strings/catalogue.ts';

export interface Point {
  readonly us: number;
  readonly dprk: number;
}
export interface MarkedPoint extends Point {
  readonly id: string;
  readonly label: string;
}

export const REFERENCE_IDS: readonly PresetId[] = ['dprkHanoiOffer', 'usBigDeal', 'yongbyonPlus', 'smallDeal'];

const utilities = (pkg: Package): Point => ({ us: rawUtility('us', pkg), dprk: rawUtility('dprk', pkg) });

/** `n` random packages (uniform levels, no drills), the same for every game. */
export function packageCloud(n = 1500, seed = 20190228): Point[] {
  const draw = rngStream(seedRng(seed));
  const points: Point[] = [];
  for (let k = 0; k < n; k++) {
    const pkg = LEVEL_COUNTS.map((count, i) => (OPTIONAL[i] ? 0 : Math.floor(draw() * count)));
    points.push(utilities(pkg));
  }
  return points;
}

export function frontierPoints(): Point[] {
  return frontier()
    .map((p) => ({ us: p.us, dprk: p.dprk }))
    .sort((a, b) => a.us - b.us);
}

/** The reference packages and the game's outcome (a signed deal, or each side's walk-away value). */
export function markedPoints(agreement: Package | null, signed: boolean, scores: Scores | null): MarkedPoint[] {
  const refs = REFERENCE_IDS.map((id) => ({ id, label: PRESETS[id].name, ...utilities(PRESETS[id].pkg) }));
  const outcome: MarkedPoint | null =
    signed && agreement
      ? { id: 'outcome', label: m.chart_your_deal(), ...utilities(agreement) }
      : scores
        ? {
            id: 'outcome',
            label: m.chart_your_outcome_no_deal(),
            us: scores.us.utility,
            dprk: scores.dprk.utility,
          }
        : null;
  return outcome ? [...refs, outcome] : refs;
}
