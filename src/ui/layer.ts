/**
 * The accessible DOM layer over the canvas: it draws the current screen from the controller, keeps the
 * narration log, the toolbar and the canvas's text twin, and manages focus between screens.
 */
import type { Controller, Screen } from '../app/controller.ts';
import { SPEEDS, type Speed } from '../app/params.ts';
import { describeStage, stageFor, stageReadings } from '../app/stageModel.ts';
import { m, messageRecord } from '../app/strings/catalogue.ts';
import { disposeScreen, focusNow, h, replace } from './dom.ts';
import { keepFocusClear } from './focusClear.ts';
import { createHistoryDialog } from './historyDialog.ts';
import { installNumberKeys } from './keys.ts';
import { createLeaveDialog } from './leaveDialog.ts';
import { NarrationLog } from './log.ts';
import type { SaveKeeper } from './saves/keeper.ts';
import { createSavesDialog } from './savesDialog.ts';
import { aftermathScreen } from './screens/aftermath.ts';
import { branchesScreen } from './screens/branches.ts';
import { briefingScreen } from './screens/briefing.ts';
import { debriefScreen } from './screens/debrief.ts';
import { passScreen } from './screens/pass.ts';
import { playScreen } from './screens/play.ts';
import { titleScreen } from './screens/title.ts';
import { installSelfVoice } from './selfVoice.ts';
import { createSettingsDialog } from './settingsDialog.ts';

const SPEED_LABEL: Readonly<Record<Speed, string>> = messageRecord({
  slow: m.speed_slow,
  normal: m.speed_normal,
  fast: m.speed_fast,
  max: m.speed_max,
});

export class UiLayer {
  private body = h('div', { class: 'panel-body' });
  private log = new NarrationLog();
  private twin = h('p', { id: 'scene-twin', class: 'sr-only' });
  /**
   * The readings as text, shown only where the stage is a small banner (responsive.css) and its meter
   * plate cannot be read. Hidden from screen readers: the twin already says the same.
   */
  private readings = h('p', { id: 'readings-strip', class: 'readings-strip', 'aria-hidden': 'true' });
  private pace = h('div', { class: 'pace', role: 'group', 'aria-label': m.pace_group_label() });
  private renderedKey = '';
  private speedSelect!: HTMLSelectElement;
  private pauseButton!: HTMLButtonElement;
  private firstRender = true;
  private historyButton: HTMLButtonElement;
  private savesButton: HTMLButtonElement;
  private mapButton: HTMLButtonElement;
  private titleButton: HTMLButtonElement;

  constructor(
    private root: HTMLElement,
    private controller: Controller,
    private keeper: SaveKeeper,
  ) {
    const settings = createSettingsDialog();
    const history = createHistoryDialog(controller);
    const saves = createSavesDialog(controller, keeper);
    const leave = createLeaveDialog(controller);
    this.titleButton = h(
      'button',
      {
        type: 'button',
        id: 'open-title',
        class: 'btn small',
        'aria-haspopup': 'dialog',
        onclick: () => leave.open(this.titleButton),
      },
      m.toolbar_title(),
    );
    this.historyButton = h(
      'button',
      {
        type: 'button',
        id: 'open-history',
        class: 'btn small',
        'aria-haspopup': 'dialog',
        onclick: () => history.open(this.historyButton),
      },
      m.toolbar_history(),
    );
    this.savesButton = h(
      'button',
      {
        type: 'button',
        id: 'open-saves',
        class: 'btn small',
        'aria-haspopup': 'dialog',
        onclick: () => saves.open(this.savesButton),
      },
      m.toolbar_saves(),
    );
    const settingsButton = h(
      'button',
      { type: 'button', class: 'btn small', 'aria-haspopup': 'dialog', onclick: () => settings.open(settingsButton) },
      m.toolbar_settings(),
    );
    this.mapButton = h(
      'button',
      { type: 'button', id: 'open-branch-map', class: 'btn small', hidden: true, onclick: () => controller.showBranches() },
      m.toolbar_branch_map(),
    );
    const panel = h(
      'section',
      { id: 'panel', class: 'panel', tabindex: -1, 'aria-label': m.panel_label() },
      this.body,
      this.log.el,
    );
    replace(
      root,
      h(
        'div',
        { class: 'toolbar' },
        this.pace,
        this.titleButton,
        this.historyButton,
        this.savesButton,
        this.mapButton,
        settingsButton,
      ),
      this.readings,
      panel,
      this.twin,
      settings.dialog,
      history.dialog,
      saves.dialog,
      leave.dialog,
    );
    this.buildPace();
    keepFocusClear(this.body);
    installNumberKeys(root);
    installSelfVoice(controller);
    controller.on('narrate', (n) => this.log.add(n));
    controller.on('screen', (s) => this.render(s, true));
    controller.on('update', () => this.render(controller.screen, false));
  }

  private render(screen: Screen, newScreen: boolean): void {
    const view = this.controller.view();
    const key = `${screen.kind}:${view?.beat?.id ?? ''}`;
    const moved = newScreen || key !== this.renderedKey;
    this.renderedKey = key;
    const active = document.activeElement as HTMLElement | null;
    const hadFocus = !!active && (active === document.body || this.root.contains(active));
    const refocus = active?.id ? `#${CSS.escape(active.id)}` : null;
    disposeScreen();
    this.root.className = `screen-${screen.kind}`;
    if (screen.kind === 'title') this.log.clear();
    replace(this.body, this.screenFor(screen));
    this.renderPace(screen);
    // History needs a game; it is hidden on the hand-over screen so it cannot show the other side's moves.
    this.historyButton.hidden = this.controller.timeline === null || screen.kind === 'pass' || screen.kind === 'title';
    // Back to the title from any screen of a game; the title itself and the briefing have their own way.
    this.titleButton.hidden = this.controller.timeline === null || screen.kind === 'title' || screen.kind === 'briefing';
    // The branch map likewise; on the map itself its own button leads back.
    this.mapButton.hidden = this.historyButton.hidden || screen.kind === 'branches';
    const stage = (screen.kind === 'play' || screen.kind === 'aftermath') && view ? stageFor(view) : null;
    this.twin.textContent = stage ? describeStage(stage) : '';
    this.readings.textContent = stage ? stageReadings(stage) : '';
    this.readings.hidden = stage === null;
    const heading = this.body.querySelector<HTMLElement>('#screen-heading');
    // The tab's title names the screen, so a screen reader's window list and history say where one is.
    const where = heading?.textContent?.trim();
    document.title = where && screen.kind !== 'title' ? m.page_title({ screen: where }) : m.game_title();
    const first = this.firstRender;
    this.firstRender = false;
    // On page load the browser's own focus order is kept; later screens focus their heading.
    if (moved) this.body.scrollTop = 0;
    if (first) return;
    // Focus moves only when it had to: a control outside the screen's body (the toolbar, the pace bar,
    // the log) keeps it through the computer's moves, so Pause stays reachable while the game runs.
    // A new screen (the player's own doing: a toolbar button, a hand-over) still takes focus to its heading.
    const outsideBody = (el: HTMLElement | null) => !!el && el !== document.body && !this.body.contains(el);
    if (!newScreen && active?.isConnected && outsideBody(active)) return;
    const again = refocus ? this.root.querySelector<HTMLElement>(refocus) : null;
    const usable = again && !again.hasAttribute('disabled') ? again : null;
    // A toolbar or pace control drawn again keeps focus under its id.
    if (!newScreen && usable && outsideBody(usable) && active && !active.isConnected) {
      focusNow(usable);
      return;
    }
    if (moved) focusNow(heading);
    else if (hadFocus) focusNow(usable ?? heading);
  }

  private screenFor(screen: Screen): HTMLElement {
    const c = this.controller;
    switch (screen.kind) {
      case 'title':
        return titleScreen(c, screen.error, this.keeper);
      case 'briefing':
        return briefingScreen(c);
      case 'pass':
        return passScreen(c, screen.side);
      case 'play': {
        const view = c.view();
        return view ? playScreen(c, view) : h('div', {});
      }
      case 'aftermath':
        return aftermathScreen(c);
      case 'debrief':
        return debriefScreen(c);
      case 'branches':
        return branchesScreen(c);
    }
  }

  /** Speed and pause, while a computer seat plays: built once, so a click is never lost to a redraw. */
  private buildPace(): void {
    const c = this.controller;
    this.speedSelect = h(
      'select',
      {
        id: 'pace-speed',
        'aria-label': m.pace_speed_label(),
        onchange: (e: Event) => c.setSpeed((e.target as HTMLSelectElement).value as Speed),
      },
      ...SPEEDS.map((s) => h('option', { value: s }, SPEED_LABEL[s])),
    );
    this.pauseButton = h(
      'button',
      { type: 'button', id: 'pace-pause', class: 'btn small', onclick: () => c.togglePause() },
      m.pace_pause(),
    );
    replace(
      this.pace,
      h('label', { for: 'pace-speed', class: 'pace-label' }, m.pace_computer()),
      this.speedSelect,
      this.pauseButton,
    );
  }

  private renderPace(screen: Screen): void {
    const c = this.controller;
    const computer = c.session !== null && c.humans.length < 2 && screen.kind === 'play';
    this.pace.hidden = !computer;
    this.speedSelect.value = c.speed;
    this.pauseButton.textContent = c.paused ? m.pace_resume() : m.pace_pause();
  }
}
