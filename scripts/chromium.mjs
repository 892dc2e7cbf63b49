/**
 * How every browser run here launches Chromium: Debian's build (browser downloads are blocked), with
 * SwiftShader for WebGL without a GPU. Shared by playwright.config.ts and scripts/measure-load.mjs.
 */
import { existsSync } from 'node:fs';

/**
 * Debian's `chromium-headless-shell` when it is installed (.ci/run installs it): the same engine as
 * `chromium` without the browser's own UI. Full Chromium in headless mode builds a browser window per
 * test context, with its omnibox popup as a WebUI page in a renderer of its own (about 2 CPU-seconds a
 * context); the shell opens the game in about 2.1 s instead of 3.0 s with about half the CPU (10.8 against 20.4
 * CPU-s for three fresh opens). This is
 * also the browser Playwright itself runs headless tests in. Without it, full Chromium.
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';
export const CHROMIUM_PATH = existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-gpu-rasterization',
  // The page composited in software: WebGL stays on SwiftShader, but the DOM panel's every change is no
  // longer composited through it too (the GPU process took most of a core; one spec's CPU 85 → 75 s).
  '--disable-gpu-compositing',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
