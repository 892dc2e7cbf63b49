/**
 * How the canvas follows the display settings (WCAG 1.4.3, 1.4.4, and the high-contrast setting): the
 * text scale (Normal 1, Large 1.2, Larger 1.5, Largest 2, the same factors as the DOM's `--text-scale`)
 * and the colours the scenes draw text and its backings with. `main.ts` feeds the settings in (the game
 * may not read `ui/prefs.ts`) and the director restarts the running scene when they change.
 *
 * The colours are roles over palette tokens, one table for the normal look and one for high contrast;
 * `look.test.ts` computes every text/backing pair the canvas uses against the bar (4.5:1, 3:1 for
 * large text), over the worst thing that could be behind a translucent backing (white).
 * Pure data and functions: no Phaser, so the tests can read them.
 */
import type { Token } from '../app/palette.ts';

export interface Look {
  /** Canvas text sizes are the design sizes times this. */
  readonly scale: number;
  readonly highContrast: boolean;
}

export const PLAIN_LOOK: Look = { scale: 1, highContrast: false };

/** What each colour on the canvas is for, as palette tokens (and the opacity of the translucent ones). */
export interface Ink {
  /** Body text and names. */
  readonly text: Token;
  /** Headings' second line, the clock, the readings' heading: the gold. */
  readonly accent: Token;
  /** The HUD's plates and the map's label backings. */
  readonly panel: Token;
  readonly panelAlpha: number;
  /** A meter's filled part when high, when low, and its empty track. */
  readonly barHigh: Token;
  readonly barLow: Token;
  readonly barTrack: Token;
  /** The site map's IN tag (a facility counted in) and its text. */
  readonly tagOn: Token;
  readonly tagOnText: Token;
  /** The OUT tag and its text. */
  readonly tagOff: Token;
  readonly tagOffText: Token;
  /** A facility counted in: outline and tint. */
  readonly chosen: Token;
  /** The outline of a facility left out, and the hover ring. */
  readonly outline: Token;
  readonly hover: Token;
}

const NORMAL: Ink = {
  text: 'cream',
  accent: 'gold',
  panel: 'ink',
  panelAlpha: 0.85,
  barHigh: 'gold',
  barLow: 'mutedDark',
  barTrack: 'rule',
  tagOn: 'gold',
  tagOnText: 'ink',
  tagOff: 'tagOff',
  tagOffText: 'cream',
  chosen: 'gold',
  outline: 'mutedDark',
  hover: 'cream',
};

const HIGH_CONTRAST: Ink = {
  text: 'hcText',
  accent: 'hcGold',
  panel: 'hcPanel',
  panelAlpha: 1,
  barHigh: 'hcGold',
  barLow: 'hcMuted',
  barTrack: 'hcBtnHover',
  tagOn: 'hcGold',
  tagOnText: 'hcOnGold',
  tagOff: 'hcPanel',
  tagOffText: 'hcText',
  chosen: 'hcGold',
  outline: 'hcMuted',
  hover: 'hcFocus',
};

export function inkFor(look: Look): Ink {
  return look.highContrast ? HIGH_CONTRAST : NORMAL;
}

/** A design size in px at the look's scale, as a Phaser font size. */
export function fontPx(base: number, look: Look): string {
  return `${Math.round(base * look.scale)}px`;
}

/** One text colour on one backing, as drawn: for the contrast test. */
export interface TextPair {
  readonly what: string;
  readonly text: Token;
  readonly backing: Token;
  /** The backing's opacity; what shows through is taken to be white, the worst case for light text. */
  readonly alpha: number;
  /** Text at least 24 px (or 18.7 px bold) on the canvas at this size, which needs only 3:1. */
  readonly large: boolean;
}

/** Every text/backing pair the HUD and the site map draw, in a look. */
export function canvasTextPairs(look: Look): TextPair[] {
  const ink = inkFor(look);
  const pair = (what: string, text: Token, backing: Token, alpha: number, base: number): TextPair => ({
    what,
    text,
    backing,
    alpha,
    large: base * look.scale >= 24,
  });
  return [
    pair('site-map facility label', ink.text, ink.panel, ink.panelAlpha, MAP_LABEL_PX),
    pair('site-map river label', ink.text, ink.panel, ink.panelAlpha, MAP_LABEL_PX),
    pair('site-map IN tag', ink.tagOnText, ink.tagOn, 1, MAP_TAG_PX),
    pair('site-map OUT tag', ink.tagOffText, ink.tagOff, 1, MAP_TAG_PX),
    pair('HUD beat title', ink.text, ink.panel, ink.panelAlpha, 23),
    pair('HUD place and clock', ink.accent, ink.panel, ink.panelAlpha, 15),
    pair('HUD readings heading', ink.accent, ink.panel, ink.panelAlpha, 14),
    pair('HUD meter names and scores', ink.text, ink.panel, ink.panelAlpha, 14),
    pair('dispute heading and mood line', ink.text, ink.panel, ink.panelAlpha, 19),
    pair('dispute hint and counterpart name', ink.accent, ink.panel, ink.panelAlpha, 15),
  ];
}

/** The site map's facility and river labels, and its IN/OUT tags, at scale 1. */
export const MAP_LABEL_PX = 12;
export const MAP_TAG_PX = 13;
