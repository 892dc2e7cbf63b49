/**
 * How every browser run here launches Chromium: Debian's build (browser downloads are blocked), with
 * SwiftShader for WebGL without a GPU. Shared by playwright.config.ts and scripts/measure-load.mjs.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';
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
