/** The Yongbyon checklist: the DOM twin of the site map, plus the beat's ready-made readings. */

import { FACILITIES, facilityNames, issueById } from '../../app/content.ts';
import type { Controller } from '../../app/controller.ts';
import { MOOD_WORD, SIDE_NAME } from '../../app/labels.ts';
import { counterpartMood, DEFAULT_SCOPE, scopeDraft } from '../../app/scopeDraft.ts';
import { m } from '../../app/strings/catalogue.ts';
import { type FacilityId, otherSide, scopeLevel } from '../../sim/session/index.ts';
import type { View } from '../../sim/session/view.ts';
import { h, onDispose } from '../dom.ts';
import { liveText } from '../live.ts';

export function scopeControls(controller: Controller, view: View, presets: HTMLElement): HTMLElement {
  const side = view.beat?.side ?? view.viewer;
  const other = otherSide(side);
  const theirs = view.scope[other];
  const mine = view.scope[side];
  scopeDraft.prepare(`${controller.session?.seed}:${view.beat?.id}:${side}`, (mine as FacilityId[] | null) ?? DEFAULT_SCOPE);

  const reaction = h('p', { class: 'reaction', role: 'status' });
  const boxes = new Map<FacilityId, HTMLInputElement>();
  const update = () => {
    const list = scopeDraft.list();
    for (const [id, box] of boxes) box.checked = scopeDraft.has(id);
    const mood = counterpartMood(other, list);
    const level = issueById('yongbyon').levels[scopeLevel(list)];
    liveText(reaction, m.scope_reaction({ level, side: SIDE_NAME[other], mood: MOOD_WORD[mood] }));
    reaction.dataset.mood = mood;
  };
  const items = FACILITIES.map((f) => {
    const box = h('input', {
      type: 'checkbox',
      id: `fac-${f.id}`,
      'data-facility': f.id,
      onchange: (e: Event) => scopeDraft.toggle(f.id, (e.target as HTMLInputElement).checked),
    });
    boxes.set(f.id, box);
    return h(
      'li',
      {},
      h(
        'label',
        { class: 'check', for: `fac-${f.id}` },
        box,
        ' ',
        h('strong', {}, f.name),
        f.production ? h('span', { class: 'tag' }, m.scope_makes_material()) : null,
      ),
      h('p', { class: 'hint' }, f.role),
    );
  });
  onDispose(scopeDraft.on('change', update));
  update();

  const send = h(
    'button',
    {
      type: 'button',
      class: 'btn primary',
      onclick: () => controller.defineScope(side, scopeDraft.list()),
    },
    m.scope_define_button(),
  );
  return h(
    'div',
    { class: 'scope' },
    theirs &&
      h('p', { class: 'their-scope' }, m.scope_their_reading({ side: SIDE_NAME[other], facilities: facilityNames(theirs) })),
    h('h3', {}, m.scope_presets_heading()),
    presets,
    h('fieldset', { class: 'field facility-list' }, h('legend', {}, m.scope_facilities_legend()), h('ul', {}, ...items)),
    reaction,
    send,
  );
}
