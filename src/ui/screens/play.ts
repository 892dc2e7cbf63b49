/** A beat in play: where and when, the narrative, and the controls for its kind. */

import { choiceMarks } from '../../app/choiceMarks.ts';
import type { Controller } from '../../app/controller.ts';
import { formatClock, PHASE_NAME, SIDE_NAME } from '../../app/labels.ts';
import type { View } from '../../sim/session/view.ts';
import { h } from '../dom.ts';
import { linkTerms, termsIn, termsListOf } from '../glossaryUi.ts';
import { notesBlock } from './notes.ts';
import { scopeControls } from './scope.ts';
import { tableControls } from './table.ts';

function choiceList(controller: Controller, view: View): HTMLElement {
  const side = view.beat?.side ?? view.viewer;
  const timeline = controller.timeline;
  const marks = timeline
    ? choiceMarks(
        timeline,
        view.choices.map((c) => c.id),
      )
    : null;
  const tried = view.choices.length - (marks?.untried ?? view.choices.length);
  const list = h(
    'ol',
    { class: 'choices', 'aria-label': 'Choices' },
    ...view.choices.map((c, i) => {
      const key = i < 9 ? String(i + 1) : undefined;
      const reasonId = `reason-${c.id.replaceAll('.', '-')}`;
      const lockedOut = marks?.lockedTo != null && !marks.lockedTo.has(c.id);
      const enabled = c.enabled && !lockedOut;
      const reason = lockedOut ? 'Locked for assessment: past choices can be reviewed, not changed.' : c.disabledReason;
      const seen = marks?.mark.get(c.id);
      return h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'btn choice',
            'data-key': key,
            'data-choice': c.id,
            'data-seen': seen,
            disabled: !enabled,
            'aria-describedby': enabled ? undefined : reasonId,
            onclick: () => controller.choose(side, c.id),
          },
          key && h('kbd', { 'aria-hidden': 'true' }, key),
          h('span', {}, c.label),
          seen && h('span', { class: 'badge seen' }, seen === 'this path' ? ' chosen on this path' : ' chosen on another branch'),
        ),
        !enabled && h('p', { id: reasonId, class: 'reason' }, reason ?? 'Not available now.'),
      );
    }),
  );
  if (tried === 0) return list;
  const untried = marks?.untried ?? 0;
  return h(
    'div',
    {},
    list,
    h('p', { class: 'hint seen-count' }, `${untried} of ${view.choices.length} choices here not yet tried in any branch.`),
  );
}

function waiting(view: View): HTMLElement {
  const side = view.turn?.side ?? 'us';
  return h(
    'p',
    { class: 'waiting', role: 'status' },
    h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    `The ${SIDE_NAME[side]} delegation is deciding…`,
  );
}

/**
 * The glossary terms of the title and the choices that the beat text does not already link inline
 * (a choice is itself a button, so it cannot hold one), collapsed to one tab stop.
 */
function termsBlock(texts: readonly string[], linked: ReadonlySet<string>): HTMLElement | null {
  const rest = termsIn(texts).filter((id) => !linked.has(id));
  const list = termsListOf(rest, 'Glossary');
  return list
    ? h('details', { class: 'notes terms-details' }, h('summary', {}, `More terms on this screen (${rest.length})`), list)
    : null;
}

export function playScreen(controller: Controller, view: View): HTMLElement {
  const beat = view.beat;
  if (!beat) return h('div', { class: 'screen' }, h('p', {}, 'The summit is over.'));
  const humanTurn = view.turn?.seat === 'human';
  let controls: HTMLElement;
  if (!humanTurn) controls = waiting(view);
  else if (beat.kind === 'table') controls = tableControls(controller, view);
  else if (beat.kind === 'scope') controls = scopeControls(controller, view, choiceList(controller, view));
  else controls = choiceList(controller, view);
  const linked = new Set<string>();
  const text = h('p', { class: 'beat-text' }, ...linkTerms(beat.text, linked));
  return h(
    'article',
    { class: `screen play-screen kind-${beat.kind} side-${beat.side}`, 'data-beat': beat.id },
    h(
      'p',
      { class: 'eyebrow' },
      `${PHASE_NAME[view.phase]} · ${beat.location} · `,
      h('time', { datetime: beat.time }, formatClock(view.clock)),
    ),
    h('h2', { id: 'screen-heading', tabindex: -1 }, beat.title),
    h('p', { class: 'acting' }, `${SIDE_NAME[beat.kind === 'table' ? (view.turn?.side ?? beat.side) : beat.side]} to act`),
    text,
    controls,
    termsBlock([beat.title, ...view.choices.map((c) => c.label)], linked),
    notesBlock(view),
  );
}
