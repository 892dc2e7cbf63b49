/** The display settings dialog: text size, high contrast, reduced motion. Saved at once. */

import { MOTION, type Motion, TEXT_SIZES, type TextSize } from '../app/prefs.ts';
import { type DialogHandle, modalDialog } from './dialog.ts';
import { h } from './dom.ts';
import { prefs } from './prefs.ts';

const TEXT_LABEL: Record<TextSize, string> = { normal: 'Normal', large: 'Large', larger: 'Larger' };
const MOTION_LABEL: Record<Motion, string> = { system: 'Follow my system setting', reduce: 'Reduce motion', full: 'Full motion' };

export function createSettingsDialog(): DialogHandle {
  const current = prefs.current;
  const sizeGroup = h(
    'fieldset',
    { class: 'field' },
    h('legend', {}, 'Text size'),
    ...TEXT_SIZES.map((size) =>
      h(
        'label',
        { class: 'radio' },
        h('input', {
          type: 'radio',
          name: 'text-size',
          value: size,
          checked: current.textSize === size,
          onchange: () => prefs.set({ textSize: size }),
        }),
        ` ${TEXT_LABEL[size]}`,
      ),
    ),
  );
  const contrast = h(
    'label',
    { class: 'check' },
    h('input', {
      type: 'checkbox',
      checked: current.highContrast,
      onchange: (e: Event) => prefs.set({ highContrast: (e.target as HTMLInputElement).checked }),
    }),
    ' High contrast',
  );
  const motion = h(
    'select',
    { id: 'pref-motion', onchange: (e: Event) => prefs.set({ motion: (e.target as HTMLSelectElement).value as Motion }) },
    ...MOTION.map((m) => h('option', { value: m, selected: current.motion === m }, MOTION_LABEL[m])),
  );
  return modalDialog({
    headingId: 'settings-title',
    title: 'Settings',
    content: [
      sizeGroup,
      h('div', { class: 'field' }, contrast),
      h('div', { class: 'field' }, h('label', { for: 'pref-motion' }, 'Motion '), motion),
      h('p', { class: 'hint' }, 'Settings are kept in this browser. The game never times your decisions.'),
    ],
    closeLabel: 'Done',
    closeClass: 'btn primary',
  });
}
