/**
 * A class's set-up as the teacher chooses it, checked like any untrusted input, and the table plan it
 * gives: how many tables, which seats are students and which the computer, and each table's seed.
 * Students vs students pairs them (an odd one out plays the computer); students vs the computer gives
 * each student a table, alternating the US and DPRK seats. Every table starts at the same start point
 * (`start`: beginning, eve, day2 or dispute) and length (`length`: full or class), given at the top of
 * the set-up or inside `game`.
 */

import type { Side } from '../sim/session/index.ts';
import { normalizeSettings, SettingsError } from '../sim/session/settings.ts';
import { newSeed } from './secrets.ts';

export const MAX_STUDENTS = 60;

export interface ClassSetup {
  /** How many students the class expects (tables are made for them at set-up). */
  readonly students: number;
  readonly pairing: 'pairs' | 'computer';
  /** One seed for every table (tables comparable), or a seed each. */
  readonly seeds: 'same' | 'different';
  /** The game's settings for every table, without seats (the plan sets those). */
  readonly game: Readonly<Record<string, unknown>>;
}

export interface TablePlan {
  /** 1-based, as the dashboard labels it (US-3 / DPRK-3). */
  readonly number: number;
  readonly seed: number;
  readonly seats: Readonly<Record<Side, 'human' | 'ai'>>;
}

export type SetupResult = { readonly ok: true; readonly setup: ClassSetup } | { readonly ok: false; readonly message: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseSetup(input: unknown): SetupResult {
  if (!isObject(input)) return { ok: false, message: 'The set-up must be an object.' };
  const { students, pairing = 'pairs', seeds = 'different', game: gameIn = {}, start, length } = input;
  if (!Number.isSafeInteger(students) || (students as number) < 1 || (students as number) > MAX_STUDENTS) {
    return { ok: false, message: `"students" must be a whole number from 1 to ${MAX_STUDENTS}.` };
  }
  if (pairing !== 'pairs' && pairing !== 'computer') return { ok: false, message: '"pairing" must be "pairs" or "computer".' };
  if (seeds !== 'same' && seeds !== 'different') return { ok: false, message: '"seeds" must be "same" or "different".' };
  if (!isObject(gameIn) || 'seats' in gameIn) return { ok: false, message: '"game" must be the game settings without seats.' };
  // The start point and length may be given at the top of the set-up; they go into every table's settings.
  for (const [key, value] of [
    ['start', start],
    ['length', length],
  ] as const) {
    if (value !== undefined && gameIn[key] !== undefined && gameIn[key] !== value)
      return { ok: false, message: `"${key}" is given twice, with two different values.` };
  }
  const game = {
    ...gameIn,
    ...(start === undefined ? {} : { start }),
    ...(length === undefined ? {} : { length }),
  };
  try {
    normalizeSettings({ ...game, seats: { us: 'human', dprk: 'human' } });
  } catch (err) {
    if (err instanceof SettingsError) return { ok: false, message: `Game settings: ${err.message}` };
    throw err;
  }
  return { ok: true, setup: { students: students as number, pairing, seeds, game } };
}

/** The tables for a set-up; seeds are drawn by `seed` (crypto-random by default). */
export function planTables(setup: ClassSetup, seed: () => number = newSeed): TablePlan[] {
  const shared = setup.seeds === 'same' ? seed() : null;
  const seedOf = () => shared ?? seed();
  if (setup.pairing === 'computer') {
    return Array.from({ length: setup.students }, (_, i) => ({
      number: i + 1,
      seed: seedOf(),
      seats: i % 2 === 0 ? { us: 'human', dprk: 'ai' } : { us: 'ai', dprk: 'human' },
    }));
  }
  const pairs = Math.floor(setup.students / 2);
  const tables: TablePlan[] = Array.from({ length: pairs }, (_, i) => ({
    number: i + 1,
    seed: seedOf(),
    seats: { us: 'human', dprk: 'human' },
  }));
  if (setup.students % 2 === 1) tables.push({ number: pairs + 1, seed: seedOf(), seats: { us: 'human', dprk: 'ai' } });
  return tables;
}

/** The settings a table's Session starts with. */
export const tableSettings = (setup: ClassSetup, plan: TablePlan) => ({ ...setup.game, seats: plan.seats });

export const seatLabel = (table: number, side: Side) => `${side === 'us' ? 'US' : 'DPRK'}-${table}`;
