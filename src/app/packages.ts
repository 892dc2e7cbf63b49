/** Packages in words: for the narration, the offer builder and the debrief. */
import { ISSUES, type Package } from '../sim/session/index.ts';
import { m } from './strings/catalogue.ts';

/** "Issue: level" for every issue above its lowest level. */
export function packageLines(pkg: Package): string[] {
  const lines: string[] = [];
  pkg.forEach((level, i) => {
    if (level > 0) lines.push(m.package_issue_level({ issue: ISSUES[i].name, level: ISSUES[i].levels[level] }));
  });
  return lines;
}

export function describePackage(pkg: Package): string {
  const lines = packageLines(pkg);
  return lines.length === 0 ? m.package_nothing() : lines.join('; ');
}

/** A value in [0, 1] as a whole-number score out of 100. */
export const score100 = (x: number): string => String(Math.round(x * 100));
