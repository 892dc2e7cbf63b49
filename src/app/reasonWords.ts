/**
 * The counterpart's reasons in words: one whole sentence per reason (its red line, what costs it
 * most, what it would have accepted), each a message of its own with the issue and level names from
 * the issue table filled in, and lists joined the way the locale joins them (never glued by hand).
 */
import type { LevelChange, Reasons } from '../sim/session/index.ts';
import { issueById } from './content.ts';
import { formatLocale, m } from './strings/catalogue.ts';

const list = (items: readonly string[]): string =>
  new Intl.ListFormat(formatLocale(), { style: 'long', type: 'conjunction' }).format(items);

const change = (c: LevelChange): string => {
  const issue = issueById(c.issue);
  return m.reasons_change({ issue: issue.name, level: issue.levels[c.level] });
};

/** The sentences for a set of reasons, in reading order: red line, costliest issues, what would do. */
export function reasonLines(reasons: Reasons): string[] {
  const lines: string[] = [];
  if (reasons.redLine) {
    const issue = issueById(reasons.redLine.issue);
    const words = { issue: issue.name, level: issue.levels[reasons.redLine.needs] };
    lines.push(reasons.redLine.bound === 'atLeast' ? m.reasons_red_line_at_least(words) : m.reasons_red_line_at_most(words));
  }
  if (reasons.costly.length > 0) lines.push(m.reasons_costly({ issues: list(reasons.costly.map((id) => issueById(id).name)) }));
  if (reasons.wouldAcceptIf === null) lines.push(m.reasons_no_small_change());
  else if (reasons.wouldAcceptIf.length > 0)
    lines.push(m.reasons_would_accept_if({ changes: list(reasons.wouldAcceptIf.map(change)) }));
  return lines;
}
