/**
 * The body of the "no policy beats the AI seat" gate, shared by its shards (one test file per seat and
 * group of policies, so the 200-seed runs spread over the workers).
 */
import { expect } from 'vitest';
import type { Side } from '../../model/ids.ts';
import { figures, gateSeeds } from './figures.ts';
import type { Player } from './play.ts';

export function checkPolicies(side: Side, players: readonly Player[]): void {
  const seeds = gateSeeds(200);
  const all = players.map((p) => figures(p, side, seeds));
  expect(all.length).toBe(players.length);
  for (const f of all) {
    expect(f.seeds).toBe(200);
    expect({ player: f.player, share: f.beatsAi / f.seeds <= 0.7 }).toEqual({ player: f.player, share: true });
    expect({ player: f.player, belowFloor: f.aiBelowFloor }).toEqual({ player: f.player, belowFloor: 0 });
  }
}
