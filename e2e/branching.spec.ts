/** Issue 5 in the browser: the history log's rewind, a second branch, autosave across a reload, share links and a bad import. */
import { expect, type Page, test } from '@playwright/test';
import { axe, guard, open, shot, snapshot, waitForHuman } from './helpers.ts';

// Long games, played as a player who asked for reduced motion sees them: no tweens to draw, so the suite
// runs faster on software WebGL. The motion itself is seen in viewports, reasons, dprk, record and watch.
test.use({ reducedMotion: 'reduce' });

const START = '/?us=human&dprk=ai&seed=3&mode=historical&speed=max';

/** Makes `n` decisions with the first enabled choice nobody has tried; returns the beats decided at. */
async function decide(page: Page, n: number): Promise<string[]> {
  const beats: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = await waitForHuman(page);
    expect(s.screen).toBe('play');
    expect(s.beat?.kind).toBe('choice');
    const before = await page.evaluate(() => window.__hanoi?.log().length ?? 0);
    const fresh = page.locator('button.choice:not([disabled]):not([data-seen])').first();
    await fresh.click();
    await page.waitForFunction((k) => (window.__hanoi?.log().length ?? 0) > k, before);
    beats.push(s.beat?.id ?? '');
  }
  return beats;
}

const tree = (page: Page) => page.evaluate(() => window.__hanoi?.timeline());
const storage = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

test('rewind three decisions from the history log, branch, and resume after a reload', async ({ page }) => {
  const g = guard(page);
  await open(page, START);
  await decide(page, 5);
  const first = await tree(page);
  const firstLeaf = first?.current as number;

  await page.getByRole('button', { name: 'History' }).click();
  const dialog = page.getByRole('dialog', { name: 'History' });
  await expect(dialog).toBeVisible();
  const items = dialog.locator('.history-item');
  await expect(items).toHaveCount(5);
  await axe(page, 'history log');
  await shot(page, 'history-log', 100);
  // Three decisions back: the third from last.
  const target = items.nth(2);
  const nodeId = Number(await target.getAttribute('data-node'));
  await target.getByRole('button', { name: /^Decide again/ }).click();
  await expect(dialog).toBeHidden();
  const back = await tree(page);
  expect(back?.current).toBe(back?.nodes[nodeId].parent);
  expect(back?.nodes).toHaveLength(first?.nodes.length ?? 0);

  // The move made here before is marked, the others are counted, and another one opens a branch.
  await expect(page.locator('button.choice[data-seen="another branch"]')).toHaveCount(1);
  await expect(page.locator('.seen-count')).toContainText('not yet tried in any branch');
  await decide(page, 2);
  const branched = await tree(page);
  const leaves = branched?.nodes.filter((n) => n.children.length === 0 && n.id !== 0) ?? [];
  expect(leaves.map((n) => n.id)).toContain(firstLeaf);
  expect(leaves.length).toBe(2);

  // A reload lands exactly where the game stood, with both branches kept.
  const here = await snapshot(page);
  const log = await page.evaluate(() => window.__hanoi?.log());
  await page.reload();
  await page.waitForFunction(() => window.__hanoi?.ready === true && window.__hanoi.screen === 'play');
  expect(new URL(page.url()).search).toBe('');
  const again = await snapshot(page);
  expect(again.beat).toEqual(here.beat);
  expect(await page.evaluate(() => window.__hanoi?.log())).toEqual(log);
  expect((await tree(page))?.nodes).toEqual(branched?.nodes);
  g.check();
});

test('a share link opened in a fresh browser reaches the same move', async ({ page, browser }) => {
  const g = guard(page);
  await open(page, START);
  await decide(page, 4);
  const here = await snapshot(page);
  const log = await page.evaluate(() => window.__hanoi?.log());
  await page.getByRole('button', { name: 'Saves' }).click();
  const link = await page.locator('#share-link').inputValue();
  expect(link.length).toBeLessThan(2048);
  await axe(page, 'saves dialog');
  await shot(page, 'saves-dialog', 100);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const g2 = guard(other);
  await open(other, link.replace(/^https?:\/\/[^/]+/, ''));
  await other.waitForFunction(() => window.__hanoi?.screen === 'play');
  expect((await snapshot(other)).beat).toEqual(here.beat);
  expect(await other.evaluate(() => window.__hanoi?.log())).toEqual(log);
  await expect(other.locator('.log')).toContainText('A shared game, replayed to its last move');
  // A path someone picked and shared: its first screen says what happened on it, until the next move.
  const soFar = other.getByRole('region', { name: 'So far on this path' });
  await expect(soFar).toContainText(`This game was shared at move ${log?.length}.`);
  await expect(soFar).toContainText('It has not left the record.');
  await soFar.scrollIntoViewIfNeeded();
  await shot(other, 'shared-path-so-far');
  await decide(other, 1);
  await expect(soFar).toHaveCount(0);
  g2.check();
  await fresh.close();

  // A class's assessment debrief link (`&locked=1`) opens the same game for review only.
  const locked = await browser.newContext();
  const reviewer = await locked.newPage();
  await open(reviewer, `${link.replace(/^https?:\/\/[^/]+/, '')}&locked=1`);
  await reviewer.getByRole('button', { name: 'History' }).click();
  await expect(reviewer.getByRole('dialog')).toContainText('This game is locked for assessment');
  await locked.close();

  // A damaged link gets a clear message on the title, not a crash.
  const bad = await browser.newContext();
  const third = await bad.newPage();
  await open(third, `/?code=${link.split('code=')[1].slice(0, 40)}`);
  await expect(third.getByRole('alert')).toContainText('This share link cannot be opened');
  await bad.close();
  g.check();
});

test('importing a corrupted file shows a message and leaves every save intact', async ({ page }) => {
  const g = guard(page);
  await open(page, START);
  await decide(page, 3);
  await page.getByRole('button', { name: 'Saves' }).click();
  const dialog = page.getByRole('dialog', { name: 'Saves' });
  await dialog.getByLabel('Name').fill('Before lunch');
  await dialog.getByRole('button', { name: 'Save a copy' }).click();
  await expect(dialog.getByRole('status')).toContainText('Saved as “Before lunch”');
  const slots = dialog.locator('.saves-item');
  await expect(slots).toHaveCount(2);
  const names = await slots.allTextContents();
  const stored = await storage(page);
  const node = (await tree(page))?.current;

  const save = await page.evaluate(() => localStorage.getItem(Object.keys(localStorage).find((k) => k.includes('.slot.')) ?? ''));
  const data = JSON.parse(save ?? '{}').data as string;
  await dialog.locator('#import-file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(data.slice(0, Math.floor(data.length / 2))),
  });
  await expect(dialog.getByRole('alert')).toContainText('Nothing was imported');
  await expect(slots).toHaveCount(2);
  expect(await slots.allTextContents()).toEqual(names);
  expect(await storage(page)).toEqual(stored);
  expect((await tree(page))?.current).toBe(node);
  await shot(page, 'saves-import-error', 100);

  // The intact save imports as a new slot and never replaces one.
  await dialog.locator('#import-text').fill(data);
  await dialog.getByRole('button', { name: 'Import pasted text' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Saves' }).click();
  await expect(slots).toHaveCount(4);

  // Deleting asks first, with "Keep it" focused so a double press deletes nothing; then focus moves on.
  const named = slots.filter({ hasText: 'Before lunch' });
  await named.getByRole('button', { name: 'Delete Before lunch' }).click();
  await expect(named.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(slots).toHaveCount(4);
  await expect(named.getByRole('button', { name: 'Delete Before lunch' })).toBeFocused();
  await page.keyboard.press('Enter');
  await named.getByRole('button', { name: 'Yes, delete Before lunch' }).click();
  await expect(slots).toHaveCount(3);
  await expect(dialog.getByRole('status')).toContainText('Deleted “Before lunch”');
  expect(await page.evaluate(() => document.activeElement?.closest('.saves-item, #saves-yours') !== null)).toBe(true);
  await axe(page, 'saves dialog after a delete');
  g.check();
});
