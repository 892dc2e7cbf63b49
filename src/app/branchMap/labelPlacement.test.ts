import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../sim/session/index.ts';
import { Timeline } from '../../sim/session/timeline.ts';
import { type BranchModel, branchModel } from '../branchModel.ts';
import { overlaps, type Rect, within } from './geometry.ts';
import { type Font, LABEL_FONT, layoutMap, type MapLayout, type Measure } from './labelPlacement.ts';
import { fitted, type MapView, nodePoint, zoomAbout } from './view.ts';

const VIEWPORT: Rect = { x: 0, y: 84, w: 900, h: 636 };

/** A proportional font: narrow and wide glyphs differ, as in a real one; bold is wider. */
const proportional: Measure = (text: string, font: Font) => {
  const lines = text.split('\n');
  const glyph = (c: string) => (/[il.,'·\s]/.test(c) ? 0.3 : /[MWmw]/.test(c) ? 0.9 : /[A-Z]/.test(c) ? 0.68 : 0.55);
  const width = Math.max(...lines.map((l) => [...l].reduce((w, c) => w + glyph(c) * font.size, 0))) * (font.bold ? 1.08 : 1);
  return { width, height: lines.length * font.size * 1.25 + (lines.length - 1) * (font.lineSpacing ?? 0) };
};

/** Plays on from the current node: computer seats by runAuto, the person by the `k`th enabled choice. */
function playOut(t: Timeline, k: number, decisions = Number.POSITIVE_INFINITY): void {
  for (let i = 0; i < 400 && i < decisions; i++) {
    t.runAuto();
    const v = t.session.view();
    if (v.over || !v.turn || !v.beat) return;
    const by = v.turn.side;
    const enabled = v.choices.filter((c) => c.enabled);
    const result =
      v.beat.kind === 'table'
        ? t.act({ type: 'OFFER', by, pkg: PRESETS.usBigDeal.pkg })
        : t.act({ type: 'CHOOSE', by, choiceId: enabled[k % enabled.length].id });
    if (!result.ok) throw new Error(result.error);
  }
}

/** Three whole games and an unfinished branch in one timeline. */
function generatedTree(): BranchModel {
  const t = new Timeline(11, { seats: { us: 'human', dprk: 'ai' }, mode: 'open' });
  playOut(t, 0);
  const points = t.nodes.filter((n) => n.event?.type === 'CHOOSE').map((n) => n.parent as number);
  t.rewind(points[Math.floor(points.length / 2)]);
  playOut(t, 1);
  t.rewind(points[2]);
  playOut(t, 2);
  t.rewind(points[4]);
  playOut(t, 1, 3);
  return branchModel(t);
}

const MODEL = generatedTree();

function views(m: BranchModel): MapView[] {
  const fit = fitted(m.cols, m.rows, m.nodes[m.current], VIEWPORT);
  const here = nodePoint(fit, m.nodes[m.current]);
  return [fit, zoomAbout(fit, here.x, here.y, 2.5), zoomAbout(fit, 450, 400, 0.5), zoomAbout(fit, 450, 400, 1.6)];
}

/** The rectangles of every node and numbered badge drawn in a layout. */
function obstacles(layout: MapLayout): Rect[] {
  const r = layout.radius;
  return [
    ...layout.nodes.map(({ at }) => ({ x: at.x - r - 2, y: at.y - r - 2, w: 2 * r + 4, h: 2 * r + 4 })),
    ...layout.badges.filter((b) => b.shape === 'number').map((b) => ({ x: b.at.x - 8, y: b.at.y - 8, w: 16, h: 16 })),
  ];
}

describe('branch map label placement', () => {
  it('the generated tree has several branches, endings and an unfinished line', () => {
    expect(MODEL.lines.length).toBeGreaterThanOrEqual(4);
    expect(MODEL.nodes.filter((n) => n.ending).length).toBeGreaterThanOrEqual(3);
    expect(MODEL.nodes.length).toBeGreaterThan(100);
  });

  it('labels never overlap each other, a node, a badge or the card, and stay inside the map', () => {
    let checked = 0;
    let numbered = 0;
    for (const view of views(MODEL)) {
      for (const selected of [null, MODEL.current, MODEL.lines[1].nodes[0]]) {
        const layout = layoutMap({ model: MODEL, view, viewport: VIEWPORT, selected, hover: null, measure: proportional });
        const rects = layout.labels.map((l) => l.rect);
        const blockers = [...obstacles(layout), ...(layout.card ? [layout.card.rect] : [])];
        rects.forEach((a, i) => {
          expect(within(a, VIEWPORT)).toBe(true);
          for (const b of rects.slice(i + 1))
            expect(overlaps(a, b), `${layout.labels[i].key} overlaps another label`).toBe(false);
          for (const b of blockers) expect(overlaps(a, b), `${layout.labels[i].key} covers a mark`).toBe(false);
        });
        checked += rects.length;
        numbered += layout.badges.filter((b) => b.shape === 'number').length;
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(numbered).toBeGreaterThan(0);
  });

  it('shows what matters when there is room: where the game stands, the start and the endings', () => {
    const view = views(MODEL)[0];
    const layout = layoutMap({ model: MODEL, view, viewport: VIEWPORT, selected: null, hover: null, measure: proportional });
    const keys = layout.labels.map((l) => l.key);
    expect(keys).toContain('here');
    expect(keys).toContain('start');
    expect(keys.filter((k) => k.startsWith('end:')).length).toBeGreaterThanOrEqual(3);
  });

  it('sizes every label by the injected measure (its pill around it), so wider text takes more room', () => {
    const view = views(MODEL)[3];
    const input = { model: MODEL, view, viewport: VIEWPORT, selected: MODEL.current, hover: 5, measure: proportional };
    const layout = layoutMap(input);
    for (const l of layout.labels) {
      const size = proportional(l.text, LABEL_FONT[l.kind]);
      expect(l.rect.w).toBeCloseTo(size.width + (l.pill ? 10 : 0), 6);
      expect(l.rect.h).toBeCloseTo(size.height + (l.pill ? 4 : 0), 6);
    }
    const wide: Measure = (text, font) => ({ ...proportional(text, font), width: proportional(text, font).width * 3 });
    const crowded = layoutMap({ ...input, measure: wide });
    expect(crowded.labels.length).toBeLessThan(layout.labels.length);
    expect(crowded.card?.rect.w).toBeGreaterThan(layout.card?.rect.w ?? Number.POSITIVE_INFINITY);
  });

  it('puts the card near the selected node without covering it, inside the map, and none when it is off the map', () => {
    for (const view of views(MODEL)) {
      for (const { node, at } of layoutMap({
        model: MODEL,
        view,
        viewport: VIEWPORT,
        selected: null,
        hover: null,
        measure: proportional,
      }).nodes.filter((_, i) => i % 17 === 0)) {
        const layout = layoutMap({
          model: MODEL,
          view,
          viewport: VIEWPORT,
          selected: node.id,
          hover: null,
          measure: proportional,
        });
        const inside =
          at.x >= VIEWPORT.x && at.x <= VIEWPORT.x + VIEWPORT.w && at.y >= VIEWPORT.y && at.y <= VIEWPORT.y + VIEWPORT.h;
        if (!inside) {
          expect(layout.card).toBeNull();
          continue;
        }
        const card = layout.card;
        expect(card?.id).toBe(node.id);
        if (!card) continue;
        expect(within(card.rect, VIEWPORT)).toBe(true);
        const r = layout.radius;
        expect(overlaps(card.rect, { x: at.x - r, y: at.y - r, w: 2 * r, h: 2 * r })).toBe(false);
      }
    }
  });

  it('the hover tooltip shows at any node with room above it, even over other labels, but never outside the map', () => {
    const view = views(MODEL)[0];
    const base = { model: MODEL, view, viewport: VIEWPORT, selected: null, measure: proportional };
    const shown = MODEL.nodes.filter((n) => {
      const p = nodePoint(view, n);
      return p.y > VIEWPORT.y + 60 && p.x > 200 && p.x < 700;
    });
    expect(shown.length).toBeGreaterThan(0);
    for (const n of shown.slice(0, 10)) {
      const layout = layoutMap({ ...base, hover: n.id });
      expect(layout.labels.some((l) => l.key === 'hover')).toBe(true);
    }
    const above = { ...view, oy: view.oy - (nodePoint(view, MODEL.nodes[0]).y - VIEWPORT.y) };
    expect(layoutMap({ ...base, view: above, hover: 0 }).labels.some((l) => l.key === 'hover')).toBe(false);
  });
});
