/**
 * Colours and type for the canvas. The colours are the palette's (`app/palette.ts`), the one table the
 * stylesheet is generated from too: `COLOR` as the numbers Phaser's graphics take, `CSS_COLOR` as the
 * strings its text styles take, both under the palette's names.
 */
import { hexNumber, PALETTE, type Token } from '../app/palette.ts';

export const COLOR = Object.fromEntries(Object.entries(PALETTE).map(([token, hex]) => [token, hexNumber(hex)])) as Readonly<
  Record<Token, number>
>;

export const CSS_COLOR: Readonly<Record<Token, string>> = PALETTE;

export const SERIF = '"Source Serif 4", Georgia, "DejaVu Serif", serif';
export const SANS = '"Atkinson Hyperlegible Next", "DejaVu Sans", Arial, sans-serif';

export const WIDTH = 1280;
export const HEIGHT = 720;
/** The canvas area left of the DOM panel, where the scenes stage their art. */
export const STAGE_WIDTH = 790;
