/**
 * Hanoi Summit in the browser: one Session (inside the controller), the accessible DOM layer that tells
 * the game and takes every move, and the Phaser game that draws it. The DOM layer starts at once; Phaser
 * and the art load behind the title, so the first control is usable before the canvas is ready.
 */
import 'virtual:palette.css';
import './styles/main.css';
import { registerSW } from 'virtual:pwa-register';
import './styles/responsive.css';
import type { Game } from 'phaser';
import { STORAGE_KEY as CLASS_SEAT_KEY } from './app/classClient.ts';
import { Controller } from './app/controller.ts';
import { parseLaunch } from './app/params.ts';
import { TEXT_SCALE } from './app/prefs.ts';
import { m } from './app/strings/catalogue.ts';
import { Director } from './game/director.ts';
import { type StillLoop, sleepWhenStill } from './game/stillLoop.ts';
import type { CanvasTextSizes } from './game/textProbe.ts';
import { installHook } from './ui/hook.ts';
import { UiLayer } from './ui/layer.ts';
import { applyLocale, loadContentTranslation } from './ui/locale.ts';
import { prefs } from './ui/prefs.ts';
import { SaveKeeper } from './ui/saves/keeper.ts';
import { SaveStore } from './ui/saves/store.ts';
import { openJoin } from './ui/screens/title.ts';
import { showUpdatePrompt } from './ui/updatePrompt.ts';

const locale = applyLocale();
prefs.apply();
registerOffline();
if (import.meta.env.DEV) {
  void import('./sim/content/validate.ts').then(({ validateContent }) => {
    for (const problem of validateContent()) console.error(`Content problem: ${problem}`);
  });
}
// The content translation (when the locale has one) is in place before anything is drawn.
void loadContentTranslation(locale).then(() => {
  const print = new URLSearchParams(location.search).get('print');
  if (print === 'briefs') {
    document.querySelector('.skip-link')?.remove();
    void import('./ui/printView.ts').then(({ renderPrintView }) =>
      renderPrintView(document.getElementById('app') as HTMLElement),
    );
  } else if (print === 'pack') {
    document.querySelector('.skip-link')?.remove();
    void import('./ui/packPrintView.ts').then(({ renderPackView }) =>
      renderPackView(document.getElementById('app') as HTMLElement),
    );
  } else {
    startGame();
  }
});

/**
 * The service worker that keeps the game playable offline (vite.config.ts, `offlineApp`). A new
 * version waits until the player chooses to reload from the prompt; it never replaces the running code.
 */
function registerOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => showUpdatePrompt(document.getElementById('ui-layer') as HTMLElement, () => void update(true)),
  });
}

function startGame(): void {
  const container = document.getElementById('game-container') as HTMLElement;
  const uiRoot = document.getElementById('ui-layer') as HTMLElement;
  const controller = new Controller();
  let game: Game | null = null;
  let director: Director | null = null;
  let stillLoop: StillLoop | null = null;
  let textProbe: (() => CanvasTextSizes) | null = null;
  installHook(
    controller,
    () => game?.config.renderType ?? 0,
    () => director?.shown ?? null,
    () => director !== null,
    () => stillLoop?.frames ?? null,
    () => textProbe?.() ?? null,
  );

  const store = SaveStore.open(
    () => window.localStorage,
    () => new Date(),
    () => window.sessionStorage,
  );
  const keeper = new SaveKeeper(store, controller);
  new UiLayer(uiRoot, controller, keeper);
  launchFrom(location.search, controller, keeper);
  if (store.problem) controller.notify(store.problem, 'error');

  void import('./game/createGame.ts').then(({ createGame, canvasText }) => {
    const look = () => ({ scale: TEXT_SCALE[prefs.current.textSize], highContrast: prefs.current.highContrast });
    const g = createGame(container, controller, () => prefs.reducedMotion, look);
    game = g;
    g.events.once('hanoi-ready', () => {
      g.canvas.setAttribute('aria-hidden', 'true');
      g.canvas.setAttribute('tabindex', '-1');
      const d = new Director(g, controller);
      director = d;
      textProbe = () => canvasText(g);
      const loop = sleepWhenStill(g, controller);
      stillLoop = loop;
      loop.awakeWhile(() => d.settling);
      // A settings change (from the dialog or programmatically) wakes the loop; a new look redraws the scene.
      loop.wakeOn((poke) => prefs.on('change', poke));
      let drawn = look();
      prefs.on('change', () => {
        const next = look();
        if (next.scale === drawn.scale && next.highContrast === drawn.highContrast) return;
        drawn = next;
        d.restyle();
      });
    });
  });
}

/**
 * A share link (`?code=`) replays a game; a start link starts one; a reload of a tab that was playing
 * resumes its game; any other visit shows the title (which offers to continue the last game). Once a game runs, the address loses its query, so that a
 * reload resumes the autosave instead of starting the link's game again.
 */
/** This tab holds a class seat (see app/classClient.ts). */
function seatedInClass(): boolean {
  try {
    return (JSON.parse(window.sessionStorage.getItem(CLASS_SEAT_KEY) ?? 'null') as { role?: string } | null)?.role === 'seat';
  } catch {
    return false;
  }
}

function launchFrom(search: string, controller: Controller, keeper: SaveKeeper): void {
  const code = new URLSearchParams(search).get('code');
  const classCode = new URLSearchParams(search).get('class');
  const launch = parseLaunch(search);
  if (classCode !== null) {
    // A class link (`?class=CODE`, from the teacher's QR): Join a class, filled in.
    controller.showTitle(null);
    void openJoin(classCode, () => controller.showTitle(null), true);
  } else if (!search && seatedInClass()) {
    // A reload of a student's class tab: back to the seat (the token is in this tab's sessionStorage).
    controller.showTitle(null);
    void openJoin(null, () => controller.showTitle(null), true);
  } else if (code !== null) {
    const r = keeper.openCode(code, { locked: new URLSearchParams(search).get('locked') === '1' });
    if (!r.ok) controller.showTitle(m.launch_code_cannot_open({ problem: r.error }));
  } else if (launch.kind === 'direct') {
    const problem = controller.start(launch.settings, launch.seed, launch.speed);
    if (problem) controller.showTitle(m.launch_link_cannot_start({ problem }));
  } else if (launch.kind === 'error') {
    controller.showTitle(launch.message);
  } else if (!keeper.reloading) {
    // A fresh visit (perhaps the next student at a shared computer): the title, with Continue.
    controller.showTitle(null);
  } else {
    const resumed = keeper.resume();
    if (resumed.kind === 'none') controller.showTitle(null);
    else if (resumed.kind === 'problem') controller.showTitle(resumed.message);
  }
  // Read once: a reload then resumes the autosave (or shows the title) instead of reopening the link.
  if (search) history.replaceState(null, '', location.pathname);
}
