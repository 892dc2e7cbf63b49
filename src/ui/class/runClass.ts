/**
 * Run a class: the teacher's set-up form (students, pairs or against the computer, same or different
 * seeds, mode, counterpart persona, start point, length, event cards, assessment lock, soft round timer and
 * a shared start, read by app/classSetupForm.ts),
 * then the class code big, the join link and its QR, above the live dashboard.
 */
import type { ClassClient, ClassRefusal, ClassSetupInput } from '../../app/classClient.ts';
import { cardField, ROUND_MINUTES, setupFromForm } from '../../app/classSetupForm.ts';
import { EVENTS, START_POINTS } from '../../app/content.ts';
import { m, messageRecord } from '../../app/strings/catalogue.ts';
import { PERSONAS, type PersonaId } from '../../sim/session/index.ts';
import { h } from '../dom.ts';
import { classClient } from './connect.ts';
import { dashboardPanel } from './dashboard.ts';
import { showClassScreen } from './host.ts';
import { qrSvg } from './qr.ts';

/** The link students open: this page with `?class=CODE`. */
export const joinLink = (code: string, loc: Pick<Location, 'origin' | 'pathname'> = location) =>
  `${loc.origin}${loc.pathname}?class=${code}`;

function radios(name: string, legend: string, options: readonly [string, string][]): HTMLElement {
  return h(
    'fieldset',
    { class: 'class-choice' },
    h('legend', {}, legend),
    ...options.map(([value, label], i) =>
      h(
        'label',
        { class: 'level', for: `${name}-${value}` },
        h('input', { type: 'radio', name, id: `${name}-${value}`, value, checked: i === 0 }),
        label,
      ),
    ),
  );
}

function readSetup(form: HTMLFormElement): ClassSetupInput {
  const data = new FormData(form);
  return setupFromForm((name) => {
    const v = data.get(name);
    return typeof v === 'string' ? v : null;
  });
}

const PERSONA_LABEL: Readonly<Record<PersonaId, string>> = messageRecord({
  historical: m.persona_historical,
  dovish: m.persona_dovish,
  hawkish: m.persona_hawkish,
});

/** A labelled select whose value the form submits under `name`. */
function select(name: string, label: string, options: readonly [string, string][]): HTMLElement {
  const id = `class-${name.replace(/[^a-z0-9-]/gi, '-')}`;
  return h(
    'p',
    { class: 'field' },
    h('label', { for: id }, label),
    h('select', { id, name }, ...options.map(([value, text]) => h('option', { value }, text))),
  );
}

/** The game every table plays, beyond the mode: as on the briefing. */
function gameFields(): HTMLElement[] {
  return [
    select(
      'persona',
      m.briefing_persona(),
      PERSONAS.map((p) => [p, PERSONA_LABEL[p]]),
    ),
    select(
      'start',
      m.briefing_start(),
      START_POINTS.map((p) => [p.id, p.name]),
    ),
    select('length', m.briefing_length(), [
      ['full', m.briefing_length_full()],
      ['class', m.briefing_length_class()],
    ]),
    h(
      'p',
      { class: 'field' },
      h(
        'label',
        { class: 'check' },
        h('input', { type: 'checkbox', name: 'locked', id: 'class-locked', 'aria-describedby': 'class-locked-hint' }),
        ` ${m.class_locked_label()}`,
      ),
      h('span', { id: 'class-locked-hint', class: 'hint' }, m.class_locked_hint()),
    ),
    h(
      'p',
      { class: 'field' },
      h('label', { for: 'class-roundMinutes' }, m.class_round_label()),
      h(
        'select',
        { id: 'class-roundMinutes', name: 'roundMinutes', 'aria-describedby': 'class-round-hint' },
        ...ROUND_MINUTES.map((n) =>
          h('option', { value: String(n) }, n === 0 ? m.class_round_off() : m.class_round_minutes({ minutes: n })),
        ),
      ),
      h('span', { id: 'class-round-hint', class: 'hint' }, m.class_round_hint()),
    ),
    h(
      'p',
      { class: 'field' },
      h('label', { for: 'class-from' }, m.class_from_label()),
      h('input', { id: 'class-from', name: 'from', type: 'text', inputmode: 'url', 'aria-describedby': 'class-from-hint' }),
      h('span', { id: 'class-from-hint', class: 'hint' }, m.class_from_hint()),
    ),
    h(
      'details',
      { class: 'field event-cards' },
      h('summary', {}, m.briefing_event_cards()),
      ...EVENTS.map((card) =>
        select(cardField(card.id), card.title, [
          ['', m.card_as_mode_decides()],
          ['on', m.card_always()],
          ['off', m.card_never()],
        ]),
      ),
    ),
  ];
}

export async function openRunClass(back: () => void): Promise<void> {
  const client = await classClient();
  const kept = client.stored();
  const problem = h('p', { class: 'alert', role: 'alert', hidden: true });
  const show = (r: ClassRefusal) => {
    problem.hidden = false;
    problem.textContent = m.class_create_failed({ message: r.message });
  };
  const form = h(
    'form',
    {
      class: 'class-form',
      onsubmit: async (e: Event) => {
        e.preventDefault();
        problem.hidden = true;
        const off = client.on('refused', show);
        try {
          await client.createClass(readSetup(form));
          teacherScreen(client);
        } catch {
          // Shown by the refused listener.
        } finally {
          off();
        }
      },
    },
    h(
      'p',
      {},
      h('label', { for: 'class-students' }, m.class_students()),
      h('input', { type: 'number', id: 'class-students', name: 'students', min: 1, max: 60, value: 30, required: true }),
    ),
    radios('pairing', m.class_pairing(), [
      ['pairs', m.class_pairing_pairs()],
      ['computer', m.class_pairing_computer()],
    ]),
    radios('seeds', m.class_seeds(), [
      ['same', m.class_seeds_same()],
      ['different', m.class_seeds_different()],
    ]),
    radios('mode', m.briefing_mode(), [
      ['historical', m.briefing_mode_historical()],
      ['open', m.briefing_mode_open()],
    ]),
    ...gameFields(),
    problem,
    h(
      'div',
      { class: 'form-actions' },
      h('button', { type: 'submit', class: 'btn primary', id: 'class-create' }, m.class_create()),
      kept?.role === 'teacher' &&
        h(
          'button',
          {
            type: 'button',
            class: 'btn',
            id: 'class-teacher-return',
            onclick: async () => {
              if (await client.rejoin()) teacherScreen(client);
              else show({ reason: 'bad-token', message: m.class_return_failed() });
            },
          },
          m.class_teacher_return({ code: kept.code }),
        ),
      h('button', { type: 'button', class: 'btn', onclick: back }, m.class_back()),
    ),
  );
  showClassScreen(
    h(
      'div',
      { class: 'screen class-screen' },
      h('h2', { id: 'screen-heading', tabindex: -1 }, m.class_run_heading()),
      h('p', {}, m.class_run_intro()),
      form,
    ),
  );
}

/**
 * The teacher's page once the class exists: its code to share, then the dashboard. Built once: coming
 * back from the results board shows the same page (its listeners already hold the latest dashboard).
 */
function teacherScreen(client: ClassClient): void {
  const code = client.code ?? '';
  const link = joinLink(code);
  let page: HTMLElement | null = null;
  const show = () => {
    document.title = m.page_title({ screen: m.class_dashboard_heading() });
    if (page) showClassScreen(page);
  };
  const results = () =>
    void import('./board.ts').then(({ openLiveBoard }) => {
      openLiveBoard(client, () => {
        show();
        page?.querySelector<HTMLElement>('#class-show-results')?.focus();
      });
    });
  page = h(
    'div',
    { class: 'screen class-screen class-teacher' },
    h('h2', { id: 'screen-heading', tabindex: -1 }, m.class_dashboard_heading()),
    h(
      'section',
      { class: 'class-share', 'aria-labelledby': 'class-code-h' },
      h('h3', { id: 'class-code-h' }, m.class_code_heading()),
      h('p', { class: 'class-code', id: 'class-code' }, code),
      h('p', {}, m.class_join_at(), ' ', h('a', { href: link, id: 'class-link' }, link)),
      qrSvg(link, m.class_qr_label({ code })),
    ),
    dashboardPanel(client, results),
  );
  show();
}
