/**
 * Every colour of the game, once: a table of named tokens (name → `#rrggbb`) that both front ends draw
 * from, so the stylesheet and the canvas cannot drift apart again.
 *
 * - Phaser reads it through `game/theme.ts` (`COLOR` as numbers, `CSS_COLOR` as strings, same names).
 * - The stylesheet reads it as CSS custom properties, `--kebab-name` for each `camelName`: the Vite
 *   plugin in `vite.config.ts` serves `paletteCss()` as the virtual module `virtual:palette.css`, which
 *   `main.ts` imports before `styles/main.css`. Generated at build (and dev) time rather than written to
 *   a file, so there is no second copy to keep in sync; `palette.test.ts` checks that every `var(--…)`
 *   in the styles names a token and that no colour literal is left in the CSS or the front-end code.
 *
 * Names say what a colour is for, not what it looks like, so one hue can have two names (`good` is the
 * record green the canvas and the branch map draw with, `goodText` the lighter green text on dark). The
 * sides have a deep fill for the canvas figures (`us`, `dprk`) and a light one that stays visible on the
 * dark panels and the branch map (`usLight`, `dprkLight`: these were the stylesheet's `--us`/`--dprk`).
 * Overlays with an alpha (`rgba(…)` borders and tints) stay in the CSS as overlays of these colours.
 * Pure data and pure functions: no DOM, so Node (tests, the Vite config) can read it too.
 */
export const PALETTE = {
  // Surfaces: the page, the canvas's night sky, panels, fields and buttons.
  ink: '#0c1626',
  night: '#13223a',
  navy: '#1b2a41',
  field: '#0f1d31',
  fieldBorder: '#6d7f99',
  btn: '#1f3352',
  btnHover: '#2a4570',
  danger: '#8f2f28',
  /** The canvas's chart grid and empty meter cells. */
  rule: '#2a3b57',
  /** The negotiating table's wood, on the summit scene. */
  tableWood: '#3a2a1c',
  /** A site-map tag that is not selected. */
  tagOff: '#44536b',

  // Text and lines on the dark surfaces.
  cream: '#f3e9d2',
  muted: '#c9bda3',
  /** The muted tone as a line or fill on the canvas, darker than the muted text. */
  mutedDark: '#8a7a5c',
  gold: '#d4a84b',
  goldBright: '#f2c76b',
  link: '#a9cdf7',
  focus: '#ffd166',
  /** Branch-map node labels that are not endings, and the phase names under them. */
  mapLabel: '#b9c3d3',
  phaseLabel: '#9fb0c8',

  // The two sides.
  us: '#3c6fb0',
  usLight: '#6f9fe0',
  dprk: '#c0453a',
  dprkLight: '#ef8b80',

  // States: good and bad, the record, the confidence tags, alerts.
  good: '#6fbf73',
  goodText: '#a8e3ac',
  goodBorder: '#8fd694',
  badText: '#f0b8b1',
  badBorder: '#e8a39b',
  /** Reported claims and event lines in the log: amber text. */
  warnText: '#f5d9a6',
  /** Unverified claims: grey text. */
  neutralText: '#d3d3d3',
  alertBorder: '#e07a6f',
  /** A kept branch that is not the one on the record (the map's line and its legend swatch). */
  offRecord: '#7d8aa0',

  // High contrast (the `.high-contrast` class swaps these in for the surfaces and text above).
  hcPanel: '#000000',
  hcText: '#ffffff',
  hcMuted: '#e6e6e6',
  hcGold: '#ffd84d',
  hcGoldBright: '#ffe680',
  hcBtn: '#000000',
  hcBtnHover: '#222222',
  hcLink: '#8fd3ff',
  hcFocus: '#00e5ff',
  /** Text on the high-contrast gold of a primary button. */
  hcOnGold: '#000000',

  // Print (`?print=briefs` and `@media print`): dark on paper.
  printPaper: '#ffffff',
  printText: '#111111',
  printInk: '#000000',
  printLink: '#0645ad',
  printButton: '#f3efe4',
  printButtonBorder: '#555555',
  printRule: '#999999',
  printPageRule: '#333333',
  printCellRule: '#bbbbbb',
  printNote: '#444444',
  /** Captions and source lines. */
  printSecondary: '#333333',
} as const;

export type Token = keyof typeof PALETTE;

const HEX = /^#[0-9a-f]{6}$/;

/** `#rrggbb` as the number Phaser's graphics take (0xrrggbb). */
export function hexNumber(hex: string): number {
  if (!HEX.test(hex)) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return Number.parseInt(hex.slice(1), 16);
}

/** `#rrggbb` at an opacity, as `rgba(r, g, b, a)` (for canvas text backgrounds). */
export function rgba(hex: string, alpha: number): string {
  const n = hexNumber(hex);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}

/** The CSS custom property of a token: `goldBright` → `--gold-bright`. */
export const cssVar = (token: string): string => `--${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The stylesheet's view of the palette: one `:root` rule declaring every token as a custom property. */
export function paletteCss(palette: Readonly<Record<string, string>> = PALETTE): string {
  const lines = Object.entries(palette).map(([token, hex]) => `  ${cssVar(token)}: ${hex};`);
  return `/* Generated from src/app/palette.ts. */\n:root {\n${lines.join('\n')}\n}\n`;
}

type Rgb = readonly [number, number, number];
const channels = (hex: string): Rgb => {
  const n = hexNumber(hex);
  return [n >> 16, (n >> 8) & 255, n & 255];
};
const luminance = ([r, g, b]: Rgb): number => {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

/**
 * The WCAG 2 contrast ratio of text in colour `text` on `surface` drawn at opacity `alpha` over
 * `under` (white by default: the worst a translucent backing over bright art can show for light text).
 */
export function contrastRatio(text: string, surface: string, alpha = 1, under = '#ffffff'): number {
  const top = channels(surface);
  const below = channels(under);
  const seen = top.map((v, i) => v * alpha + below[i] * (1 - alpha)) as unknown as Rgb;
  const [hi, lo] = [luminance(channels(text)), luminance(seen)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
