/**
 * The whiteboard tally (for classes without the class server): a grid of endings × tables to tick, and a
 * grid of the level each table agreed per issue, with each issue's levels numbered beneath its name as
 * the game orders them. The endings and issues are the scenario's own, in the reader's language.
 */

import { ENDINGS, ISSUES, PACK } from '../app/content.ts';
import type { PackItem } from '../sim/session/index.ts';
import { type Child, h } from './dom.ts';
import { audienceNote, labelled, sheet } from './packSheet.ts';

/** A grid: a header row of table numbers (and an optional total), then one row per label. */
function grid(cls: string, rowHeading: string, rows: readonly { id: string; head: Child[] }[], total: boolean): HTMLElement {
  const tables = Array.from({ length: PACK.TALLY.tables }, (_, i) => i + 1);
  const blank = () => [...tables.map(() => h('td', {})), total ? h('td', { class: 'pack-total' }) : null];
  return h(
    'table',
    { class: `pack-tally ${cls}` },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, rowHeading),
        ...tables.map((n) => h('th', { scope: 'col', 'aria-label': `${PACK.TALLY.tablesLabel} ${n}` }, String(n))),
        total ? h('th', { scope: 'col', class: 'pack-total' }, PACK.TALLY.totalLabel) : null,
      ),
    ),
    h('tbody', {}, ...rows.map((r) => h('tr', { 'data-row': r.id }, h('th', { scope: 'row' }, ...r.head), ...blank()))),
  );
}

export function tallySheets(item: PackItem): HTMLElement[] {
  const t = PACK.TALLY;
  const endings = Object.entries(ENDINGS).map(([id, e]) => ({ id, head: [e.title] }));
  const issues = ISSUES.map((i) => ({
    id: i.id,
    head: [i.name, h('span', { class: 'pack-levels' }, i.levels.map((l, n) => `${n} ${l}`).join(' · '))],
  }));
  return [
    sheet(
      item,
      1,
      t.title,
      audienceNote(item),
      h('p', { class: 'pack-intro' }, t.intro),
      h('p', { class: 'pack-gap' }, t.classMode),
      h('h3', {}, t.endingsHeading),
      grid('pack-tally-endings', t.endingLabel, endings, true),
      h('ol', { class: 'pack-how' }, ...t.steps.map(labelled)),
    ),
    sheet(
      item,
      2,
      t.levelsTitle,
      audienceNote(item),
      h('p', { class: 'pack-intro' }, t.levelsIntro),
      h('h3', {}, t.levelsHeading),
      grid('pack-tally-levels', t.issueLabel, issues, false),
    ),
  ];
}
