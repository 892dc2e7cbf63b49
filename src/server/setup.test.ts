import { describe, expect, it } from 'vitest';
import { parseSetup, planTables } from './setup.ts';

describe('class set-up', { timeout: 10_000 }, () => {
  const setup = (input: unknown) => {
    const parsed = parseSetup(input);
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.setup;
  };
  let n = 0;
  const counter = () => ++n;

  it('pairs students, and an odd one out plays the computer', () => {
    const tables = planTables(setup({ students: 5 }), counter);
    expect(tables.map((t) => t.seats)).toEqual([
      { us: 'human', dprk: 'human' },
      { us: 'human', dprk: 'human' },
      { us: 'human', dprk: 'ai' },
    ]);
    expect(new Set(tables.map((t) => t.seed)).size).toBe(3);
  });

  it('gives each student a table against the computer, alternating sides, with one seed if asked', () => {
    const tables = planTables(setup({ students: 3, pairing: 'computer', seeds: 'same' }), counter);
    expect(tables.map((t) => t.seats.us)).toEqual(['human', 'ai', 'human']);
    expect(new Set(tables.map((t) => t.seed)).size).toBe(1);
  });

  it('takes a start point and length at the top of the set-up or in the game settings', () => {
    expect(setup({ students: 2, start: 'eve', length: 'class' }).game).toEqual({ start: 'eve', length: 'class' });
    expect(setup({ students: 2, game: { start: 'day2' } }).game).toEqual({ start: 'day2' });
    const bad = parseSetup({ students: 2, start: 'lunch' });
    expect(bad.ok === false && bad.message).toMatch(/start must be one of beginning, eve, day2, dispute/);
    const twice = parseSetup({ students: 2, start: 'eve', game: { start: 'dispute' } });
    expect(twice.ok === false && twice.message).toMatch(/"start" is given twice/);
  });

  it('refuses bad set-ups with a message', () => {
    for (const bad of [
      null,
      { students: 0 },
      { students: 61 },
      { students: 2, pairing: 'trios' },
      { students: 2, seeds: 'some' },
    ]) {
      expect(parseSetup(bad).ok).toBe(false);
    }
    const r = parseSetup({ students: 2, game: { mode: 'fantasy' } });
    expect(r.ok === false && r.message).toMatch(/mode/);
    expect(parseSetup({ students: 2, game: { seats: { us: 'ai' } } }).ok).toBe(false);
  });
});
