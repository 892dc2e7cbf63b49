import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { autoMove } from '../machine/ai.ts';
import { moveError } from '../machine/validate.ts';
import { PLAYTHROUGHS, SHARDS } from './randomPlaythroughs.ts';
import { Session } from './session.ts';
import { normalizeSettings } from './settings.ts';

describe('random playthroughs', () => {
  it(`all ${PLAYTHROUGHS} games are played: one test file for each of the ${SHARDS} shards`, () => {
    const files = readdirSync(new URL('.', import.meta.url)).filter((f) => /^playthroughs\.shard\d+\.test\.ts$/.test(f));
    expect(files.sort()).toEqual(Array.from({ length: SHARDS }, (_, i) => `playthroughs.shard${i + 1}.test.ts`));
    expect(PLAYTHROUGHS % SHARDS).toBe(0);
  });

  it('computer seats only propose legal moves', () => {
    for (const seats of [
      { us: 'ai', dprk: 'random' },
      { us: 'random', dprk: 'ai' },
    ] as const) {
      const s = Session.start(normalizeSettings({ seats, mode: 'open' }), 99);
      let n = 0;
      for (let move = autoMove(s.context); move; move = autoMove(s.context)) {
        expect(moveError(s.context, move)).toBeNull();
        s.stepAuto();
        n++;
      }
      expect(n).toBeGreaterThan(10);
    }
  });
});
