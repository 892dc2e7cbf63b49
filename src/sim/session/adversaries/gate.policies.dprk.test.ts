/**
 * Gate (issue: the counterpart can be beaten by a script): against the DPRK seat played by each
 * scripted policy (concede-everything, hardheaded, Boulware human, tit-for-tat, a prober that rewinds),
 * the player's gain beats the AI seat's own gain in at most 70% of 200 seeds, and every AI acceptance
 * is at or above its own private reservation value.
 */
import { describe, expect, it } from 'vitest';
import { figures, gateSeeds, POLICIES } from './index.ts';

describe('gate: no policy beats the AI seat (DPRK seat)', () => {
  it('no policy beats the AI gain in more than 70% of 200 seeds; no acceptance below the AI floor', () => {
    const seeds = gateSeeds(200);
    const all = POLICIES.map((p) => figures(p, 'dprk', seeds));
    expect(all.length).toBeGreaterThanOrEqual(5);
    for (const f of all) {
      expect(f.seeds).toBe(200);
      expect({ player: f.player, share: f.beatsAi / f.seeds <= 0.7 }).toEqual({ player: f.player, share: true });
      expect({ player: f.player, belowFloor: f.aiBelowFloor }).toEqual({ player: f.player, belowFloor: 0 });
    }
    // The gate can fail: conceding everything hands the AI a deal in every seed, so acceptances are checked.
    expect(all.reduce((n, f) => n + f.deals, 0)).toBeGreaterThan(0);
  }, 60_000);
});
