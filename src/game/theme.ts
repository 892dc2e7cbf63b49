/** Colours and type for the canvas, matched to the DOM layer's stylesheet. */
export const COLOR = {
  night: 0x13223a,
  navy: 0x1b2a41,
  ink: 0x0c1626,
  cream: 0xf3e9d2,
  gold: 0xd4a84b,
  us: 0x3c6fb0,
  dprk: 0xc0453a,
  good: 0x6fbf73,
  bad: 0xd9534f,
  muted: 0x8a7a5c,
} as const;

export const CSS_COLOR = {
  cream: '#f3e9d2',
  gold: '#d4a84b',
  ink: '#0c1626',
  muted: '#c9bda3',
} as const;

export const SERIF = '"Source Serif 4", Georgia, "DejaVu Serif", serif';
export const SANS = '"Atkinson Hyperlegible Next", "DejaVu Sans", Arial, sans-serif';

export const WIDTH = 1280;
export const HEIGHT = 720;
/** The canvas area left of the DOM panel, where the scenes stage their art. */
export const STAGE_WIDTH = 790;
