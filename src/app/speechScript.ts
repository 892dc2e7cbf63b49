/**
 * What the game reads aloud when self-voicing is on (Ren'Py-style, for players who do not use a screen
 * reader): the beat's heading and text, each choice with its number, and the counterpart's answer
 * with its reasons. Pure: the words only; `ui/selfVoice.ts` hands them to the Web Speech API.
 */
import type { View } from '../sim/session/view.ts';
import { describePackage } from './packages.ts';
import { type NumberKeys, numberShortcut } from './prefs.ts';
import { reasonLines } from './reasonWords.ts';
import { m } from './strings/catalogue.ts';

/** The lines to speak for a View, in reading order; empty when there is nothing for this seat to read. */
export function speechFor(view: View, numberKeys: NumberKeys): string[] {
  const beat = view.beat;
  if (!beat) return view.ending ? [view.ending.title, view.ending.summary] : [];
  const lines = [beat.title, beat.text];
  const answer = view.table?.lastAnswer;
  if (answer) {
    lines.push(m.speech_counteroffer({ offer: describePackage(answer.to) }));
    lines.push(...reasonLines(answer.reasons));
  }
  view.choices.forEach((c, i) => {
    if (!c.enabled) return;
    const key = numberShortcut(i + 1, numberKeys);
    lines.push(key ? m.speech_choice_key({ key, label: c.label }) : m.speech_choice({ label: c.label }));
  });
  return lines.filter((line) => line.trim() !== '');
}
