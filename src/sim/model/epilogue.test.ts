import { describe, expect, it } from 'vitest';
import { detectionChance, drawEpilogue, NO_SHIFT } from './epilogue.ts';
import { HISTORICAL_METERS } from './hidden.ts';
import { withLevels } from './package.ts';
import { schedule } from './phases.ts';
import { PRESETS } from './presets.ts';
import { rngStream, seedRng } from './rng.ts';
import { valueAtSigning } from './valuation.ts';

const bridge = valueAtSigning(PRESETS.yongbyonPlus.pkg, HISTORICAL_METERS);

/** Share of `runs` seeded epilogues in which `side` kept every phase. */
function keptShare(valuation = bridge, shift = NO_SHIFT, side: 'us' | 'dprk' = 'dprk', runs = 2000): number {
  let kept = 0;
  for (let r = 0; r < runs; r++) if (drawEpilogue(valuation, shift, rngStream(seedRng(r)))[side]) kept++;
  return kept / runs;
}

describe('the compliance epilogue', () => {
  it('is the same for the same seed, and reports every phase of both sides in the schedule', () => {
    const a = drawEpilogue(bridge, NO_SHIFT, rngStream(seedRng(42)));
    const b = drawEpilogue(bridge, NO_SHIFT, rngStream(seedRng(42)));
    expect(a).toEqual(b);
    const phases = schedule(bridge.pkg, bridge.meters);
    const expected = phases.flatMap((p) =>
      (['us', 'dprk'] as const).filter((s) => p.steps[s].length > 0).map((s) => [p.phase, s]),
    );
    expect(a.phases.map((p) => [p.phase, p.side])).toEqual(expected);
    expect(a.us).toBe(a.phases.filter((p) => p.side === 'us').every((p) => p.kept));
    expect(a.dprk).toBe(a.phases.filter((p) => p.side === 'dprk').every((p) => p.kept));
  });

  it('draws each phase with the chance the other side counted on, so trust at signing shows in the epilogue', () => {
    const low = valueAtSigning(bridge.pkg, { ...HISTORICAL_METERS, trustUS: 0.1 });
    const high = valueAtSigning(bridge.pkg, { ...HISTORICAL_METERS, trustUS: 0.9 });
    expect(keptShare(high)).toBeGreaterThan(keptShare(low) + 0.1);
    const first = drawEpilogue(low, NO_SHIFT, rngStream(seedRng(1))).phases.find((p) => p.side === 'dprk');
    const belief = schedule(low.pkg, low.meters)[0].belief.us;
    expect(Math.abs((first?.chance ?? 0) - belief)).toBeLessThanOrEqual(0.1 + 0.05 + 1e-9);
  });

  it('implementation choices move the chance a side keeps its phases', () => {
    const slow = { ...NO_SHIFT, dprk: [-0.2, -0.1, 0] };
    const onSchedule = { ...NO_SHIFT, dprk: [0.1, 0.05, 0] };
    expect(keptShare(bridge, onSchedule)).toBeGreaterThan(keptShare(bridge, slow) + 0.1);
  });

  it('a side that breaks a phase keeps none after it, and only a broken phase can be detected', () => {
    let laterBroken = 0;
    for (let r = 0; r < 300; r++) {
      const c = drawEpilogue(bridge, NO_SHIFT, rngStream(seedRng(r)));
      if (c.phases.some((p, k) => !p.kept && c.phases.slice(k + 1).some((q) => q.side === p.side))) laterBroken++;
      for (const side of ['us', 'dprk'] as const) {
        const mine = c.phases.filter((p) => p.side === side);
        const first = mine.findIndex((p) => !p.kept);
        if (first >= 0) expect(mine.slice(first + 1).every((p) => !p.kept && p.chance === 0)).toBe(true);
      }
      for (const p of c.phases) if (p.kept) expect(p.detected).toBe(false);
      // Withheld US relief is public.
      for (const p of c.phases) if (p.side === 'us' && !p.kept) expect(p.detected).toBe(true);
    }
    // The rule was exercised: some seeds break an early phase that has later ones after it.
    expect(laterBroken).toBeGreaterThan(0);
  });

  it('a DPRK violation is caught more often with stronger verification', () => {
    expect(detectionChance(3)).toBeGreaterThan(detectionChance(0));
    const caught = (verification: number) => {
      const v = valueAtSigning(withLevels(bridge.pkg, { verification }), { ...HISTORICAL_METERS, trustUS: 0.1 });
      let broken = 0;
      let seen = 0;
      for (let r = 0; r < 2000; r++) {
        const c = drawEpilogue(v, NO_SHIFT, rngStream(seedRng(r)));
        if (!c.dprk) broken++;
        if (c.detected) seen++;
      }
      return seen / broken;
    };
    expect(caught(3)).toBeGreaterThan(caught(0) + 0.3);
  });
});
