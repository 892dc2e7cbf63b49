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
// A state where a careful US can find a deal at all: no Cohen hearing, weaker hawks and more trust in
// Pyongyang's promises (with the fitted values the historical state leaves a floored player none to sign,
// and the check would hold vacuously).
const noCohen = adversarySettings('us', { events: { 'ev.cohen': 'off' }, meters: { trustUS: 0.6, hawk: 0.45 } });
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
