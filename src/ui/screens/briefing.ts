/** The briefing: who plays which side, mode, counterpart persona, seed, and the role brief. */

import type { Controller } from '../../app/controller.ts';
import { freshSeed, SPEEDS, type Speed } from '../../app/params.ts';
import { BRIEFS, type Brief, EVENTS, PERSONAS, type PersonaId, PUBLIC_BRIEF } from '../../sim/session/index.ts';
import type { SettingsInput } from '../../sim/session/settings.ts';
import { type Child, h, replace } from '../dom.ts';
import { linkTerms } from '../glossaryUi.ts';
import { teacherGuideButton } from '../teacherGuideDialog.ts';

const ROLES = [
  { id: 'us', label: 'Play the United States', seats: { us: 'human', dprk: 'ai' } },
  { id: 'dprk', label: 'Play the DPRK', seats: { us: 'ai', dprk: 'human' } },
  { id: 'hotseat', label: 'Both sides on one device (hot-seat)', seats: { us: 'human', dprk: 'human' } },
  { id: 'watch', label: 'Watch the computer play both sides', seats: { us: 'ai', dprk: 'ai' } },
] as const;
type RoleId = (typeof ROLES)[number]['id'];

const PERSONA_LABEL: Record<PersonaId, string> = {
  historical: 'As in 2019',
  dovish: 'Dovish: keener to close a deal',
  hawkish: 'Hawkish: slower to concede, quicker to walk',
};
const SPEED_LABEL: Record<Speed, string> = { slow: 'Slow', normal: 'Normal', fast: 'Fast', max: 'Instant' };

function radio(name: string, value: string, label: Child, checked: boolean, onchange: () => void): HTMLLabelElement {
  return h('label', { class: 'radio' }, h('input', { type: 'radio', name, value, checked, onchange }), ' ', label);
}

/** What the watch role reads before the computer plays both sides. */
const WATCH_NOTE =
  'Each side follows a model of its interests, its red lines and its hidden pressures. In historical mode both follow the record; in open mode they negotiate by the model, and the seed changes the details. Use the speed control to slow down or pause.';

/** One brief; each glossary term is linked at its first appearance in the brief. */
function briefView(brief: Brief, open = true): HTMLElement {
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
  const briefBox = h('div', { class: 'brief-box', 'aria-live': 'polite' });
  const showBrief = () => {
    const print = h(
      'p',
      { class: 'hint' },
      h('a', { href: '?print=briefs', target: '_blank', rel: 'noopener' }, 'Printable briefs and teacher guide'),
    );
    if (role === 'watch')
      replace(
        briefBox,
        h('h3', {}, 'Watching: the computer plays both sides'),
        h('p', {}, WATCH_NOTE),
        briefView(PUBLIC_BRIEF, false),
        print,
      );
    else if (role === 'hotseat')
      replace(
        briefBox,
        briefView(PUBLIC_BRIEF, false),
        briefView(BRIEFS.us.confidential),
        briefView(BRIEFS.dprk.confidential),
        print,
      );
    else replace(briefBox, briefView(BRIEFS[role].public, false), briefView(BRIEFS[role].confidential), print);
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
  // Each event card: as the mode decides (historical: as in 2019; open: by seeded chance), or forced.
  const cardSelects = EVENTS.map((card) =>
    h(
      'select',
      { id: `card-${card.id.replace('.', '-')}`, 'data-card': card.id },
      h('option', { value: '' }, 'As the mode decides'),
      h('option', { value: 'on' }, 'Always'),
      h('option', { value: 'off' }, 'Never'),
    ),
  );
  const locked = h('input', { id: 'locked', type: 'checkbox', 'aria-describedby': 'locked-hint' });
  const error = h('p', { class: 'alert', role: 'alert', hidden: true });

  const start = (e: Event) => {
    e.preventDefault();
    const seed = seedInput.value.trim();
    if (!/^\d+$/.test(seed)) {
      error.textContent = 'The seed must be a whole number from 0 to 4294967295.';
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
    h('h2', { id: 'screen-heading', tabindex: -1 }, 'Briefing'),
    h(
      'div',
      { class: 'briefing-grid' },
      h(
        'div',
        { class: 'briefing-options' },
        h(
          'fieldset',
          { class: 'field' },
          h('legend', {}, 'Who plays?'),
          ...ROLES.map((r, i) =>
            radio('role', r.id, r.label, i === 0, () => {
              role = r.id;
              showBrief();
            }),
          ),
        ),
        h(
          'fieldset',
          { class: 'field' },
          h('legend', {}, 'Mode'),
          radio(
            'mode',
            'historical',
            h('span', {}, 'Historical: events and the other side follow the record until you leave it'),
            true,
            () => {
              mode = 'historical';
            },
          ),
          radio(
            'mode',
            'open',
            h('span', {}, 'Open: events are drawn by chance and the other side follows the model'),
            false,
            () => {
              mode = 'open';
            },
          ),
        ),
        h('div', { class: 'field' }, h('label', { for: 'persona' }, 'Counterpart persona'), persona),
        h(
          'div',
          { class: 'field' },
          h('label', { class: 'check' }, drills, ' Put the US–ROK military drills on the table ("freeze for freeze")'),
        ),
        h(
          'details',
          { class: 'field event-cards' },
          h('summary', {}, 'Event cards'),
          ...EVENTS.map((card, i) =>
            h('div', { class: 'card-row' }, h('label', { for: cardSelects[i].id }, `${card.title} `), cardSelects[i]),
          ),
        ),
        h(
          'div',
          { class: 'field' },
          h('label', { class: 'check' }, locked, ' Lock past choices (assessment)'),
          h('p', { id: 'locked-hint', class: 'hint' }, 'Players can go back to review their decisions but cannot change them.'),
        ),
        h(
          'div',
          { class: 'field' },
          h('label', { for: 'seed' }, 'Seed'),
          seedInput,
          h('button', { type: 'button', class: 'btn small', onclick: () => (seedInput.value = String(freshSeed())) }, 'New seed'),
          h('p', { id: 'seed-hint', class: 'hint' }, 'The same seed and choices replay the same summit.'),
        ),
        h('div', { class: 'field' }, h('label', { for: 'speed' }, 'Computer moves'), speed),
      ),
      briefBox,
    ),
    h(
      'div',
      { class: 'form-actions' },
      error,
      h('button', { type: 'submit', class: 'btn primary' }, 'Begin the summit'),
      h('button', { type: 'button', class: 'btn', onclick: () => controller.showTitle() }, 'Back to the title'),
      teacherGuideButton(),
    ),
  );
}
