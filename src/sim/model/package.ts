/** A package is one level per issue, in ISSUES order. Plain arrays keep the hot paths fast. */
import { ISSUE_COUNT, ISSUE_IDS, type IssueId, issueIndex, LEVEL_COUNTS, OPTIONAL } from './issues.ts';

export type Package = readonly number[];
export type PackageSpec = Partial<Record<IssueId, number>>;

export const EMPTY_PACKAGE: Package = Object.freeze(new Array<number>(ISSUE_COUNT).fill(0));

export function makePackage(spec: PackageSpec): Package {
  return withLevels(EMPTY_PACKAGE, spec);
}

export function withLevels(pkg: Package, patch: PackageSpec): Package {
  const next = pkg.slice();
  for (const [id, level] of Object.entries(patch) as [IssueId, number][]) next[issueIndex(id)] = level;
  return next;
}

export const level = (pkg: Package, id: IssueId): number => pkg[issueIndex(id)];

/** The issues on which two packages differ, in table order. */
export const issuesOff = (pkg: Package, other: Package): IssueId[] => ISSUE_IDS.filter((_, i) => pkg[i] !== other[i]);

/**
 * Visits every package, the optional issues (the drills linkage) left at level 0 unless `withOptional`.
 * One array is reused and changed in place between visits: copy it to keep it. For brute-force
 * measures in scripts and tests (1.66 million packages without the optional issues), never a game.
 */
export function forEachPackage(see: (pkg: Package) => void, withOptional = false): void {
  const counts = LEVEL_COUNTS.map((n, i) => (OPTIONAL[i] && !withOptional ? 1 : n));
  const pkg = counts.map(() => 0);
  for (;;) {
    see(pkg);
    let i = 0;
    while (i < pkg.length && ++pkg[i] === counts[i]) pkg[i++] = 0;
    if (i === pkg.length) return;
  }
}

/** The package with every optional issue (the drills linkage) back at level 0. */
export const withoutOptional = (pkg: Package): number[] => pkg.map((l, i) => (OPTIONAL[i] ? 0 : l));

/** Returns an error message, or null when the package is a valid level per issue. */
export function packageError(value: unknown): string | null {
  if (!Array.isArray(value) || value.length !== ISSUE_COUNT) return `a package needs ${ISSUE_COUNT} issue levels`;
  for (let i = 0; i < ISSUE_COUNT; i++) {
    const l = value[i];
    if (!Number.isInteger(l) || l < 0 || l >= LEVEL_COUNTS[i]) {
      return `${ISSUE_IDS[i]} must be a whole level from 0 to ${LEVEL_COUNTS[i] - 1}`;
    }
  }
  return null;
}
