/**
 * Reading the counterpart pays: in the no-Cohen state (where bridges exist), a US player who acts on
 * every reason the counterpart shows signs more deals worth more than walking away than one who
 * concedes at random, and never one worth less. Issue 10: "the only way to a good deal is to read it".
 */
import { describe, expect, it } from 'vitest';
import { gateSeeds } from './figures.ts';
import { adversarySettings, playGame } from './play.ts';
import { reasonsPlayer, type Use } from './reasonsReaders.ts';

const seeds = gateSeeds(80);
const noCohen = adversarySettings('us', { events: { 'ev.cohen': 'off' }, meters: { hawk: 0.45 } });

function goodDeals(use: Use): { good: number; worse: number } {
  let good = 0;
  let worse = 0;
  for (const seed of seeds) {
    const result = playGame(reasonsPlayer(use, true, seed), 'us', seed, noCohen);
    if (result.deal && result.gain > 0) good++;
    if (result.deal && result.gain < 0) worse++;
  }
  return { good, worse };
}

describe('reading the reasons', () => {
  it('gets a floored US player more good deals than conceding at random, and no bad one', () => {
    const reader = goodDeals('all');
    const random = goodDeals('none');
    expect(reader.worse).toBe(0);
    expect(reader.good).toBeGreaterThanOrEqual(random.good + 3);
    expect(reader.good).toBeGreaterThanOrEqual(2 * Math.max(1, random.good));
  }, 60_000);
});
