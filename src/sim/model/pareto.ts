/**
 * The Pareto frontier of raw utilities over every package that crosses no red line. It is computed
 * once by brute force (scripts/gen-pareto.ts writes paretoFrontier.data.ts; a test recomputes it),
 * so neither the game nor the debrief ever enumerates the 1.66 million packages.
 */
import { HISTORICAL_METERS } from './hidden.ts';
import { LEVEL_COUNTS } from './issues.ts';
import type { Package } from './package.ts';
import { PARETO_FRONTIER } from './paretoFrontier.data.ts';
import { rawUtility, redLine } from './utility.ts';

export interface FrontierPoint {
  readonly us: number;
  readonly dprk: number;
  readonly pkg: Package;
}

export function frontier(): readonly FrontierPoint[] {
  return PARETO_FRONTIER.map(([us, dprk, code]) => ({ us, dprk, pkg: decodePackage(code) }));
}

/** Mixed-radix code of a package (issue 1 least significant). */
export function encodePackage(pkg: Package): number {
  let code = 0;
  for (let i = pkg.length - 1; i >= 0; i--) code = code * LEVEL_COUNTS[i] + pkg[i];
  return code;
}

export function decodePackage(code: number): Package {
  const pkg: number[] = [];
  let rest = code;
  for (let i = 0; i < LEVEL_COUNTS.length; i++) {
    pkg.push(rest % LEVEL_COUNTS[i]);
    rest = Math.floor(rest / LEVEL_COUNTS[i]);
  }
  return pkg;
}

export function nearestFrontierDistance(us: number, dprk: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (const [fu, fd] of PARETO_FRONTIER) {
    // Points that dominate the outcome are the ones it falls short of.
    const du = Math.max(0, fu - us);
    const dd = Math.max(0, fd - dprk);
    const d = Math.hypot(du, dd);
    if (d < best) best = d;
  }
  return best;
}

/** Brute force over the whole package space; used by the generator and its test only. */
export function computeFrontier(): [number, number, number][] {
  const points: [number, number, number][] = [];
  const pkg = new Array<number>(LEVEL_COUNTS.length).fill(0);
  const total = LEVEL_COUNTS.reduce((a, b) => a * b, 1);
  for (let code = 0; code < total; code++) {
    let rest = code;
    for (let i = 0; i < LEVEL_COUNTS.length; i++) {
      pkg[i] = rest % LEVEL_COUNTS[i];
      rest = Math.floor(rest / LEVEL_COUNTS[i]);
    }
    if (redLine('us', pkg, HISTORICAL_METERS) || redLine('dprk', pkg, HISTORICAL_METERS)) continue;
    points.push([rawUtility('us', pkg), rawUtility('dprk', pkg), code]);
  }
  points.sort((a, b) => b[0] - a[0] || b[1] - a[1]);
  const front: [number, number, number][] = [];
  let bestDprk = Number.NEGATIVE_INFINITY;
  for (const p of points) {
    if (p[1] > bestDprk + 1e-12) {
      front.push([round(p[0]), round(p[1]), p[2]]);
      bestDprk = p[1];
    }
  }
  return front;
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
