import { describe, expect, it } from 'vitest';
import { intArg, MAX_SEED, parseArgs } from './args.ts';

describe('CLI arguments', () => {
  const seed = (v: string) => intArg(parseArgs(['--seed', v]), 'seed', 1, MAX_SEED);

  it('takes whole numbers in range', () => {
    expect(seed('0')).toBe(0);
    expect(seed(String(MAX_SEED))).toBe(MAX_SEED);
    expect(intArg(parseArgs([]), 'seed', 7, MAX_SEED)).toBe(7);
  });

  it('refuses a seed past 32 bits instead of wrapping it to another game', () => {
    expect(() => seed('8589934592')).toThrow('--seed needs a whole number from 0 to 4294967295');
    expect(() => seed(String(MAX_SEED + 1))).toThrow(/from 0 to 4294967295/);
  });

  it('refuses what is not a plain whole number', () => {
    for (const bad of ['-1', '1.5', '1e3', '0x10', 'abc']) expect(() => seed(bad), bad).toThrow(/whole number/);
    expect(() => intArg(parseArgs(['--seed']), 'seed', 1)).toThrow(/whole number/);
  });

  it('refuses an option the script does not take, naming the ones it does, when it lists them', () => {
    expect(() => parseArgs(['--cohen', 'off'], ['seeds', 'no-cohen'])).toThrow(
      'Unknown option "--cohen"; this script takes --seeds, --no-cohen',
    );
    expect(() => parseArgs(['--json'], [])).toThrow(/takes no options/);
    expect(parseArgs(['--seeds', '3', '--no-cohen'], ['seeds', 'no-cohen']).get('no-cohen')).toBe(true);
    // Without a list every option is taken, as before.
    expect(parseArgs(['--anything', 'x']).get('anything')).toBe('x');
  });
});
