/**
 * What size the canvas draws its text at, for the text-size sweep (WCAG 1.4.4, e2e/a11y.spec.ts): the
 * font size of every visible Text in the running, visible scenes, containers included, and how many screen
 * pixels one canvas pixel takes now (the canvas is scaled to fit its box). Read-only; the game never
 * uses it.
 */
import type { Game, GameObjects } from 'phaser';

export interface CanvasTextSizes {
  /** Font sizes in canvas pixels, one per visible text with content. */
  readonly sizes: readonly number[];
  /** The same texts with their words, first line only, in the same order. */
  readonly texts: readonly { readonly text: string; readonly size: number }[];
  /** CSS pixels per canvas pixel: the canvas box's width over the canvas's own width. */
  readonly cssPerCanvasPx: number;
}

type Node = GameObjects.GameObject & { visible?: boolean; list?: Node[]; text?: string; style?: { fontSize?: string | number } };

export function canvasText(game: Game): CanvasTextSizes {
  const sizes: number[] = [];
  const texts: { text: string; size: number }[] = [];
  const visit = (o: Node) => {
    if (o.visible === false) return;
    if (o.type === 'Text' && o.text && o.style) {
      const size = Number.parseFloat(String(o.style.fontSize));
      sizes.push(size);
      texts.push({ text: o.text.split('\n')[0], size });
    }
    for (const child of o.list ?? []) visit(child);
  };
  for (const scene of game.scene.getScenes(true)) {
    if (!scene.sys.settings.visible) continue;
    for (const o of scene.children.list as Node[]) visit(o);
  }
  const box = game.canvas.getBoundingClientRect();
  return { sizes, texts, cssPerCanvasPx: box.width / game.canvas.width };
}
