/**
 * The handouts of the pack: the timeline and the disputed accounts (record entries selected by ID, in
 * the record's own words), and the role cards for tables of six with their how-to page.
 */

import { DISPUTES, PACK, TIMELINE } from '../app/content.ts';
import { m } from '../app/strings/catalogue.ts';
import type { PackItem, RoleCard, Side, TimelineEntry } from '../sim/session/index.ts';
import { h } from './dom.ts';
import { audienceNote, labelled, sheet, tag } from './packSheet.ts';

export function timelineSheets(item: PackItem): HTMLElement[] {
  return PACK.TIMELINE_HANDOUTS.map((ho, i) =>
    sheet(
      item,
      i + 1,
      ho.title,
      audienceNote(item),
      h('p', { class: 'pack-intro' }, ho.intro),
      h(
        'table',
        { class: 'pack-timeline' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, m.pack_col_date()),
            h('th', { scope: 'col' }, m.pack_col_place()),
            h('th', { scope: 'col' }, m.pack_col_event()),
            h('th', { scope: 'col' }, m.pack_col_tag()),
          ),
        ),
        h(
          'tbody',
          {},
          ...ho.ids.map((id) => {
            const e = TIMELINE.find((t) => t.id === id) as TimelineEntry;
            return h(
              'tr',
              { 'data-entry': e.id },
              h('td', {}, e.dateLabel),
              h('td', {}, e.place),
              h(
                'td',
                {},
                e.text,
                e.caveat ? h('span', { class: 'pack-caveat' }, ` ${e.caveat}`) : null,
                h('span', { class: 'pack-src' }, ` (${e.sources.map((s) => s.label).join('; ')})`),
              ),
              h('td', {}, tag(e.confidence)),
            );
          }),
        ),
      ),
    ),
  );
}

export function disputeSheets(item: PackItem): HTMLElement[] {
  const points = PACK.DISPUTES_HANDOUT.ids.map((id) => DISPUTES.find((d) => d.id === id)).filter((d) => d !== undefined);
  return [
    sheet(
      item,
      1,
      PACK.DISPUTES_HANDOUT.title,
      audienceNote(item),
      h('p', { class: 'pack-intro' }, PACK.DISPUTES_HANDOUT.intro),
      ...points.map((d) =>
        h(
          'section',
          { class: 'print-section pack-dispute', 'data-dispute': d.id },
          h('h3', {}, d.question, ' ', tag('D')),
          h(
            'ul',
            {},
            ...d.accounts.map((a) =>
              h(
                'li',
                {},
                h('strong', {}, `${a.who}: `),
                a.claim,
                ' ',
                tag(a.confidence),
                h('span', { class: 'pack-src' }, ` (${a.sources.map((s) => s.label).join('; ')})`),
              ),
            ),
          ),
          h('p', { class: 'pack-note' }, d.note),
        ),
      ),
    ),
  ];
}

function card(c: RoleCard): HTMLElement {
  return h(
    'section',
    { class: 'pack-card', 'data-card': c.id },
    h('h3', {}, c.title),
    h('p', {}, c.task),
    h('p', { class: 'pack-confidential' }, h('strong', {}, m.pack_card_confidential()), ' ', c.confidential),
  );
}

export function roleSheets(item: PackItem): HTMLElement[] {
  const side = (s: Side, n: number, note: string) =>
    sheet(
      item,
      n,
      PACK.ROLE_CARDS_TITLE,
      note,
      h('p', { class: 'pack-small' }, m.pack_cards_cut()),
      ...PACK.ROLE_CARDS.filter((c) => c.side === s).map(card),
    );
  return [
    sheet(
      item,
      1,
      PACK.ROLE_CARDS_TITLE,
      m.print_for_teacher(),
      h('ol', { class: 'pack-how' }, ...PACK.ROLE_CARDS_HOW.map(labelled)),
    ),
    side('us', 2, m.print_confidential_us()),
    side('dprk', 3, m.print_confidential_dprk()),
  ];
}
