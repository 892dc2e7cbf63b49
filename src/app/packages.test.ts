/** Offers in words name every issue, and comparisons follow the scores the player is shown. */
import { describe, expect, it } from 'vitest';
import { ISSUES, PRESETS } from '../sim/session/index.ts';
import { compareShown, describePackage, packageLines, score100 } from './packages.ts';

describe('packageLines', () => {
  it('names every issue, level 0 included', () => {
    const nothing = ISSUES.map(() => 0);
    const lines = packageLines(nothing);
    expect(lines).toHaveLength(ISSUES.length);
    ISSUES.forEach((issue, i) => {
      expect(lines[i]).toContain(issue.name);
      expect(lines[i]).toContain(issue.levels[0]);
    });
  });

  it('reads each issue at its own level', () => {
    const pkg = PRESETS.usBigDeal.pkg;
    const lines = packageLines(pkg);
    pkg.forEach((level, i) => {
      expect(lines[i]).toBe(`${ISSUES[i].name}: ${ISSUES[i].levels[level]}`);
    });
    expect(describePackage(pkg).split('; ')).toEqual(lines);
  });
});

describe('compareShown', () => {
  it('calls two values that show the same score the same', () => {
    expect(score100(0.574)).toBe(score100(0.566));
    expect(compareShown(0.574, 0.566)).toBe(0);
    expect(compareShown(0.566, 0.574)).toBe(0);
  });

  it('is better or worse only when the shown scores differ', () => {
    expect(compareShown(0.58, 0.57)).toBe(1);
    expect(compareShown(0.56, 0.57)).toBe(-1);
    expect(compareShown(0, 1)).toBe(-1);
  });
});
