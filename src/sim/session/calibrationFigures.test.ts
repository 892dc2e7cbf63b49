import { describe, expect, it } from 'vitest';
import { calibrationFigures } from './calibrationFigures.ts';

describe('calibration figures', () => {
  it('count US walk-outs with the Cohen hearing and bridges without it, over the same seeds', () => {
    const f = calibrationFigures(20);
    expect(f.seeds).toBe(20);
    expect(f.usWalksWithCohen).toBeGreaterThanOrEqual(14);
    expect(f.usWalksWithCohen).toBeLessThanOrEqual(20);
    expect(f.bridgesWithoutCohen).toBeGreaterThan(0);
    expect(f.bridgesWithoutCohen).toBeLessThan(20);
    expect(calibrationFigures(20)).toEqual(f);
  }, 20_000);
});
