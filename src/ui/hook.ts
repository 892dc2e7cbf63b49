/**
 * `window.__hanoi`: a read-only window on the game for tests and for curious teachers. It is always
 * installed (the e2e suite runs against the production build), and it can only read: there is no way
 * to make a move through it.
 */

import { branchSelection, type NodePoint } from '../app/branchSelection.ts';
import type { Controller } from '../app/controller.ts';
import type { GameEvent } from '../sim/session/index.ts';
import type { View } from '../sim/session/view.ts';
import { showUpdatePrompt } from './updatePrompt.ts';

export interface HookNode {
  readonly id: number;
  readonly parent: number | null;
  readonly depth: number;
  readonly beatId: string | null;
  readonly ending: string | null;
  readonly children: readonly number[];
}

export interface HanoiHook {
  /** The timeline tree: every node and the one the game stands on. */
  timeline(): { readonly current: number; readonly nodes: readonly HookNode[] } | null;
  /** Where the branch map draws each node, in page pixels, while it is shown; otherwise null. */
  branchMap(): readonly NodePoint[] | null;
  view(): View | null;
  log(): readonly GameEvent[];
  /** Phaser's renderer type: 1 Canvas, 2 WebGL. */
  readonly renderer: number;
  /** The running content scene, e.g. "Summit" or "Dispute". */
  readonly scene: string | null;
  /** The machine's phase, or null before a game. */
  readonly phase: string | null;
  /** The DOM layer's screen: title, briefing, pass, play, aftermath, debrief. */
  readonly screen: string;
  readonly ready: boolean;
  /** Canvas frames drawn and skipped (still picture) since the game started: what the still loop saves. */
  readonly frames: { readonly drawn: number; readonly skipped: number } | null;
  /** The canvas's text sizes now and its scale on screen (`game/textProbe.ts`), once the game is up. */
  canvasText(): CanvasTextProbe | null;
  /** Shows the update prompt as a newly downloaded version would (its Reload only reloads the page). */
  previewUpdatePrompt(): void;
}

/** The canvas's texts: sizes in canvas px, their first lines, and CSS px per canvas px (`game/textProbe.ts`). */
export type CanvasTextProbe = {
  readonly sizes: readonly number[];
  readonly texts: readonly { readonly text: string; readonly size: number }[];
  readonly cssPerCanvasPx: number;
};

declare global {
  interface Window {
    __hanoi?: HanoiHook;
  }
}

export function installHook(
  controller: Controller,
  renderer: () => number,
  scene: () => string | null,
  ready: () => boolean,
  frames: () => { drawn: number; skipped: number } | null = () => null,
  canvasText: () => CanvasTextProbe | null = () => null,
): void {
  const hook: HanoiHook = Object.freeze({
    timeline: () => {
      const t = controller.timeline;
      if (!t) return null;
      const nodes = t.nodes.map(({ id, parent, depth, beatId, ending, children }) => ({
        id,
        parent,
        depth,
        beatId,
        ending,
        children: [...children],
      }));
      return { current: t.current.id, nodes };
    },
    branchMap: () => branchSelection.points?.() ?? null,
    view: () => structuredClone(controller.view()),
    log: () => structuredClone(controller.session?.log() ?? []),
    get renderer() {
      return renderer();
    },
    get scene() {
      return scene();
    },
    get phase() {
      return controller.session?.phase ?? null;
    },
    get screen() {
      return controller.screen.kind;
    },
    get ready() {
      return ready();
    },
    get frames() {
      const f = frames();
      return f && { ...f };
    },
    canvasText: () => {
      const t = canvasText();
      return t && { sizes: [...t.sizes], texts: t.texts.map((x) => ({ ...x })), cssPerCanvasPx: t.cssPerCanvasPx };
    },
    previewUpdatePrompt: () => {
      showUpdatePrompt(document.getElementById('ui-layer') as HTMLElement, () => location.reload());
    },
  });
  Object.defineProperty(window, '__hanoi', { value: hook, configurable: false, writable: false });
}
