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
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
