/**
 * Every SVG the scenes use, found at build time (a file that is not there is simply not loaded, and
 * the scenes fall back). Keys: `loc:<name>`, `portrait:<name>-<mood>`, `flag:<name>`, `ui:<name>`, `map`.
 */
import type { Loader } from 'phaser';

const files = import.meta.glob<string>('../../assets/{locations,portraits,flags,ui,map}/*.svg', {
  query: '?url',
  import: 'default',
  eager: true,
});

const SIZES: Record<string, { width: number; height: number }> = {
  locations: { width: 1280, height: 720 },
  portraits: { width: 240, height: 300 },
  flags: { width: 190, height: 100 },
  ui: { width: 200, height: 200 },
  map: { width: 960, height: 600 },
};
const PREFIX: Record<string, string> = { locations: 'loc', portraits: 'portrait', flags: 'flag', ui: 'ui', map: 'map' };

export interface AssetEntry {
  readonly key: string;
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

export const ASSETS: readonly AssetEntry[] = Object.entries(files).map(([path, url]) => {
  const m = /assets\/([a-z]+)\/([\w-]+)\.svg$/.exec(path);
  const folder = m?.[1] ?? 'ui';
  const name = m?.[2] ?? path;
  const size = SIZES[folder] ?? SIZES.ui;
  const key = folder === 'map' ? 'map' : `${PREFIX[folder]}:${name}`;
  return { key, url, width: folder === 'ui' && name === 'document' ? 160 : size.width, height: size.height };
});

export function queueAssets(load: Loader.LoaderPlugin, filter: (a: AssetEntry) => boolean = () => true): void {
  for (const a of ASSETS.filter(filter)) load.svg(a.key, a.url, { width: a.width, height: a.height });
}

/** Full-screen backdrops other than the title's: loaded in the background once the game is usable. */
export const isDeferred = (a: AssetEntry): boolean => a.key.startsWith('loc:') && a.key !== 'loc:title';
