/**
 * "Worse than no deal" at signing. The issue found deals a winning player signed reading "worse than
 * no deal" in the debrief: the player decided on one value and was scored on another, against a
 * walk-away value read after the aftermath. A signed deal is now scored with the numbers of the
 * moment it was signed, so a player that signs only what is worth more than walking away, by the
 * numbers it sees, never signs a deal that reads worse — by construction, checked here.
 */
import { describe, expect, it } from 'vitest';
import { figures, gateSeeds } from './figures.ts';
import { adversarySettings, type Player } from './play.ts';
import { titForTat } from './players.ts';
import { prober } from './prober.ts';

const seeds = gateSeeds(60);
const noCohen = adversarySettings('us', { events: { 'ev.cohen': 'off' } });
const flooredTitForTat: Player = { ...titForTat, name: 'tit-for-tat with a floor', floor: true };

describe('deals that read worse than no deal', () => {
  it('none for a player that signs only above its walk-away value; some for one that signs anything', () => {
    const floored = figures(flooredTitForTat, 'us', seeds, noCohen);
    const plain = figures(titForTat, 'us', seeds, noCohen);
    const probing = figures(prober, 'us', seeds, noCohen);
    // The check can fail: the same player without the floor signs deals that read worse.
    expect(plain.worseDeals).toBeGreaterThan(0);
    expect(floored.deals).toBeGreaterThan(0);
    expect(floored.worseDeals).toBe(0);
    expect(probing.worseDeals).toBe(0);
  }, 120_000);
});
