/** The title screen: the first interactive control a visitor meets, and any start-link error. */
import type { Controller } from '../../app/controller.ts';
import { freshSeed } from '../../app/params.ts';
import { m } from '../../app/strings/catalogue.ts';
import { h } from '../dom.ts';
import type { SaveKeeper } from '../saves/keeper.ts';
import { formatTime } from '../savesDialog.ts';
import { teacherGuideButton } from '../teacherGuideDialog.ts';

/** Continue: the game played last on this device, named by its seat, beat and time, never opened unasked. */
function continueButton(controller: Controller, keeper: SaveKeeper): HTMLElement | null {
  const slot = keeper.continuable();
  if (!slot) return null;
  return h(
    'button',
    {
      type: 'button',
      id: 'continue-game',
      class: 'btn primary',
      'aria-describedby': 'continue-what',
      onclick: () => {
        const r = keeper.resume();
        if (r.kind === 'problem') controller.showTitle(r.message);
        else if (r.kind === 'none') controller.showTitle(null);
      },
    },
    m.title_continue(),
  );
}

/**
 * Run a class, Join a class and Class results from codes (the board without a server): the class
 * screens and their client (colyseus.js) load only when pressed, so a solo player downloads nothing of them.
 */
function classButtons(controller: Controller): HTMLElement[] {
  const back = () => controller.showTitle(null);
  return [
    h(
      'button',
      {
        type: 'button',
        class: 'btn',
        id: 'run-class',
        onclick: () => void import('../class/runClass.ts').then(({ openRunClass }) => openRunClass(back)),
      },
      m.class_title_run(),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'btn',
        id: 'join-class',
        onclick: () => void openJoin(null, back),
      },
      m.class_title_join(),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'btn',
        id: 'results-from-codes',
        onclick: () => void import('../class/boardCodes.ts').then(({ openBoardFromCodes }) => openBoardFromCodes(back)),
      },
      m.class_board_from_codes(),
    ),
  ];
}

/** Opens Join a class, filled in with a `?class=CODE` link's code; `comeBack` returns a seated student to the seat. */
export async function openJoin(code: string | null, back: () => void, comeBack = false): Promise<void> {
  const { openJoinClass } = await import('../class/joinClass.ts');
  await openJoinClass(code, back, comeBack);
}

export function titleScreen(controller: Controller, error: string | null, keeper: SaveKeeper): HTMLElement {
  const slot = keeper.continuable();
  const resume = continueButton(controller, keeper);
  return h(
    'div',
    { class: 'screen title-screen' },
    h('h1', { class: 'game-title', id: 'screen-heading', tabindex: -1 }, m.game_title()),
    h('p', { class: 'subtitle' }, m.title_subtitle()),
    h('p', { class: 'tagline' }, m.title_tagline()),
    error && h('p', { class: 'alert', role: 'alert' }, error),
    h(
      'div',
      { class: 'menu' },
      resume,
      slot &&
        h(
          'p',
          { id: 'continue-what', class: 'continue-what' },
          m.title_continue_what({ name: slot.name, where: slot.summary.where, time: formatTime(slot.savedAt) }),
        ),
      h(
        'button',
        { type: 'button', class: resume ? 'btn' : 'btn primary', onclick: () => controller.showBriefing() },
        m.title_new_game(),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'btn',
          onclick: () => controller.start({ seats: { us: 'ai', dprk: 'ai' }, mode: 'historical' }, freshSeed(), 'normal'),
        },
        m.title_watch(),
      ),
      teacherGuideButton(),
      ...classButtons(controller),
    ),
    h('p', { class: 'fineprint' }, m.title_fineprint()),
    h('p', { class: 'fineprint' }, h('a', { href: '?print=briefs' }, m.title_print_link())),
  );
}
