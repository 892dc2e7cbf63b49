/** Many seeded games with computer seats: the engine behind `npm run simulate` and the calibration tests. */

import type { Settings } from '../machine/types.ts';
import type { EndingId, SeatKind } from '../model/ids.ts';
import { scoreOutcome } from '../model/outcome.ts';
import { Session } from './session.ts';
import { normalizeSettings, type SettingsInput } from './settings.ts';

export interface BatchOptions {
  readonly runs: number;
  readonly seed: number;
  readonly seats: { readonly us: Exclude<SeatKind, 'human'>; readonly dprk: Exclude<SeatKind, 'human'> };
  readonly settings?: Omit<SettingsInput, 'seats'>;
}

export interface BatchSummary {
  readonly runs: number;
  readonly endings: Partial<Record<EndingId, number>>;
  readonly meanScore: { readonly us: number; readonly dprk: number };
  readonly eventsPerRun: number;
}

/** The seed of run `r` in a batch started from `seed`. */
export const runSeed = (seed: number, r: number): number => (seed + Math.imul(r, 0x9e3779b1)) >>> 0;

export function playToEnd(settings: Settings, seed: number): Session {
  const session = Session.start(settings, seed);
  session.runAuto();
  if (!session.over) throw new Error(`Game with seed ${seed} did not finish`);
  return session;
}

export function simulateBatch(options: BatchOptions): BatchSummary {
  const settings = normalizeSettings({ mode: 'open', ...options.settings, seats: options.seats });
  const endings: Partial<Record<EndingId, number>> = {};
  let us = 0;
  let dprk = 0;
  let events = 0;
  for (let r = 0; r < options.runs; r++) {
    const session = playToEnd(settings, runSeed(options.seed, r));
    const ctx = session.context;
    const ending = ctx.ending as EndingId;
    endings[ending] = (endings[ending] ?? 0) + 1;
    const scores = scoreOutcome(ctx.signed ? ctx.valuation : null, ctx.meters);
    us += scores.us.surplus;
    dprk += scores.dprk.surplus;
    events += session.log().length;
  }
  const n = Math.max(1, options.runs);
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  const sorted = Object.fromEntries(Object.entries(endings).sort(([a], [b]) => a.localeCompare(b)));
  return {
    runs: options.runs,
    endings: sorted,
    meanScore: { us: round(us / n), dprk: round(dprk / n) },
    eventsPerRun: round(events / n),
  };
}
