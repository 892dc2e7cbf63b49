/**
 * A student's seat over the network: renders only the View the server sends this seat (its beat,
 * choices, the table, its own scores), sends each move, and shows the paused banner, refusals in
 * words, the ending and scores, the connection coming back after a drop, and the class's soft round
 * timer (counted down here from what the server sent; "time is up" when the server calls it).
 */
import type { ClassClient, SeatViewMessage } from '../../app/classClient.ts';
import type { MoveBody } from '../../app/classMoves.ts';
import { FACILITIES, startPointById } from '../../app/content.ts';
import { formatClock, SIDE_NAME } from '../../app/labels.ts';
import { score100 } from '../../app/packages.ts';
import { pathSoFar } from '../../app/pathSoFar.ts';
import { roundText } from '../../app/roundClock.ts';
import { m } from '../../app/strings/catalogue.ts';
import type { GameEvent } from '../../sim/session/index.ts';
import { encodeShareCode } from '../../sim/session/shareCode.ts';
import type { View } from '../../sim/session/view.ts';
import { focusNow, h, replace } from '../dom.ts';
import { liveText } from '../live.ts';
import { chooseOrConfirm } from '../screens/signConfirm.ts';
import { pathSoFarView, soFarView } from '../screens/soFar.ts';
import { askFirst } from './askFirst.ts';
import { showClassScreen } from './host.ts';
import { seatOffer } from './seatOffer.ts';

function choices(view: View, send: (move: MoveBody) => void): HTMLElement {
  const group: HTMLElement = h(
    'div',
    { class: 'choices', role: 'group', 'aria-label': m.class_choices_label() },
    ...view.choices.map((c) =>
      h(
        'button',
        {
          type: 'button',
          class: 'btn choice',
          'data-choice': c.id,
          disabled: !c.enabled,
          title: c.disabledReason ?? undefined,
          // As on one device: the terms and their worth first, then "Sign" (screens/signConfirm.ts).
          onclick: () => chooseOrConfirm(group, view, c, () => send({ type: 'CHOOSE', choiceId: c.id })),
        },
        c.label,
      ),
    ),
  );
  return group;
}

function scope(view: View, send: (move: MoveBody) => void): HTMLElement {
  const mine = view.scope[view.viewer] ?? [];
  const boxes = FACILITIES.map((f) =>
    h('input', { type: 'checkbox', id: `fac-${f.id}`, value: f.id, checked: mine.includes(f.id) }),
  );
  return h(
    'form',
    {
      class: 'scope-ui',
      onsubmit: (e: Event) => {
        e.preventDefault();
        send({ type: 'DEFINE_SCOPE', facilities: boxes.filter((b) => b.checked).map((b) => b.value) });
      },
    },
    h(
      'fieldset',
      {},
      h('legend', {}, m.class_scope_legend()),
      ...FACILITIES.map((f, i) => h('label', { class: 'level', for: `fac-${f.id}` }, boxes[i], f.name)),
    ),
    h('button', { type: 'submit', class: 'btn primary' }, m.class_scope_submit()),
  );
}

function ending(view: View): HTMLElement | null {
  if (!view.over) return null;
  const s = view.scores?.[view.viewer];
  return h(
    'section',
    { class: 'class-ending', 'aria-labelledby': 'class-ending-h' },
    h('h3', { id: 'class-ending-h' }, view.ending?.title ?? m.class_game_over()),
    view.ending && h('p', {}, view.ending.summary),
    s && h('p', { id: 'class-score' }, m.class_your_score({ value: score100(s.utility), walkAway: score100(s.reservation) })),
  );
}

function body(msg: SeatViewMessage, label: string, send: (move: MoveBody) => void): HTMLElement[] {
  const view = msg.view;
  const mine = view.turn?.side === view.viewer && !view.over;
  const beat = view.beat;
  const heading = view.over
    ? m.class_game_over()
    : mine && beat
      ? beat.title
      : m.class_waiting_heading({ side: SIDE_NAME[view.turn?.side ?? view.viewer] });
  const act =
    !mine || !beat
      ? null
      : beat.kind === 'table'
        ? seatOffer(view, send)
        : beat.kind === 'scope'
          ? scope(view, send)
          : choices(view, send);
  return [
    h('p', { class: 'class-seat-label', id: 'class-seat-label' }, m.class_you_are({ seat: label, side: SIDE_NAME[view.viewer] })),
    h('h2', { id: 'screen-heading', tabindex: -1, 'data-beat': mine ? (beat?.id ?? '') : '' }, heading),
    msg.paused ? pausedNotice() : null,
    view.timeCalled && !view.over ? timeUpNotice(view) : null,
    msg.round && !view.over ? h('p', { class: 'class-round', id: 'class-round', role: 'timer' }, roundText(msg.round, 0)) : null,
    seatSoFar(msg),
    mine && beat ? h('p', { class: 'beat-meta' }, `${beat.location} · ${formatClock(beat.time)}`) : null,
    mine && beat ? h('div', { class: 'beat-text' }, ...beat.text.split(/\n\n+/).map((p) => h('p', {}, p))) : null,
    !mine && !view.over ? h('p', { class: 'hint' }, m.class_waiting_text()) : null,
    act,
    ending(view),
  ].filter((x): x is HTMLElement => x !== null);
}

/** The released debrief: this table's game as a share link, to replay and explore on one's own. */
function debriefLink(body: Readonly<Record<string, unknown>>): HTMLElement {
  try {
    const code = encodeShareCode(
      body.seed as number,
      body.settings as Parameters<typeof encodeShareCode>[1],
      body.events as readonly GameEvent[],
    );
    // An assessment's debrief opens for review only (main.ts reads `locked=1`).
    const href = `${location.pathname}?code=${encodeURIComponent(code)}${body.locked === true ? '&locked=1' : ''}`;
    return h(
      'p',
      { id: 'class-debrief' },
      m.class_debrief_released_seat(),
      ' ',
      h('a', { href, target: '_blank', rel: 'noopener' }, m.class_debrief_open()),
    );
  } catch {
    return h('p', { id: 'class-debrief' }, m.class_debrief_released_seat());
  }
}

export function openSeatView(client: ClassClient, back: () => void): void {
  const content = h('div', { class: 'class-seat-body' }, h('h2', { id: 'screen-heading', tabindex: -1 }, m.class_joining()));
  const problem = h('p', { class: 'alert', role: 'alert', id: 'class-seat-problem', hidden: true });
  const connection = h('p', { class: 'class-connection', role: 'status', id: 'class-connection' });
  const notice = h('div', { class: 'class-notice', role: 'status' });
  const leave = h(
    'button',
    {
      type: 'button',
      class: 'btn small',
      id: 'class-leave',
      onclick: () =>
        askFirst(leave, m.class_leave(), m.class_leave_confirm(), m.class_leave(), () => void client.leave().then(back)),
    },
    m.class_leave(),
  );
  const screen = h('div', { class: 'screen class-screen class-seat' }, connection, problem, notice, content, h('p', {}, leave));
  let label = '';
  let lastKey = '';
  // The round timer counts down between views: what the last view said, and when it came.
  let round: { msg: SeatViewMessage; at: number } | null = null;
  const ticker = setInterval(() => {
    if (!screen.isConnected) return clearInterval(ticker);
    const line = content.querySelector<HTMLElement>('#class-round');
    if (line && round?.msg.round) line.textContent = roundText(round.msg.round, performance.now() - round.at);
  }, 1000);
  const send = (move: MoveBody) => {
    problem.hidden = true;
    client.send('move', move);
  };
  const draw = (msg: SeatViewMessage) => {
    const key = `${msg.view.beat?.id}:${msg.view.turn?.side}:${msg.view.over}`;
    round = { msg, at: performance.now() };
    replace(content, ...body(msg, label, send));
    if (key !== lastKey) {
      lastKey = key;
      problem.hidden = true;
      focusNow(content.querySelector<HTMLElement>('#screen-heading'));
    }
    document.title = m.page_title({ screen: label });
  };
  client.on('welcome', (w) => {
    label = w.label ?? '';
  });
  client.on('view', draw);
  client.on('refused', (r) => {
    problem.hidden = false;
    problem.textContent = r.reason === 'paused' ? m.class_refused_paused() : m.class_refused({ message: r.message });
  });
  client.on('debrief', (body) => replace(notice, debriefLink(body)));
  client.on('connection', (c) => {
    connection.textContent = c === 'connected' ? '' : c === 'reconnecting' ? m.class_reconnecting() : m.class_connection_lost();
  });
  label = client.latest('welcome')?.label ?? '';
  showClassScreen(screen);
  const first = client.latest('view');
  if (first) draw(first);
  const debrief = client.latest('debrief');
  if (debrief) replace(notice, debriefLink(debrief));
}

/** The class's start, while the table stands there: a start point's sourced summary or a shared path's. */
function seatSoFar(msg: SeatViewMessage): HTMLElement | null {
  const soFar = msg.soFar;
  if (!soFar) return null;
  if (soFar.kind === 'start') return soFarView(startPointById(soFar.start));
  const summary = pathSoFar(soFar.record);
  return summary && pathSoFarView(summary, soFar.moves);
}

/** Time is up for this phase (the server called it): said once, as a status, with what it means here. */
function timeUpNotice(view: View): HTMLElement {
  const notice = h('p', { class: 'alert class-time-up', id: 'class-time-up', role: 'status' });
  liveText(notice, view.table?.open ? m.class_time_up_table() : m.class_time_up_seat());
  return notice;
}

/** The paused notice: a status region put in empty and filled once it is in the page, so readers announce it. */
function pausedNotice(): HTMLElement {
  const notice = h('p', { class: 'alert class-paused', id: 'class-paused', role: 'status' });
  liveText(notice, m.class_paused());
  return notice;
}
