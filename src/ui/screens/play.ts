/** A beat in play: where and when, the narrative, and the controls for its kind. */

import { choiceMarks } from '../../app/choiceMarks.ts';
import { BRIEFS } from '../../app/content.ts';
import type { Controller } from '../../app/controller.ts';
import { formatClock, PHASE_NAME, SIDE_NAME } from '../../app/labels.ts';
import { numberShortcut } from '../../app/prefs.ts';
import { m } from '../../app/strings/catalogue.ts';
import type { View } from '../../sim/session/view.ts';
import { h } from '../dom.ts';
import { linkTerms, termsIn, termsListOf } from '../glossaryUi.ts';
import { liveText } from '../live.ts';
import { prefs } from '../prefs.ts';
import { briefView } from './briefing.ts';
import { notesBlock } from './notes.ts';
import { resultCard } from './resultCard.ts';
import { scopeControls } from './scope.ts';
import { chooseOrConfirm } from './signConfirm.ts';
import { soFarNow } from './soFar.ts';
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
    { class: 'choices', 'aria-label': m.play_choices_label() },
    ...view.choices.map((c, i) => {
      const key = i < 9 ? String(i + 1) : undefined;
      const shortcut = numberShortcut(i + 1, prefs.current.numberKeys);
      const reasonId = `reason-${c.id.replaceAll('.', '-')}`;
      const lockedOut = marks?.lockedTo != null && !marks.lockedTo.has(c.id);
      const enabled = c.enabled && !lockedOut;
      const reason = lockedOut ? m.play_locked_reason() : c.disabledReason;
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
            'aria-keyshortcuts': shortcut ?? undefined,
            'data-choice': c.id,
            'data-seen': seen,
            disabled: !enabled,
            'aria-describedby': enabled ? undefined : reasonId,
            // A deal is signed only after its terms and values have been seen (ui/screens/signConfirm.ts).
            onclick: () =>
              chooseOrConfirm(list.closest<HTMLElement>('.choices-block') ?? list, view, c, () => controller.choose(side, c.id)),
          },
          shortcut && h('kbd', { 'aria-hidden': 'true' }, shortcut),
          h('span', {}, c.label),
          seen &&
            h(
              'span',
              { class: 'badge seen' },
              ` ${seen === 'this path' ? m.play_chosen_this_path() : m.play_chosen_other_branch()}`,
            ),
        ),
        !enabled && h('p', { id: reasonId, class: 'reason' }, reason ?? m.play_not_available()),
      );
    }),
  );
  if (tried === 0) return list;
  const untried = marks?.untried ?? 0;
  return h(
    'div',
    { class: 'choices-block' },
    list,
    h('p', { class: 'hint seen-count' }, m.play_untried_count({ untried, count: view.choices.length })),
  );
}

function waiting(view: View): HTMLElement {
  const side = view.turn?.side ?? 'us';
  // In empty, then filled (ui/live.ts): the spinner is decoration, the words are the announcement.
  const region = h('p', { class: 'waiting', role: 'status' });
  const words = h('span', {});
  region.append(h('span', { class: 'spinner', 'aria-hidden': 'true' }), words);
  liveText(region, m.play_waiting({ side: SIDE_NAME[side] }), words);
  return region;
}

/**
 * The glossary terms of the title and the choices that the beat text does not already link inline
 * (a choice is itself a button, so it cannot hold one), collapsed to one tab stop.
 */
function termsBlock(texts: readonly string[], linked: ReadonlySet<string>): HTMLElement | null {
  const rest = termsIn(texts).filter((id) => !linked.has(id));
  const list = termsListOf(rest, m.glossary_heading());
  return list
    ? h('details', { class: 'notes terms-details' }, h('summary', {}, m.play_more_terms({ count: rest.length })), list)
    : null;
}

export function playScreen(controller: Controller, view: View): HTMLElement {
  const beat = view.beat;
  if (!beat) return h('div', { class: 'screen' }, h('p', {}, m.play_summit_over()));
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
    controller.result && resultCard(controller, controller.result),
    h(
      'p',
      { class: 'eyebrow' },
      m.play_eyebrow({ phase: PHASE_NAME[view.phase], location: beat.location }),
      h('time', { datetime: beat.time }, formatClock(view.clock)),
    ),
    h('h2', { id: 'screen-heading', tabindex: -1 }, beat.title),
    h(
      'p',
      { class: 'acting' },
      m.play_to_act({ side: SIDE_NAME[beat.kind === 'table' ? (view.turn?.side ?? beat.side) : beat.side] }),
    ),
    soFarNow(controller),
    text,
    controls,
    termsBlock([beat.title, ...view.choices.map((c) => c.label)], linked),
    notesBlock(view),
    // The acting player's own confidential brief, to reread (in hot-seat the only place it is shown).
    humanTurn && view.turn && h('div', { class: 'own-brief notes' }, briefView(BRIEFS[view.turn.side].confidential, false)),
  );
}
