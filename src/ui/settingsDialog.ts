/**
 * The display settings dialog: text size, high contrast, reduced motion, number-key shortcuts, and the language once the
 * catalogue has a second locale. Saved at once.
 */

import { MOTION, type Motion, NUMBER_KEYS, type NumberKeys, TEXT_SIZES, type TextSize, VOICE_RATES } from '../app/prefs.ts';
import { currentLocale, formatLocale, LOCALES, type Locale, m, messageRecord } from '../app/strings/catalogue.ts';
import { type DialogHandle, modalDialog } from './dialog.ts';
import { h } from './dom.ts';
import { switchLocale } from './locale.ts';
import { prefs } from './prefs.ts';
import { speechEngine } from './selfVoice.ts';

const TEXT_LABEL: Readonly<Record<TextSize, string>> = messageRecord({
  normal: m.text_size_normal,
  large: m.text_size_large,
  larger: m.text_size_larger,
  largest: m.text_size_largest,
});
const MOTION_LABEL: Readonly<Record<Motion, string>> = messageRecord({
  system: m.motion_system,
  reduce: m.motion_reduce,
  full: m.motion_full,
});

const NUMBER_KEYS_LABEL: Readonly<Record<NumberKeys, string>> = messageRecord({
  plain: m.number_keys_plain,
  alt: m.number_keys_alt,
  off: m.number_keys_off,
});

export function createSettingsDialog(): DialogHandle {
  const current = prefs.current;
  const sizeGroup = h(
    'fieldset',
    { class: 'field' },
    h('legend', {}, m.settings_text_size()),
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
    ` ${m.settings_high_contrast()}`,
  );
  const motion = h(
    'select',
    { id: 'pref-motion', onchange: (e: Event) => prefs.set({ motion: (e.target as HTMLSelectElement).value as Motion }) },
    ...MOTION.map((motion) => h('option', { value: motion, selected: current.motion === motion }, MOTION_LABEL[motion])),
  );
  const numberKeys = h(
    'select',
    {
      id: 'pref-number-keys',
      onchange: (e: Event) => prefs.set({ numberKeys: (e.target as HTMLSelectElement).value as NumberKeys }),
    },
    ...NUMBER_KEYS.map((k) => h('option', { value: k, selected: current.numberKeys === k }, NUMBER_KEYS_LABEL[k])),
  );
  const voiceFields = selfVoiceFields();
  // Each language is named in itself ("English", "한국어"); the control appears with a second locale.
  const languageName = (locale: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  const language =
    LOCALES.length > 1 &&
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'pref-language' }, m.settings_language()),
      h(
        'select',
        { id: 'pref-language', onchange: (e: Event) => switchLocale((e.target as HTMLSelectElement).value as Locale) },
        ...LOCALES.map((l) => h('option', { value: l, selected: l === currentLocale() }, languageName(l))),
      ),
    );
  return modalDialog({
    headingId: 'settings-title',
    title: m.toolbar_settings(),
    content: [
      sizeGroup,
      h('div', { class: 'field' }, contrast),
      h('div', { class: 'field' }, h('label', { for: 'pref-motion' }, m.settings_motion()), motion),
      h('div', { class: 'field' }, h('label', { for: 'pref-number-keys' }, m.settings_number_keys()), numberKeys),
      ...voiceFields,
      ...(language ? [language] : []),
      h('p', { class: 'hint' }, m.settings_hint()),
    ],
    closeLabel: m.dialog_done(),
    closeClass: 'btn primary',
  });
}

/** Self-voicing: on or off, its speed and its voice; a plain note where the browser cannot speak. */
function selfVoiceFields(): HTMLElement[] {
  const engine = speechEngine();
  if (!engine) return [h('p', { class: 'hint' }, m.voice_unavailable())];
  const current = prefs.current;
  const toggle = h(
    'label',
    { class: 'check' },
    h('input', {
      type: 'checkbox',
      id: 'pref-voice',
      checked: current.voice,
      onchange: (e: Event) => prefs.set({ voice: (e.target as HTMLInputElement).checked }),
    }),
    ` ${m.settings_voice()}`,
  );
  const rate = h(
    'select',
    { id: 'pref-voice-rate', onchange: (e: Event) => prefs.set({ voiceRate: Number((e.target as HTMLSelectElement).value) }) },
    ...VOICE_RATES.map((r) =>
      h('option', { value: String(r), selected: current.voiceRate === r }, new Intl.NumberFormat(formatLocale()).format(r) + '×'),
    ),
  );
  const voice = h(
    'select',
    { id: 'pref-voice-name', onchange: (e: Event) => prefs.set({ voiceName: (e.target as HTMLSelectElement).value }) },
    h('option', { value: '' }, m.voice_default()),
    ...engine
      .getVoices()
      .map((v) => h('option', { value: v.name, selected: current.voiceName === v.name }, `${v.name} (${v.lang})`)),
  );
  return [
    h('div', { class: 'field' }, toggle, h('p', { class: 'hint' }, m.settings_voice_hint())),
    h('div', { class: 'field' }, h('label', { for: 'pref-voice-rate' }, m.settings_voice_rate()), rate),
    h('div', { class: 'field' }, h('label', { for: 'pref-voice-name' }, m.settings_voice_name()), voice),
  ];
}
