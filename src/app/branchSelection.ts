/**
 * The branch map's shared state: the selected node, read and set by both the canvas and the DOM tree
 * so that choosing in one highlights in the other, and the view commands the DOM's zoom buttons send to
 * the canvas. Holds no rules; going to a node is always `controller.goTo`.
 */
import { Emitter } from './emitter.ts';

export type ZoomCommand = 'in' | 'out' | 'reset';
/** Who changed the selection: the DOM scrolls its tree only for the canvas, the canvas pans only for the DOM. */
export type SelectSource = 'dom' | 'canvas';

/** Where the canvas draws a node, in page (CSS) pixels. */
export interface NodePoint {
  readonly id: number;
  readonly x: number;
  readonly y: number;
  /** Inside the visible map area (not panned off, not under the DOM panel). */
  readonly visible: boolean;
}

interface Events extends Record<string, unknown> {
  select: { readonly id: number | null; readonly from: SelectSource };
  zoom: ZoomCommand;
}

class BranchSelection extends Emitter<Events> {
  private id: number | null = null;
  /** Set by the running BranchMap scene: its nodes' positions (for tests, through `window.__hanoi`). */
  points: (() => NodePoint[]) | null = null;

  get selected(): number | null {
    return this.id;
  }

  select(id: number | null, from: SelectSource): void {
    if (id === this.id) return;
    this.id = id;
    this.emit('select', { id, from });
  }

  zoom(command: ZoomCommand): void {
    this.emit('zoom', command);
  }
}

export const branchSelection = new BranchSelection();
