/**
 * The branch map (issue 5): go back from the DOM tree with the keyboard, take another choice to open a
 * second branch, see both on the canvas and in the tree, pan and zoom, and jump by clicking the canvas.
 */
import { expect, type Page, test } from '@playwright/test';
import type { NodePoint } from '../src/app/branchSelection.ts';
import { withoutOptional } from '../src/sim/model/package.ts';
import { PRESETS } from '../src/sim/model/presets.ts';
import { Timeline } from '../src/sim/session/timeline.ts';
import { axe, guard, historicalChoice, open, shot, snapshot, waitForHuman } from './helpers.ts';

// Long games, played as a player who asked for reduced motion sees them: no tweens to draw, so the suite
// runs faster on software WebGL. The motion itself is seen in viewports, reasons, dprk, record and watch.
test.use({ reducedMotion: 'reduce' });

const START = '/?us=human&dprk=ai&seed=3&mode=historical&speed=max';

/** Makes `n` decisions with the first enabled choice nobody has tried. */
async function decide(page: Page, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    const s = await waitForHuman(page);
    expect(s.screen).toBe('play');
    expect(s.beat?.kind).toBe('choice');
    const before = await page.evaluate(() => window.__hanoi?.log().length ?? 0);
    await page.locator('button.choice:not([disabled]):not([data-seen])').first().click();
    await page.waitForFunction((k) => (window.__hanoi?.log().length ?? 0) > k, before);
  }
}

/** Every move so far is what the real delegations did (choices only: no table move yet). */
async function onRecord(page: Page): Promise<boolean> {
  const log = (await page.evaluate(() => window.__hanoi?.log())) ?? [];
  return log.every(
    (e) => e.type === 'CHOOSE' && historicalChoice(e.choiceId.slice(0, e.choiceId.lastIndexOf('.'))) === e.choiceId,
  );
}

const tree = (page: Page) => page.evaluate(() => window.__hanoi?.timeline());
const points = (page: Page) => page.evaluate(() => window.__hanoi?.branchMap() ?? null);
const selectedItem = (page: Page) => page.locator('[role="tree"] [role="treeitem"][aria-selected="true"]');

async function openMap(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Branch map' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Branch map' })).toBeFocused();
  await expect.poll(async () => (await snapshot(page)).scene).toBe('BranchMap');
  await expect.poll(async () => (await points(page))?.length ?? 0).toBeGreaterThan(0);
}

/** Tabs from the heading to the tree's one tab stop. */
async function tabToTree(page: Page): Promise<void> {
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.getAttribute('role') === 'treeitem')) return;
  }
  throw new Error('The tree has no tab stop');
}

const focusedNode = (page: Page) => page.evaluate(() => Number((document.activeElement as HTMLElement | null)?.dataset.node));

test('branch map: back with the keyboard, a second branch, both drawn, a jump from the canvas', async ({ page }) => {
  const g = guard(page);
  await open(page, START);
  await decide(page, 5);
  const first = await tree(page);
  const firstLeaf = first?.current as number;
  expect(first?.nodes.filter((n) => n.children.length === 0 && n.id !== 0)).toHaveLength(1);

  await openMap(page);
  expect((await snapshot(page)).renderer).toBe(2);
  await expect(page.getByRole('button', { name: 'Branch map' })).toBeHidden();
  const treeEl = page.getByRole('tree', { name: 'Moves and branches' });
  await expect(treeEl).toBeVisible();
  // One line: every node is an item at level 1, the current one selected and the only tab stop.
  await expect(treeEl.locator('[role="treeitem"]')).toHaveCount(first?.nodes.length ?? 0);
  await expect(treeEl.locator('[role="treeitem"][aria-level="1"]')).toHaveCount(first?.nodes.length ?? 0);
  await expect(selectedItem(page)).toHaveAttribute('data-node', String(firstLeaf));
  await expect(treeEl.locator('[tabindex="0"]')).toHaveCount(1);
  const firstOnRecord = await onRecord(page);
  await expect(selectedItem(page)).toHaveAccessibleName(
    firstOnRecord ? /^Move \d+, (US player|DPRK computer), .+\. Current\. On the record\./ : /^Move \d+, .+\. Current\./,
  );
  await expect(treeEl.locator('[aria-posinset="1"]').first()).toHaveAttribute('aria-setsize', String(first?.nodes.length));
  await axe(page, 'branch map, one branch');
  await shot(page, 'branch-map-1');

  // Back three decisions with the keyboard: to the state the third-last decision was made in.
  // On one line a node's ID is its move number: the person's decisions are these nodes.
  const made = await page.evaluate(() =>
    (window.__hanoi?.log() ?? []).flatMap((e, i) => (e.by === 'us' && e.type === 'CHOOSE' ? [i + 1] : [])),
  );
  expect(made).toHaveLength(5);
  const thirdLast = made[2];
  const target = (first?.nodes[thirdLast].parent ?? -1) as number;
  await tabToTree(page);
  expect(await focusedNode(page)).toBe(firstLeaf);
  for (let i = firstLeaf; i > target; i--) await page.keyboard.press('ArrowUp');
  expect(await focusedNode(page)).toBe(target);
  await expect(selectedItem(page)).toHaveAttribute('data-node', String(target));
  await expect(page.locator('#branch-selected-text')).toContainText(`Move ${target}`);
  await expect(selectedItem(page)).toHaveAccessibleName(/\d choices? untried/);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await snapshot(page)).screen).toBe('play');
  expect((await tree(page))?.current).toBe(target);

  // Another choice here opens a second branch; the old one is kept.
  await decide(page, 2);
  const branched = await tree(page);
  const leaves = branched?.nodes.filter((n) => n.children.length === 0 && n.id !== 0) ?? [];
  expect(leaves.map((n) => n.id).sort()).toEqual([firstLeaf, branched?.current].sort());
  expect(branched?.nodes[target].children).toHaveLength(2);

  await openMap(page);
  // The DOM tree: right after the branch point, one level down, comes the new branch's first move.
  const branchPoint = treeEl.locator(`[data-node="${target}"]`);
  await expect(branchPoint).toHaveAttribute('aria-expanded', 'true');
  const newHead = branched?.nodes[target].children[1] as number;
  const headItem = treeEl.locator(`[data-node="${newHead}"]`);
  expect(await branchPoint.evaluate((el) => (el.nextElementSibling as HTMLElement | null)?.dataset.node)).toBe(String(newHead));
  await expect(headItem).toHaveAttribute('aria-level', '2');
  await expect(headItem).toHaveAttribute('aria-setsize', '1');
  await expect(headItem).toHaveAttribute('aria-expanded', 'true');
  await expect(treeEl.locator(`[data-node="${branched?.current}"]`)).toHaveAttribute('aria-level', '3');
  await expect(treeEl.locator('[role="treeitem"]')).toHaveCount(branched?.nodes.length ?? 0);
  await expect(selectedItem(page)).toHaveAttribute('data-node', String(branched?.current));
  await expect(treeEl.getByRole('treeitem', { name: /^Move \d+, .+\. Current\./, selected: true })).toHaveCount(1);
  if (firstOnRecord) await expect(treeEl.locator(`[data-node="${firstLeaf}"]`)).toHaveAccessibleName(/On the record\./);
  // The new branch left the record (a choice nobody had tried, at a beat where the record was taken).
  await expect(headItem).not.toHaveAccessibleName(/On the record/);
  await expect(branchPoint).toHaveAccessibleName(/Next decision: .+, \d choices? untried/);
  await expect(page.locator('.branch-summary')).toContainText('2 branches');
  await axe(page, 'branch map, two branches');
  await shot(page, 'branch-map-2');

  // Keyboard: Left goes up to the branch head, then closes and opens the branch point's group.
  await tabToTree(page);
  expect(await focusedNode(page)).toBe(branched?.current);
  await page.keyboard.press('ArrowLeft');
  expect(await focusedNode(page)).toBe(newHead);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  expect(await focusedNode(page)).toBe(target);
  await page.keyboard.press('ArrowLeft');
  await expect(branchPoint).toHaveAttribute('aria-expanded', 'false');
  await expect(headItem).toBeHidden();
  await page.keyboard.press('ArrowDown');
  expect(await focusedNode(page)).toBe(branched?.nodes[target].children[0]);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await expect(branchPoint).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowRight');
  expect(await focusedNode(page)).toBe(newHead);
  await page.keyboard.press('Home');
  expect(await focusedNode(page)).toBe(0);
  await page.keyboard.press('End');
  expect(await focusedNode(page)).toBe(firstLeaf);

  // The canvas: zoom and pan move the nodes; the map stays left of the DOM panel.
  const at = async (id: number): Promise<NodePoint> => ((await points(page)) ?? []).find((p) => p.id === id) as NodePoint;
  const gap = async () => (await at(1)).x - (await at(0)).x;
  const before = await gap();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(gap).toBeGreaterThan(before * 1.2);
  await page.getByRole('button', { name: 'Reset view' }).click();
  await expect.poll(gap).toBeCloseTo(before, 1);
  const panel = await page.locator('#panel').boundingBox();
  for (const p of (await points(page)) ?? []) if (p.visible) expect(p.x).toBeLessThan(panel?.x ?? 0);
  const origin = await at(0);
  await page.mouse.move(origin.x + 20, origin.y + 40);
  await page.mouse.down();
  await page.mouse.move(origin.x + 60, origin.y + 70, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => Math.round((await at(0)).x - origin.x)).toBe(40);
  await page.mouse.move(origin.x + 200, origin.y + 60);
  await page.mouse.wheel(0, -300);
  await expect.poll(gap).toBeGreaterThan(before * 1.1);
  await page.getByRole('button', { name: 'Reset view' }).click();

  // Click a node of the first branch on the canvas (where the person decides, so no computer move follows
  // the jump): the DOM tree selects it; a second click goes there.
  const onFirst = made[3] - 1;
  expect(onFirst).toBeGreaterThan(target);
  const p = await at(onFirst);
  expect(p.visible).toBe(true);
  await page.mouse.click(p.x, p.y);
  await expect(selectedItem(page)).toHaveAttribute('data-node', String(onFirst));
  await expect(page.locator('#branch-selected-text')).toContainText(`Move ${onFirst}`);
  await shot(page, 'branch-map-selected');
  // The selected node's actions call the comparison and odds panels.
  await page.getByRole('button', { name: 'Compare with the current branch' }).click();
  await expect(page.getByRole('region', { name: 'Comparison of two branches' })).toBeVisible();
  await shot(page, 'branch-map-compare');
  await page.getByRole('button', { name: 'Odds from here' }).click();
  await expect(page.getByRole('region', { name: 'Odds from the selected move' })).toBeVisible();
  await axe(page, 'branch map with the odds panel');
  await shot(page, 'branch-map-odds');
  const again = await at(onFirst);
  await page.mouse.click(again.x, again.y);
  await expect.poll(async () => (await tree(page))?.current).toBe(onFirst);
  await expect.poll(async () => (await snapshot(page)).screen).not.toBe('branches');
  expect((await tree(page))?.nodes).toHaveLength(branched?.nodes.length ?? 0);
  await expect(page.getByRole('button', { name: 'Branch map' })).toBeVisible();
  g.check();
});

/** Plays on to the end of the summit: a fresh choice at each decision, the preset paper at the table. */
/**
 * Three whole games in one tree, built on the pure core as a player of START would play them (the first
 * choice nobody has tried, the US opening paper at the table, to the end): the first to its
 * end, a second from the fifth US decision (before the talks), a third from the middle of the second.
 * Playing them through the page took about 50 s beside the other worker; what this test reads is the
 * map of the tree, and branching through the page is the keyboard test's part.
 */
function threeGamesSave(): string {
  const t = new Timeline(3, { seats: { us: 'human', dprk: 'ai' }, mode: 'historical' });
  const playToEnd = () => {
    for (let step = 0; step < 300; step++) {
      t.runAuto();
      const view = t.session.view('us');
      if (view.over) return;
      if (view.beat?.kind === 'table') {
        t.act({ type: 'OFFER', by: 'us', pkg: withoutOptional(PRESETS.usBigDeal.pkg) });
        continue;
      }
      const tried = t.seen().anywhere;
      const enabled = view.choices.filter((c) => c.enabled);
      const choice = enabled.find((c) => !tried.has(c.id)) ?? enabled[0];
      expect(t.act({ type: 'CHOOSE', by: 'us', choiceId: choice.id }).ok).toBe(true);
    }
    throw new Error('The game did not end');
  };
  playToEnd();
  const fifth = t.session.log().flatMap((e, i) => (e.by === 'us' && e.type === 'CHOOSE' ? [i] : []))[4];
  t.rewind(fifth);
  playToEnd();
  const path = t.lineage(t.current.id);
  t.rewind(path[Math.floor(path.length / 2)]);
  playToEnd();
  return t.save();
}

test('branch map of three whole games stays legible', async ({ page }) => {
  test.setTimeout(240_000);
  const g = guard(page);
  await open(page, START);
  await waitForHuman(page);
  await page.getByRole('button', { name: 'Saves' }).click();
  const dialog = page.getByRole('dialog', { name: 'Saves' });
  await dialog.locator('#import-text').fill(threeGamesSave());
  await dialog.getByRole('button', { name: 'Import pasted text' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Saves' }).click();
  // The imported tree is a slot of its own beside this game's autosave (same name, numbered).
  await dialog.getByRole('button', { name: 'Load Autosave as the US, seed 3 (2)', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await snapshot(page)).screen).toBe('aftermath');

  await openMap(page);
  const full = await tree(page);
  const leaves = full?.nodes.filter((n) => n.children.length === 0 && n.id !== 0) ?? [];
  expect(leaves).toHaveLength(3);
  expect(leaves.every((n) => n.ending !== null)).toBe(true);
  const treeEl = page.getByRole('tree', { name: 'Moves and branches' });
  await expect(treeEl.locator('[role="treeitem"]')).toHaveCount(full?.nodes.length ?? 0);
  await expect(treeEl.getByRole('treeitem', { name: /Ending: / })).toHaveCount(3);
  await expect(treeEl.locator('[aria-expanded]')).toHaveCount(4);
  await axe(page, 'branch map, three games');
  await shot(page, 'branch-map-full');
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await shot(page, 'branch-map-full-out');
  await page.getByRole('button', { name: 'Reset view' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await shot(page, 'branch-map-full-in');
  g.check();
});
