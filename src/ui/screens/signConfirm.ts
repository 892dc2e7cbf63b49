/**
 * Before a deal is signed, the player sees what they sign: every term of the package exactly as it will
 * be signed (the View's `signs`: Yongbyon as the DPRK has defined it), what it is worth to them in the one
 * value model, on paper, and against walking away, with the rounding shown. "Sign" makes the choice;
 * "Back" returns to the choices. Nothing is signed by the first click.
 */
import { packageLines, valueReadout } from '../../app/packages.ts';
import { m } from '../../app/strings/catalogue.ts';
import type { Package } from '../../sim/session/index.ts';
import type { ChoiceView, View } from '../../sim/session/view.ts';
import { h } from '../dom.ts';

/**
 * A choice's click: one that signs nothing is made at once (`choose`); one that signs swaps `choices` (the
 * element holding the buttons) for the confirmation, whose "Back" swaps them back with focus on the choice.
 * The game's panel and the class seat both call it.
 */
export function chooseOrConfirm(choices: HTMLElement, view: View, choice: ChoiceView, choose: () => void): void {
  const signs = choice.signs;
  if (!signs) {
    choose();
    return;
  }
  const confirm = signConfirm(view, { ...choice, signs }, choose, () => {
    confirm.replaceWith(choices);
    choices.querySelector<HTMLElement>(`button[data-choice="${choice.id}"]`)?.focus();
  });
  choices.replaceWith(confirm);
  confirm.querySelector<HTMLElement>('#sign-h')?.focus();
}

/** The confirmation in place of the choices; `back` puts the choices back. */
function signConfirm(
  view: View,
  choice: { readonly id: string; readonly label: string; readonly signs: Package; readonly signsWorth: ChoiceView['signsWorth'] },
  sign: () => void,
  back: () => void,
): HTMLElement {
  const worth = choice.signsWorth;
  return h(
    'section',
    { class: 'sign-confirm', 'aria-labelledby': 'sign-h', 'data-choice': choice.id },
    h('h3', { id: 'sign-h', tabindex: -1 }, m.sign_heading()),
    h('p', {}, m.sign_intro({ label: choice.label })),
    h('ul', { class: 'pkg sign-terms' }, ...packageLines(choice.signs).map((line) => h('li', {}, line))),
    worth && h('p', { class: 'value sign-value' }, valueReadout(worth.perceived, worth.raw, view.reservation).text),
    worth && h('p', { class: 'hint' }, m.value_readout_why()),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'btn primary', onclick: sign }, m.sign_confirm()),
      h('button', { type: 'button', class: 'btn', onclick: back }, m.sign_back()),
    ),
  );
}
