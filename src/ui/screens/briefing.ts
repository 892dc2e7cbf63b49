/** The briefing: who plays which side, mode, counterpart persona, seed, and the role brief. */

import { BRIEFS, EVENTS, PUBLIC_BRIEF, START_POINTS } from '../../app/content.ts';
import type { Controller } from '../../app/controller.ts';
import { freshSeed, SPEEDS, type Speed } from '../../app/params.ts';
import { m, messageRecord } from '../../app/strings/catalogue.ts';
import { type Brief, type GameLength, PERSONAS, type PersonaId, type StartPointId } from '../../sim/session/index.ts';
import type { SettingsInput } from '../../sim/session/settings.ts';
import { type Child, h, replace } from '../dom.ts';
import { linkTerms } from '../glossaryUi.ts';
import { teacherGuideButton } from '../teacherGuideDialog.ts';

const ROLES = [
  { id: 'us', label: m.role_us, seats: { us: 'human', dprk: 'ai' } },
  { id: 'dprk', label: m.role_dprk, seats: { us: 'ai', dprk: 'human' } },
  { id: 'hotseat', label: m.role_hotseat, seats: { us: 'human', dprk: 'human' } },
  { id: 'watch', label: m.title_watch, seats: { us: 'ai', dprk: 'ai' } },
] as const;
type RoleId = (typeof ROLES)[number]['id'];

const PERSONA_LABEL: Readonly<Record<PersonaId, string>> = messageRecord({
  historical: m.persona_historical,
  dovish: m.persona_dovish,
  hawkish: m.persona_hawkish,
});
const SPEED_LABEL: Readonly<Record<Speed, string>> = messageRecord({
  slow: m.speed_slow,
  normal: m.speed_normal,
  fast: m.speed_fast,
  max: m.speed_max,
});

function radio(name: string, value: string, label: Child, checked: boolean, onchange: () => void): HTMLLabelElement {
  return h('label', { class: 'radio' }, h('input', { type: 'radio', name, value, checked, onchange }), ' ', label);
}

/** What the watch role reads before the computer plays both sides. */
const WATCH_NOTE = m.briefing_watch_note;

/** One brief; each glossary term is linked at its first appearance in the brief. */
export function briefView(brief: Brief, open = true): HTMLElement {
  const seen = new Set<string>();
  return h(
    'details',
    { class: 'brief', open },
    h('summary', {}, brief.title),
    ...brief.sections.map((s) =>
      h('section', {}, h('h4', {}, s.heading), ...s.paragraphs.map((p) => h('p', {}, ...linkTerms(p, seen)))),
    ),
  );
}

export function briefingScreen(controller: Controller): HTMLElement {
  let role: RoleId = 'us';
  let mode: 'historical' | 'open' = 'historical';
  // Not a live region: a whole brief read out on every arrow key of the role radios drowns the reader;
  // the brief is the next thing in reading order after the radios.
  const briefBox = h('div', { class: 'brief-box' });
  const showBrief = () => {
    const print = h(
      'p',
      { class: 'hint' },
      h('a', { href: '?print=briefs', target: '_blank', rel: 'noopener' }, m.title_print_link()),
    );
    const label = h('p', { class: 'hint dramatization' }, m.lesson_dramatization());
    if (role === 'watch')
      replace(
        briefBox,
        h('h3', {}, m.briefing_watch_heading()),
        h('p', {}, WATCH_NOTE()),
        label,
        briefView(PUBLIC_BRIEF, false),
        print,
      );
    else if (role === 'hotseat')
      // The screen is shared: each confidential brief waits behind its side's own hand-over screen.
      replace(
        briefBox,
        h('h3', {}, m.briefing_hotseat_heading()),
        h('p', { class: 'hotseat-note' }, m.briefing_hotseat_note()),
        label,
        briefView(PUBLIC_BRIEF, true),
      );
    else replace(briefBox, label, briefView(BRIEFS[role].public, false), briefView(BRIEFS[role].confidential), print);
  };
  showBrief();

  const seedInput = h('input', {
    id: 'seed',
    type: 'text',
    inputmode: 'numeric',
    value: String(freshSeed()),
    'aria-describedby': 'seed-hint',
  });
  const persona = h('select', { id: 'persona' }, ...PERSONAS.map((p) => h('option', { value: p }, PERSONA_LABEL[p])));
  const speed = h(
    'select',
    { id: 'speed' },
    ...SPEEDS.map((s) => h('option', { value: s, selected: s === 'normal' }, SPEED_LABEL[s])),
  );
  const drills = h('input', { id: 'drills', type: 'checkbox' });
  const startAt = h(
    'select',
    { id: 'start', 'aria-describedby': 'start-hint' },
    ...START_POINTS.map((p) => h('option', { value: p.id }, p.name)),
  );
  const length = h(
    'select',
    { id: 'length' },
    h('option', { value: 'full' }, m.briefing_length_full()),
    h('option', { value: 'class' }, m.briefing_length_class()),
  );
  // Each event card: as the mode decides (historical: as in 2019; open: by seeded chance), or forced.
  const cardSelects = EVENTS.map((card) =>
    h(
      'select',
      { id: `card-${card.id.replace('.', '-')}`, 'data-card': card.id },
      h('option', { value: '' }, m.card_as_mode_decides()),
      h('option', { value: 'on' }, m.card_always()),
      h('option', { value: 'off' }, m.card_never()),
    ),
  );
  const locked = h('input', { id: 'locked', type: 'checkbox', 'aria-describedby': 'locked-hint' });
  const error = h('p', { class: 'alert', role: 'alert', hidden: true });

  const start = (e: Event) => {
    e.preventDefault();
    const seed = seedInput.value.trim();
    if (!/^\d+$/.test(seed)) {
      error.textContent = m.briefing_seed_invalid();
      error.hidden = false;
      seedInput.focus();
      return;
    }
    const chosen = ROLES.find((r) => r.id === role) ?? ROLES[0];
    const events: Record<string, 'on' | 'off'> = {};
    for (const sel of cardSelects) if (sel.value === 'on' || sel.value === 'off') events[sel.dataset.card as string] = sel.value;
    const settings: SettingsInput = {
      seats: chosen.seats,
      mode,
      persona: persona.value as PersonaId,
      drills: drills.checked,
      events,
      start: startAt.value as StartPointId,
      length: length.value as GameLength,
    };
    const problem = controller.start(settings, Number(seed), speed.value as Speed, { locked: locked.checked });
    if (problem) {
      error.textContent = problem;
      error.hidden = false;
    }
  };

  return h(
    'form',
    { class: 'screen briefing-screen', onsubmit: start, novalidate: true },
    h('h2', { id: 'screen-heading', tabindex: -1 }, m.briefing_heading()),
    h(
      'div',
      { class: 'briefing-grid' },
      h(
        'div',
        { class: 'briefing-options' },
        h(
          'fieldset',
          { class: 'field' },
          h('legend', {}, m.briefing_who_plays()),
          ...ROLES.map((r, i) =>
            radio('role', r.id, r.label(), i === 0, () => {
              role = r.id;
              showBrief();
            }),
          ),
        ),
        h(
          'fieldset',
          { class: 'field' },
          h('legend', {}, m.briefing_mode()),
          radio('mode', 'historical', h('span', {}, m.briefing_mode_historical()), true, () => {
            mode = 'historical';
          }),
          radio('mode', 'open', h('span', {}, m.briefing_mode_open()), false, () => {
            mode = 'open';
          }),
        ),
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'start' }, m.briefing_start()),
          startAt,
          h('p', { id: 'start-hint', class: 'hint' }, m.briefing_start_hint()),
        ),
        h('div', { class: 'field' }, h('label', { for: 'length' }, m.briefing_length()), length),
        h('div', { class: 'field' }, h('label', { for: 'persona' }, m.briefing_persona()), persona),
        h('div', { class: 'field' }, h('label', { class: 'check' }, drills, ` ${m.briefing_drills()}`)),
        h(
          'details',
          { class: 'field event-cards' },
          h('summary', {}, m.briefing_event_cards()),
          ...EVENTS.map((card, i) =>
            h('div', { class: 'card-row' }, h('label', { for: cardSelects[i].id }, `${card.title} `), cardSelects[i]),
          ),
        ),
        h(
          'div',
          { class: 'field' },
          h('label', { class: 'check' }, locked, ` ${m.briefing_lock()}`),
          h('p', { id: 'locked-hint', class: 'hint' }, m.briefing_lock_hint()),
        ),
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'seed' }, m.briefing_seed()),
          seedInput,
          h(
            'button',
            { type: 'button', class: 'btn small', onclick: () => (seedInput.value = String(freshSeed())) },
            m.briefing_new_seed(),
          ),
          h('p', { id: 'seed-hint', class: 'hint' }, m.briefing_seed_hint()),
        ),
        h('div', { class: 'field' }, h('label', { for: 'speed' }, m.pace_group_label()), speed),
      ),
      briefBox,
    ),
    h(
      'div',
      { class: 'form-actions' },
      error,
      h('button', { type: 'submit', class: 'btn primary' }, m.briefing_begin()),
      h('button', { type: 'button', class: 'btn', onclick: () => controller.showTitle() }, m.briefing_back_to_title()),
      teacherGuideButton(),
    ),
  );
}
