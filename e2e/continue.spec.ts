/**
 * A game that starts and ends like a game: "Title" during play asks first and keeps the game; a fresh
 * visit shows the title with Continue (saying what it continues) instead of someone else's game; a
 * reload of the playing tab still resumes straight into it.
 */
import { expect, test } from '@playwright/test';
import { guard, open, snapshot, waitForHuman } from './helpers.ts';

// Long games, played as a player who asked for reduced motion sees them: no tweens to draw, so the suite
// runs faster on software WebGL. The motion itself is seen in viewports, reasons, dprk, record and watch.
test.use({ reducedMotion: 'reduce' });

test('title during play, Continue on a fresh visit, resume on reload', async ({ page, context }) => {
  // Four page loads and a Phaser boot each: about 40 s idle, over 90 s on a loaded machine.
  test.setTimeout(180_000);
  const g = guard(page);
  await open(page, '/?us=human&dprk=ai&seed=3&speed=max');
  let s = await waitForHuman(page);
  const before = await page.evaluate(() => window.__hanoi?.log().length ?? 0);
  await page.locator('button.choice:not([disabled])').first().click();
  await page.waitForFunction((n) => (window.__hanoi?.log().length ?? 0) > n, before);
  s = await waitForHuman(page);
  const log = await page.evaluate(() => window.__hanoi?.log());
  const beatTitle = (await page.evaluate(() => window.__hanoi?.view()?.beat?.title)) as string;
  expect(beatTitle.length).toBeGreaterThan(0);

  // A reload of this tab resumes at once.
  await page.reload();
  await page.waitForFunction(() => window.__hanoi?.ready === true && window.__hanoi.screen === 'play');
  expect((await snapshot(page)).beat).toEqual(s.beat);

  // A second visit (a new tab, the next student) gets the title, with Continue saying what it continues.
  const other = await context.newPage();
  const g2 = guard(other);
  await open(other, '/');
  expect((await snapshot(other)).screen).toBe('title');
  await expect(other.locator('#continue-what')).toContainText('as the US, seed 3');
  await expect(other.locator('#continue-what')).toContainText(beatTitle);
  await other.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(async () => (await snapshot(other)).screen).toBe('play');
  expect(await other.evaluate(() => window.__hanoi?.log())).toEqual(log);
  g2.check();
  await other.close();

  // Title during play asks first; keeping on playing changes nothing, leaving keeps the game for Continue.
  await page.getByRole('button', { name: 'Title' }).click();
  const dialog = page.getByRole('dialog', { name: 'Leave this game for the title?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep playing' }).click();
  expect((await snapshot(page)).screen).toBe('play');
  await page.getByRole('button', { name: 'Title' }).click();
  await dialog.getByRole('button', { name: 'Go to the title' }).click();
  await expect.poll(async () => (await snapshot(page)).screen).toBe('title');
  await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
  // Having left, a reload shows the title too.
  await page.reload();
  await page.waitForFunction(() => window.__hanoi?.ready === true);
  expect((await snapshot(page)).screen).toBe('title');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect.poll(async () => (await snapshot(page)).screen).toBe('play');
  expect(await page.evaluate(() => window.__hanoi?.log())).toEqual(log);
  g.check();
});
