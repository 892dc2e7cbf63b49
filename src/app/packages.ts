/**
 * Packages in words: for the narration, the offer builder and the debrief. Every issue is named, at
 * level 0 too ("Yongbyon: None" is a term of the offer, not an absence), and a value is compared with
 * another only as the player sees them: rounded to a whole score out of 100.
 */
import type { Package } from '../sim/session/index.ts';
import { ISSUES } from './content.ts';
import { m } from './strings/catalogue.ts';

/** "Issue: level" for every issue, in the table's order. */
export function packageLines(pkg: Package): string[] {
  return pkg.map((level, i) => m.package_issue_level({ issue: ISSUES[i].name, level: ISSUES[i].levels[level] }));
}

export function describePackage(pkg: Package): string {
  return packageLines(pkg).join(m.list_separator_strong());
}

/** A value in [0, 1] as a whole-number score out of 100. */
export const score100 = (x: number): string => String(Math.round(x * 100));

/** How a value compares with another as shown (scores out of 100): 1 better, 0 the same, -1 worse. */
export function compareShown(value: number, other: number): -1 | 0 | 1 {
  const d = Math.round(value * 100) - Math.round(other * 100);
  return d > 0 ? 1 : d < 0 ? -1 : 0;
}

/**
 * The value readout of a package, one sentence with one meaning wherever it is shown (the builder,
 * signing): its phased value, its face value and walking away, compared as shown.
 */
export function valueReadout(
  perceived: number,
  raw: number,
  walkAway: number,
): { readonly text: string; readonly against: -1 | 0 | 1 } {
  const worth = { value: score100(perceived), raw: score100(raw), walkAway: score100(walkAway) };
  const against = compareShown(perceived, walkAway);
  const text =
    against > 0 ? m.value_readout_better(worth) : against < 0 ? m.value_readout_worse(worth) : m.value_readout_even(worth);
  return { text, against };
}
