/**
 * The pack's pages for planning and running the lesson beyond the one-page guide: the high-school and
 * university variants with their start links, the common misconceptions against the record, how to
 * handle sensitive material, and the homework and extensions. Every historical sentence is a tagged,
 * sourced claim from the pack's data, drawn as the primer draws its claims.
 */

import { PACK } from '../app/content.ts';
import { m } from '../app/strings/catalogue.ts';
import type { PackItem } from '../sim/session/index.ts';
import { h } from './dom.ts';
import { audienceNote, labelled, sheet, sourcesLine, tag } from './packSheet.ts';

type Claim = (typeof PACK.MISCONCEPTIONS)[number]['claims'][number];

/** Claims as one paragraph, each followed by its tag. */
function claimsLine(claims: readonly Claim[]): HTMLElement | null {
  if (claims.length === 0) return null;
  return h(
    'p',
    { class: 'pack-claims' },
    ...claims.flatMap((c, i) => [i ? ' ' : '', h('span', { 'data-claim': c.id }, c.text, ' ', tag(c.confidence))]),
  );
}

const gapLine = (gap: string | undefined): HTMLElement | null =>
  gap ? h('p', { class: 'pack-gap' }, h('strong', {}, m.pack_primer_gap()), ' ', gap) : null;

export function variantsSheets(item: PackItem): HTMLElement[] {
  return [
    sheet(
      item,
      1,
      PACK.VARIANTS_TITLE,
      audienceNote(item),
      h('p', { class: 'pack-intro' }, PACK.VARIANTS_INTRO),
      ...PACK.VARIANTS.map((v) =>
        h(
          'section',
          { class: 'print-section pack-variant', 'data-variant': v.id },
          h('h3', {}, v.heading),
          h('p', { class: 'pack-evidence' }, v.fit),
          h(
            'ul',
            { class: 'pack-links', 'aria-label': m.pack_variant_links() },
            ...v.links.map((l) => h('li', {}, h('strong', {}, `${l.label}: `), h('code', {}, l.url))),
          ),
          h('ol', { class: 'pack-how' }, ...v.steps.map(labelled)),
        ),
      ),
    ),
  ];
}

export function misconceptionsSheets(item: PackItem): HTMLElement[] {
  return [
    sheet(
      item,
      1,
      PACK.MISCONCEPTIONS_TITLE,
      audienceNote(item),
      h('p', { class: 'pack-intro' }, PACK.MISCONCEPTIONS_INTRO),
      h(
        'ol',
        { class: 'pack-misconceptions' },
        ...PACK.MISCONCEPTIONS.map((mc) =>
          h(
            'li',
            { 'data-misconception': mc.id },
            h('p', { class: 'pack-belief' }, h('strong', {}, mc.belief)),
            claimsLine(mc.claims),
            h('p', { class: 'pack-note' }, m.pack_in_class({ text: mc.inClass })),
            sourcesLine(mc.claims.flatMap((c) => c.sources)),
          ),
        ),
      ),
    ),
  ];
}

export function sensitiveSheets(item: PackItem): HTMLElement[] {
  return [
    sheet(
      item,
      1,
      PACK.SENSITIVE_TITLE,
      audienceNote(item),
      h('p', { class: 'pack-intro' }, PACK.SENSITIVE_INTRO),
      ...PACK.SENSITIVE_TOPICS.map((t) =>
        h(
          'section',
          { class: 'print-section pack-sensitive', 'data-topic': t.id },
          h('h3', {}, t.heading),
          claimsLine(t.claims),
          gapLine(t.gap),
          h('ul', {}, ...t.advice.map((a) => h('li', {}, a))),
          sourcesLine(t.claims.flatMap((c) => c.sources)),
        ),
      ),
      h('h3', {}, PACK.STUDENT_QUESTIONS_HEADING),
      h(
        'dl',
        { class: 'pack-asks' },
        ...PACK.STUDENT_QUESTIONS.flatMap((q) => [h('dt', { 'data-ask': q.id }, q.question), h('dd', {}, q.answer)]),
      ),
    ),
  ];
}

export function homeworkSheets(item: PackItem): HTMLElement[] {
  return [
    sheet(
      item,
      1,
      PACK.HOMEWORK_TITLE,
      audienceNote(item),
      h('p', { class: 'pack-intro' }, PACK.HOMEWORK_INTRO),
      ...PACK.HOMEWORK.map((t) =>
        h(
          'section',
          { class: 'print-section pack-homework', 'data-task': t.id },
          h('h3', {}, t.heading),
          claimsLine(t.claims),
          gapLine(t.gap),
          h('p', {}, h('strong', {}, m.pack_homework_task()), ' ', t.task),
          sourcesLine(t.claims.flatMap((c) => c.sources)),
        ),
      ),
    ),
  ];
}
