/**
 * The primer's map for the teacher's pack: an original, hand-written SVG sketch (not to scale). Left, a
 * simplified outline of the Korean peninsula, drawn from a few dozen hand-picked longitude/latitude
 * points, with Yongbyon, Sohae, Kangson, Panmunjom and the demilitarized zone; right, the train route
 * to Hanoi as a schematic strip. Names come from the pack's content (PACK.MAP_PLACES, PACK.MAP_LABELS); only the
 * positions live here. Colours are the print tokens, through the classes in pack.css.
 */

import { PACK } from '../app/content.ts';
import type { MapLabelId } from '../sim/session/index.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

type SvgAttrs = Record<string, string | number>;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: SvgAttrs = {}, ...children: (SVGElement | string)[]) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(c);
  return el;
}

/** A rough equirectangular sketch: 31.5 units per degree of longitude, 40 per degree of latitude. */
const project = ([lon, lat]: readonly [number, number]): [number, number] => [62 + (lon - 124) * 31.5, 8 + (43 - lat) * 40];

/** The peninsula's coastline and northern border, clockwise from the mouth of the Yalu. */
const OUTLINE: readonly (readonly [number, number])[] = [
  [124.35, 39.95],
  [124.9, 40.3],
  [125.6, 40.75],
  [126.3, 41.4],
  [126.9, 41.8],
  [127.6, 41.4],
  [128.2, 41.5],
  [128.1, 42.0],
  [128.9, 42.05],
  [129.7, 42.45],
  [130.25, 42.85],
  [130.7, 42.3],
  [129.8, 41.3],
  [129.65, 40.85],
  [128.7, 40.1],
  [127.6, 39.8],
  [127.45, 39.25],
  [128.35, 38.6],
  [129.0, 37.7],
  [129.45, 36.9],
  [129.45, 36.0],
  [129.35, 35.45],
  [129.05, 35.1],
  [128.4, 34.85],
  [127.6, 34.65],
  [126.6, 34.35],
  [126.3, 34.75],
  [126.55, 35.6],
  [126.45, 36.3],
  [126.15, 36.8],
  [126.75, 37.4],
  [126.55, 37.75],
  [126.05, 37.75],
  [125.3, 37.7],
  [124.75, 38.05],
  [125.05, 38.6],
  [125.4, 38.75],
  [125.15, 39.2],
  [125.3, 39.5],
  [124.75, 39.6],
];

/** The demilitarized zone, west to east, roughly along the 1953 line. */
const DMZ: readonly (readonly [number, number])[] = [
  [126.1, 37.75],
  [126.68, 37.96],
  [127.1, 38.25],
  [127.8, 38.3],
  [128.35, 38.62],
];

/** Where each named place sits, and which side of its dot the label goes. Kangson is nudged clear of Pyongyang. */
const PLACE_AT: Readonly<Record<string, { at: readonly [number, number]; anchor: 'start' | 'end'; dy?: number }>> = {
  'map.yongbyon': { at: [125.8, 39.8], anchor: 'start' },
  'map.sohae': { at: [124.7, 39.66], anchor: 'end' },
  'map.kangson': { at: [125.58, 38.86], anchor: 'end', dy: 6 },
  'map.panmunjom': { at: [126.68, 37.96], anchor: 'end', dy: -10 },
};

const PYONGYANG: readonly [number, number] = [125.75, 39.03];
const SEOUL: readonly [number, number] = [126.98, 37.57];
/** Where the train leaves the sketch for China (the Yalu, at Sinuiju). */
const TO_CHINA: readonly [number, number] = [124.4, 40.05];

const points = (pts: readonly (readonly [number, number])[]): string =>
  pts
    .map((p) =>
      project(p)
        .map((n) => n.toFixed(1))
        .join(','),
    )
    .join(' ');

function label(text: string, x: number, y: number, cls: string, anchor: 'start' | 'middle' | 'end' = 'start'): SVGTextElement {
  return svg('text', { x: x.toFixed(1), y: y.toFixed(1), class: cls, 'text-anchor': anchor }, text);
}

const L = (id: MapLabelId): string => PACK.MAP_LABELS[id];

/** A label broken into lines of at most `width` characters, at spaces (SVG text does not wrap). */
function wrapped(text: string, x: number, y: number, cls: string, width: number): SVGTextElement[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + word.length + 1 <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.map((line, i) => label(line, x, y + i * 12, cls));
}
const placeName = (id: string): string => PACK.MAP_PLACES.find((p) => p.id === id)?.name ?? id;

function peninsula(): SVGGElement {
  const [px, py] = project(PYONGYANG);
  const [sx, sy] = project(SEOUL);
  const [cx, cy] = project(TO_CHINA);
  const g = svg(
    'g',
    { class: 'map-peninsula' },
    svg('polygon', { class: 'map-land', points: points(OUTLINE) }),
    svg('polyline', { class: 'map-dmz', points: points(DMZ) }),
    label(L('dmz'), project([128.45, 38.62])[0], project([128.45, 38.62])[1] - 4, 'map-small', 'start'),
    label(L('china'), 150, 26, 'map-country', 'middle'),
    label(L('northKorea'), project([127.0, 40.5])[0], project([127.0, 40.5])[1], 'map-country', 'middle'),
    label(L('southKorea'), project([128.0, 36.3])[0], project([128.0, 36.3])[1], 'map-country', 'middle'),
    // The train's first leg: Pyongyang to the Chinese border.
    svg('polyline', { class: 'map-route', points: `${px},${py} ${cx},${cy} ${cx - 30},${cy - 22}` }),
    svg('rect', { class: 'map-city', x: px - 4, y: py - 4, width: 8, height: 8 }),
    label(L('pyongyang'), px + 8, py + 4, 'map-label'),
    svg('rect', { class: 'map-city', x: sx - 4, y: sy - 4, width: 8, height: 8 }),
    label(L('seoul'), sx + 8, sy + 4, 'map-label'),
  );
  for (const [id, where] of Object.entries(PLACE_AT)) {
    const [x, y] = project(where.at);
    const dx = where.anchor === 'start' ? 8 : -8;
    g.append(
      svg('circle', { class: 'map-site', cx: x.toFixed(1), cy: y.toFixed(1), r: 4.5, 'data-place': id }),
      label(placeName(id), x + dx, y + 4 + (where.dy ?? 0), 'map-label map-place', where.anchor),
    );
  }
  return g;
}

/** The route to Hanoi as a strip: Pyongyang, through China by train, Dong Dang, by car to Hanoi. */
function route(): SVGGElement {
  const x = 380;
  const stop = (y: number, name: string, cls: string) => [
    svg('circle', { class: cls, cx: x, cy: y, r: 5 }),
    label(name, x + 12, y + 4, 'map-label'),
  ];
  return svg(
    'g',
    { class: 'map-train', 'data-place': 'map.train' },
    label(placeName('map.train'), 360, 26, 'map-country', 'start'),
    svg('line', { class: 'map-route', x1: x, y1: 60, x2: x, y2: 250 }),
    svg('line', { class: 'map-road', x1: x, y1: 250, x2: x, y2: 320 }),
    ...stop(60, L('pyongyang'), 'map-stop'),
    ...wrapped(L('byTrain'), x + 12, 150, 'map-small', 26),
    ...stop(250, `${L('dongDang')} (${L('vietnam')})`, 'map-stop'),
    label(L('byCar'), x + 12, 288, 'map-small'),
    ...stop(320, L('hanoi'), 'map-stop'),
  );
}

/** The whole map, titled for assistive technology; `title` is also its visible caption elsewhere. */
export function packMap(title: string): SVGSVGElement {
  return svg(
    'svg',
    { class: 'pack-map', viewBox: '0 0 560 360', role: 'img', 'aria-label': title },
    svg('rect', { class: 'map-frame', x: 1, y: 1, width: 558, height: 358 }),
    svg('line', { class: 'map-divider', x1: 340, y1: 10, x2: 340, y2: 350 }),
    peninsula(),
    route(),
    label(L('notToScale'), 552, 352, 'map-small', 'end'),
  );
}
