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
