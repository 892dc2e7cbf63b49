/**
 * Measures one fit candidate in a process of its own (./evaluate.ts; why a process: see there) and
 * returns its figures. Shared by the weight fit and the bridge fit.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Weights } from './params.ts';
import type { Values } from './values.ts';

const EVALUATE = fileURLToPath(new URL('./evaluate.ts', import.meta.url));

/** What the DPRK believes of the US before the talks: the deal-maker type's emphasis and its prior. */
export interface BeliefCandidate {
  readonly emphasis: Readonly<Record<string, number>>;
  readonly prior: number;
}

export interface Evaluation {
  readonly openings: {
    readonly us: { readonly meanIssuesDiffering: number } & Record<string, unknown>;
    readonly dprk: { readonly meanIssuesDiffering: number } & Record<string, unknown>;
  } & Record<string, unknown>;
  readonly calibration: {
    readonly seeds: number;
    readonly usWalksWithCohen: number;
    readonly bridgesWithoutCohen: number;
    readonly bridgeDistances: readonly number[];
  };
  readonly reference: unknown;
  readonly referenceErrors: readonly number[];
  /** Null for a weights-only candidate (the weight fit does not read it). */
  readonly nash: {
    readonly nash: readonly number[] | null;
    readonly issuesApart: number | null;
    readonly withinTwoShare: number;
    readonly differs: readonly unknown[];
    readonly bridgeSurplus: { readonly us: number; readonly dprk: number } | null;
  } | null;
}

export function evaluateCandidate(
  candidate: Weights | { readonly weights?: Weights; readonly values?: Values; readonly belief?: BeliefCandidate },
  seeds: number,
  calibrationSeeds: number,
): Evaluation {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', EVALUATE, JSON.stringify(candidate), String(seeds), String(calibrationSeeds)],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  const parsed = JSON.parse(out) as Evaluation | { error: string };
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed;
}
