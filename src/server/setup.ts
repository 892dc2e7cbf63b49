/**
 * A class's set-up as the teacher chooses it, checked like any untrusted input, and the table plan it
 * gives: how many tables, which seats are students and which the computer, and each table's seed.
 * Students vs students pairs them (an odd one out plays the computer); students vs the computer gives
 * each student a table, alternating the US and DPRK seats. Every table starts at the same start point
 * (`start`: beginning, eve, day2 or dispute) and length (`length`: full or class), given at the top of
 * the set-up or inside `game`. Or every table starts where a shared game stood (`from`: its share code
 * or link, the path a teacher played to a point): that game's settings and seed, every table alike.
 */

import type { Side } from '../sim/session/index.ts';
import { Session } from '../sim/session/session.ts';
import { normalizeSettings, SettingsError } from '../sim/session/settings.ts';
import { replayShareCode } from '../sim/session/shareCode.ts';
import { newSeed } from './secrets.ts';

export const MAX_STUDENTS = 60;
/** The longest soft round timer a class may set, in minutes (a lesson is about 45). */
export const MAX_ROUND_MINUTES = 60;

export interface ClassSetup {
  /** How many students the class expects (tables are made for them at set-up). */
  readonly students: number;
  readonly pairing: 'pairs' | 'computer';
  /** One seed for every table (tables comparable), or a seed each. */
  readonly seeds: 'same' | 'different';
  /** The game's settings for every table, without seats (the plan sets those). */
  readonly game: Readonly<Record<string, unknown>>;
  /**
   * An assessment: the debrief link each student gets opens their game for review (earlier choices can
   * be looked at, not changed), as the briefing's lock does. Play in a class is locked anyway: the
   * server holds the game and a seat cannot rewind.
   */
  readonly locked?: boolean;
  /**
   * A soft round timer: minutes for each phase of each table's game. When they run out the table is
   * told time is up (a `CALL_TIME` move in its log); nobody is moved for, and a pause stops the clock.
   */
  readonly roundMinutes?: number;
  /** A shared game every table starts from: its code, and the seed it was played with. */
  readonly from?: { readonly code: string; readonly seed: number };
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
  if (input.locked !== undefined && typeof input.locked !== 'boolean')
    return { ok: false, message: '"locked" must be true or false.' };
  const lock = input.locked === true ? { locked: true } : {};
  const { roundMinutes } = input;
  const timed = roundMinutes !== undefined && roundMinutes !== null && roundMinutes !== 0;
  if (
    timed &&
    (!Number.isSafeInteger(roundMinutes) || (roundMinutes as number) < 1 || (roundMinutes as number) > MAX_ROUND_MINUTES)
  )
    return {
      ok: false,
      message: `"roundMinutes" must be a whole number of minutes from 1 to ${MAX_ROUND_MINUTES}, or 0 for no timer.`,
    };
  const extras = { ...lock, ...(timed ? { roundMinutes: roundMinutes as number } : {}) };
  if (input.from !== undefined && input.from !== '') {
    const from = sharedStart(input.from);
    if ('message' in from) return { ok: false, message: from.message };
    return {
      ok: true,
      setup: {
        students: students as number,
        pairing,
        seeds: 'same',
        game: from.game,
        from: { code: from.code, seed: from.seed },
        ...extras,
      },
    };
  }
  return { ok: true, setup: { students: students as number, pairing, seeds, game, ...extras } };
}

/** The code in a share link (`…?code=…`) or the code itself. */
const codeIn = (text: string): string => /[?&]code=([^&#\s]+)/.exec(text)?.[1] ?? text.trim();

/**
 * A shared game as the start of every table: it must replay exactly here (a move that no longer fits
 * would start the tables somewhere the teacher did not pick). Its settings, without seats, and its seed.
 */
function sharedStart(input: unknown): { code: string; seed: number; game: Record<string, unknown> } | { message: string } {
  if (typeof input !== 'string') return { message: '"from" must be a share link or code.' };
  const code = codeIn(input);
  try {
    const { session, dropped } = replayShareCode(code, { strict: true });
    if (dropped > 0) return { message: 'The shared game cannot be replayed exactly here.' };
    const { seats: _seats, ...game } = session.settings;
    return { code, seed: session.seed, game };
  } catch (err) {
    return { message: `The shared game cannot be used: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** The tables for a set-up; seeds are drawn by `seed` (crypto-random by default). */
export function planTables(setup: ClassSetup, seed: () => number = newSeed): TablePlan[] {
  const shared = setup.from ? setup.from.seed : setup.seeds === 'same' ? seed() : null;
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

/**
 * A table's game at the start of the class: new, or the shared game's moves replayed with this table's
 * seats (the moves are the same whoever made them; a computer seat then plays on from there).
 */
export function tableSession(setup: ClassSetup, plan: TablePlan): Session {
  if (!setup.from) return Session.start(tableSettings(setup, plan), plan.seed);
  const shared = replayShareCode(setup.from.code, { strict: true }).session;
  return Session.replay(plan.seed, tableSettings(setup, plan), shared.log());
}

export const seatLabel = (table: number, side: Side) => `${side === 'us' ? 'US' : 'DPRK'}-${table}`;
