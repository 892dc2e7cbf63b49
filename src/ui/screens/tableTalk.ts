/**
 * Talk across the table (the second channel, `model/dialogue.ts`): an issue picker and one button per
 * kind of line, and the transcript of what was said, newest first. Buttons, not a chat box: every line
 * the counterpart understands is a button a keyboard, a switch or a finger reaches, and its answer is
 * announced through the narration like any move. Shown only when the computer plays the other seat.
 */

import { ISSUES } from '../../app/content.ts';
import { m } from '../../app/strings/catalogue.ts';
import { talkLineText } from '../../app/talkWords.ts';
import { otherSide, type Side, TALK_MINUTES, type Utterance } from '../../sim/session/index.ts';
import type { View } from '../../sim/session/view.ts';
import { h } from '../dom.ts';

/** The issue picked for "matters most to us" and "how much does it matter", kept across redraws of a game. */
let picked: { key: string; issue: string } | null = null;

/**
 * The talk section for `side`, saying each line through `speak` (the local controller's move, or the
 * class seat's message to the server); `game` keys the issue picked across redraws of one game.
 */
export function tableTalk(
  view: View,
  side: Side,
  drills: boolean,
  game: string,
  speak: (say: Utterance) => void,
): HTMLElement | null {
  const talk = view.table?.talk;
  if (!talk?.available || !view.table?.open) return null;
  const key = `${game}:${side}`;
  const issues = ISSUES.filter((issue) => drills || !issue.optional);
  if (!picked || picked.key !== key) picked = { key, issue: issues[0].id };
  const choice = picked;
  const select = h(
    'select',
    {
      id: 'talk-issue',
      onchange: (e: Event) => {
        choice.issue = (e.target as HTMLSelectElement).value;
      },
    },
    ...issues.map((issue) => h('option', { value: issue.id, selected: issue.id === choice.issue }, issue.name)),
  );
  const say = (line: () => Utterance) => () => speak(line());
  const issue = () => choice.issue as Extract<Utterance, { issue: unknown }>['issue'];
  const theirs = view.table.standing !== null && view.table.standing.by === otherSide(side);
  // Each button has an id, so focus comes back to it when the screen is drawn again after the answer.
  const button = (id: string, label: string, onclick: () => void, disabled = false, extra: Record<string, string> = {}) =>
    h('button', { type: 'button', id: `talk-${id}`, class: 'btn small', onclick, disabled, ...extra }, label);
  const lines = [...talk.lines].reverse();
  return h(
    'section',
    { class: 'talk', 'aria-labelledby': 'talk-h' },
    h('h3', { id: 'talk-h' }, m.talk_heading()),
    h('p', { class: 'hint' }, m.talk_intro({ short: TALK_MINUTES.short, long: TALK_MINUTES.long })),
    h(
      'div',
      { class: 'talk-issue' },
      h('label', { for: 'talk-issue' }, m.talk_issue_label()),
      select,
      h(
        'div',
        { class: 'talk-buttons', role: 'group', 'aria-label': m.talk_issue_label() },
        button(
          'prefer',
          m.talk_say_prefer(),
          say(() => ({ kind: 'prefer', issue: issue() })),
        ),
        button(
          'ask-issue',
          m.talk_say_ask_issue(),
          say(() => ({ kind: 'askIssue', issue: issue() })),
        ),
      ),
    ),
    h(
      'div',
      { class: 'talk-buttons', role: 'group', 'aria-label': m.talk_heading() },
      button(
        'ask-top',
        m.talk_say_ask_top(),
        say(() => ({ kind: 'askTop' })),
      ),
      button(
        'step',
        m.talk_say_step(),
        say(() => ({ kind: 'oneMoreStep' })),
        !theirs,
        theirs ? {} : { 'aria-describedby': 'talk-step-why' },
      ),
      button(
        'favour',
        m.talk_say_favour({ left: talk.favoursLeft }),
        say(() => ({ kind: 'favour' })),
        talk.favoursLeft === 0,
      ),
      button(
        'threaten',
        m.talk_say_threaten(),
        say(() => ({ kind: 'threaten' })),
        talk.threatsLeft === 0,
        { class: 'btn small danger' },
      ),
    ),
    !theirs && h('p', { class: 'hint', id: 'talk-step-why' }, m.talk_step_needs_offer()),
    lines.length > 0 &&
      h(
        'section',
        { class: 'talk-transcript', 'aria-labelledby': 'talk-transcript-h' },
        h('h4', { id: 'talk-transcript-h' }, m.talk_transcript_heading()),
        h('ol', { reversed: true }, ...lines.map((line) => h('li', {}, talkLineText(line)))),
      ),
  );
}
