import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cssVar, hexNumber, PALETTE, paletteCss, rgba, type Token } from './palette.ts';

/**
 * The palette is the only place a colour is written: the stylesheet uses its tokens, the front-end code
 * uses them through `game/theme.ts`, the generated CSS says the same as the table, and the text colours
 * stay readable (WCAG AA, 4.5:1) on the surfaces they are used on.
 */
const SRC = resolve(new URL('..', import.meta.url).pathname);

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, ext);
    return path.endsWith(ext) ? [path] : [];
  });
}

const styles = filesUnder(join(SRC, 'styles'), '.css').map((path) => ({ path, text: readFileSync(path, 'utf8') }));
/** The front ends' code: everything outside the pure core, except the palette and this test. */
const frontEndCode = [
  ...filesUnder(join(SRC, 'game'), '.ts'),
  ...filesUnder(join(SRC, 'ui'), '.ts'),
  ...filesUnder(join(SRC, 'app'), '.ts'),
]
  .concat(join(SRC, 'main.ts'))
  .filter((path) => !/[\\/]palette(\.test)?\.ts$/.test(path))
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }));

const TOKENS = Object.keys(PALETTE) as Token[];
const TOKEN_VARS = new Set(TOKENS.map(cssVar));
/** Custom properties the code sets inline (`prefs.ts`, the branch tree's indent), not the stylesheet. */
const SET_INLINE = new Set(['--text-scale', '--level']);

const matches = (text: string, re: RegExp): string[] => [...text.matchAll(re)].map((m) => m[1] ?? m[0]);
const where = (path: string) => relative(SRC, path);

describe('one source for every colour', () => {
  it('has only #rrggbb values, each token with its own custom property', () => {
    for (const t of TOKENS) expect(PALETTE[t], t).toMatch(/^#[0-9a-f]{6}$/);
    expect(TOKEN_VARS.size).toBe(TOKENS.length);
  });

  it('generates CSS that declares every token with its value, and nothing else', () => {
    const css = paletteCss();
    const declared = matches(css, /^\s*(--[a-z0-9-]+:\s*#[0-9a-f]{6});$/gm).map((d) => d.split(/:\s*/));
    expect(declared.length).toBe(TOKENS.length);
    const back = Object.fromEntries(declared.map(([name, hex]) => [TOKENS.find((t) => cssVar(t) === name), hex]));
    expect(back).toEqual({ ...PALETTE });
    expect(css.match(/\{/g)?.length).toBe(1);
  });

  it('converts a token to the numbers and strings Phaser takes', () => {
    for (const t of TOKENS) {
      const n = hexNumber(PALETTE[t]);
      expect(`#${n.toString(16).padStart(6, '0')}`).toBe(PALETTE[t]);
      const [r, g, b] = [n >> 16, (n >> 8) & 255, n & 255];
      expect(rgba(PALETTE[t], 0.5)).toBe(`rgba(${r}, ${g}, ${b}, 0.5)`);
    }
    expect(hexNumber(PALETTE.ink)).toBe(12 * 65536 + 22 * 256 + 38);
    expect(() => hexNumber('navy')).toThrow();
    expect(cssVar('goldBright')).toBe('--gold-bright');
    expect(cssVar('hcBtnHover')).toBe('--hc-btn-hover');
  });

  it('leaves no colour literal in the stylesheets: every var(--…) names a token or a declared property', () => {
    const declared = new Set(styles.flatMap(({ text }) => matches(text, /(--[a-z0-9-]+)\s*:/g)));
    for (const { path, text } of styles) {
      expect(matches(text, /[\s:,(](#[0-9a-f]{3,8})\b/gi), where(path)).toEqual([]);
      for (const name of matches(text, /var\((--[a-z0-9-]+)/g)) {
        expect(TOKEN_VARS.has(name) || declared.has(name) || SET_INLINE.has(name), `${where(path)}: ${name}`).toBe(true);
      }
    }
    // The stylesheet declares no token itself; it may only swap one in (the high-contrast rule).
    for (const { path, text } of styles) {
      for (const [, name, value] of text.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;]+);/g)) {
        if (TOKEN_VARS.has(name)) expect(value, `${where(path)}: ${name}`).toMatch(/^var\(--[a-z0-9-]+\)$/);
      }
    }
  });

  it('leaves no colour literal in the front-end code', () => {
    for (const { path, text } of frontEndCode) {
      expect(matches(text, /\b(0x[0-9a-f]{6})\b/gi), where(path)).toEqual([]);
      expect(matches(text, /['"`](#[0-9a-f]{3,8})\b/gi), where(path)).toEqual([]);
    }
  });

  it('uses every token somewhere', () => {
    const css = styles.map((s) => s.text).join('\n');
    const code = frontEndCode.map((s) => s.text).join('\n');
    // The canvas's colour roles (game/look.ts) name their tokens as strings.
    const roles = readFileSync(join(SRC, 'game', 'look.ts'), 'utf8');
    const unused = TOKENS.filter(
      (t) => !css.includes(`var(${cssVar(t)})`) && !new RegExp(`COLOR\\.${t}\\b`).test(code) && !roles.includes(`: '${t}',`),
    );
    expect(unused).toEqual([]);
  });
});

type Rgb = readonly [number, number, number];
const rgb = (hex: string): Rgb => {
  const n = hexNumber(hex);
  return [n >> 16, (n >> 8) & 255, n & 255];
};
const luminance = (c: Rgb): number => {
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
/** WCAG 2 contrast ratio of two opaque colours. */
const contrast = (a: Rgb, b: Rgb): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};
const over = (top: Rgb, alpha: number, under: Rgb): Rgb =>
  top.map((v, i) => v * alpha + under[i] * (1 - alpha)) as unknown as Rgb;

/** The panel is `--ink` at 93% over the canvas; over white is the worst a bright scene could do. */
const PANEL = over(rgb(PALETTE.ink), 0.93, [255, 255, 255]);

describe('text stays readable', () => {
  const onDark: Token[] = [
    'cream',
    'muted',
    'gold',
    'goldBright',
    'link',
    'focus',
    'mapLabel',
    'phaseLabel',
    'usLight',
    'dprkLight',
    'goodText',
    'badText',
    'warnText',
    'neutralText',
  ];
  const pairs: [string, Rgb, Rgb][] = [
    ...onDark.flatMap((t): [string, Rgb, Rgb][] => [
      [`${t} on ink`, rgb(PALETTE[t]), rgb(PALETTE.ink)],
      [`${t} on night`, rgb(PALETTE[t]), rgb(PALETTE.night)],
      [`${t} on panel`, rgb(PALETTE[t]), PANEL],
    ]),
    ...(['btn', 'btnHover', 'danger', 'field'] as const).map((s): [string, Rgb, Rgb] => [
      `cream on ${s}`,
      rgb(PALETTE.cream),
      rgb(PALETTE[s]),
    ]),
    ['ink on gold (primary button)', rgb(PALETTE.ink), rgb(PALETTE.gold)],
    ['ink on goldBright (primary button, hover)', rgb(PALETTE.ink), rgb(PALETTE.goldBright)],
    ...(['hcText', 'hcMuted', 'hcGold', 'hcGoldBright', 'hcLink', 'hcFocus'] as const).flatMap((t): [string, Rgb, Rgb][] => [
      [`${t} on hcPanel`, rgb(PALETTE[t]), rgb(PALETTE.hcPanel)],
      [`${t} on hcBtnHover`, rgb(PALETTE[t]), rgb(PALETTE.hcBtnHover)],
    ]),
    ['hcText on hcBtn', rgb(PALETTE.hcText), rgb(PALETTE.hcBtn)],
    ['hcOnGold on hcGold', rgb(PALETTE.hcOnGold), rgb(PALETTE.hcGold)],
    ...(['printText', 'printInk', 'printLink', 'printNote', 'printSecondary'] as const).map((t): [string, Rgb, Rgb] => [
      `${t} on printPaper`,
      rgb(PALETTE[t]),
      rgb(PALETTE.printPaper),
    ]),
    ['printText on printButton', rgb(PALETTE.printText), rgb(PALETTE.printButton)],
  ];

  it.each(pairs)('%s has at least 4.5:1', (_, text, surface) => {
    expect(contrast(text, surface)).toBeGreaterThanOrEqual(4.5);
  });

  it('measures contrast the WCAG way', () => {
    expect(contrast(rgb(PALETTE.hcText), rgb(PALETTE.hcPanel))).toBeCloseTo(21, 5);
    expect(contrast(rgb(PALETTE.printPaper), rgb(PALETTE.printPaper))).toBe(1);
  });
});
