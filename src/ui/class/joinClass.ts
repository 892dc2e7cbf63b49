/**
 * Join a class: a student types the code their teacher shows (a `?class=CODE` link fills it in),
 * and gets a seat, or a clear sentence saying why not. A student who was seated in this tab comes
 * back to the same seat.
 */
import { type ClassRefusal, normalizeCode } from '../../app/classClient.ts';
import { m } from '../../app/strings/catalogue.ts';
import { h } from '../dom.ts';
import { classClient } from './connect.ts';
import { showClassScreen } from './host.ts';
import { openSeatView } from './seatView.ts';

/** A join refusal in the student's words. */
export function refusalWords(r: ClassRefusal, code: string): string {
  switch (r.reason) {
    case 'class-full':
      return m.class_join_full();
    case 'bad-token':
    case 'seat-freed':
      return m.class_join_seat_gone();
    case 'seat-computer':
      return m.class_seat_ai_took_yours();
    case 'unreachable':
      return /not found/i.test(r.message) ? m.class_join_no_class({ code }) : m.class_join_unreachable({ message: r.message });
    default:
      return m.class_refused({ message: r.message });
  }
}

/**
 * Opens Join a class, filled in with `prefill`; with `comeBack`, a student seated earlier in this tab
 * (a reload) goes straight back to that seat.
 */
export async function openJoinClass(prefill: string | null, back: () => void, comeBack = false): Promise<void> {
  const client = await classClient();
  const kept = client.stored();
  const problem = h('p', { class: 'alert', role: 'alert', id: 'class-join-problem', hidden: true });
  const say = (text: string) => {
    problem.hidden = false;
    problem.textContent = text;
  };
  const input = h('input', {
    type: 'text',
    id: 'class-code-input',
    name: 'code',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
    maxlength: 12,
    value: prefill ?? '',
    'aria-describedby': 'class-code-hint',
    required: true,
  });
  const join = async (code: string) => {
    problem.hidden = true;
    let refusal: ClassRefusal | null = null;
    const off = client.on('refused', (r) => {
      refusal = r;
    });
    try {
      await client.joinClass(code);
      off();
      openSeatView(client, back);
    } catch (err) {
      off();
      say(refusalWords(refusal ?? { reason: 'unreachable', message: String(err) }, code));
    }
  };
  const returnToSeat = async () => {
    if (await client.rejoin()) openSeatView(client, back);
    else say(m.class_join_seat_gone());
  };
  const form = h(
    'form',
    {
      class: 'class-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const code = normalizeCode(input.value);
        if (!code) say(m.class_join_bad_code());
        else void join(code);
      },
    },
    h('p', {}, h('label', { for: 'class-code-input' }, m.class_join_label()), input),
    h('p', { id: 'class-code-hint', class: 'hint' }, m.class_join_hint()),
    problem,
    h(
      'div',
      { class: 'form-actions' },
      h('button', { type: 'submit', class: 'btn primary', id: 'class-join' }, m.class_join()),
      kept?.role === 'seat' &&
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            id: 'class-seat-return',
            onclick: () => void returnToSeat(),
          },
          m.class_seat_return({ code: kept.code }),
        ),
      h('button', { type: 'button', class: 'btn', onclick: back }, m.class_back()),
    ),
  );
  showClassScreen(
    h('div', { class: 'screen class-screen' }, h('h2', { id: 'screen-heading', tabindex: -1 }, m.class_join_heading()), form),
  );
  if (comeBack && kept?.role === 'seat' && (prefill === null || prefill === kept.code)) await returnToSeat();
}
