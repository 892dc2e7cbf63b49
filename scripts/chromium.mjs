/**
 * How every browser run here launches Chromium: Debian's build (browser downloads are blocked), with
 * SwiftShader for WebGL without a GPU, and the page composited in software. Shared by playwright.config.ts and scripts/measure-load.mjs.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
  '--disable-gpu-rasterization',
  // The page is composited in software; WebGL still draws through SwiftShader. Compositing through
  // software GL as well cost the e2e suite about an eighth of its time on two cores.
  '--disable-gpu-compositing',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
