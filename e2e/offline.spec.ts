/**
 * The installable offline game: after one visit the service worker holds everything, so with the
 * network gone a reload still plays a whole AI-vs-AI game to the debrief, and a second visit fetches
 * no code or art from the network at all.
 */
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { axe, guard, open, snapshot, TAKE_SHOTS } from './helpers.ts';

// The one spec that needs the service worker (the suite blocks it elsewhere: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/** The first visit: open the title and wait until the service worker controls the page (precache done). */
async function firstVisit(page: Page): Promise<void> {
  await open(page, '/');
  await page.waitForFunction(
    () => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined,
  );
  const cached = await page.evaluate(async () => {
    let n = 0;
    for (const name of await caches.keys()) n += (await (await caches.open(name)).keys()).length;
    return n;
  });
  expect(cached).toBeGreaterThan(20);
}

/** Every request of the context that the network answered, not the service worker's cache. */
function networkRequests(context: BrowserContext): string[] {
  const fromNetwork: string[] = [];
  context.on('requestfinished', async (request) => {
    // Blob and data URLs (Phaser's decoded SVG art) live in memory, never on the network.
    if (/^(blob|data):/.test(request.url())) return;
    const response = await request.response();
    // A fetch the service worker itself made went to the network (a cache miss).
    if (request.serviceWorker() !== null || !response?.fromServiceWorker()) fromNetwork.push(request.url());
  });
  return fromNetwork;
}

test('after one visit the game plays offline to the debrief', async ({ page, context }) => {
  test.setTimeout(120_000);
  const g = guard(page);
  await firstVisit(page);
  await context.setOffline(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await open(page, '/?us=ai&dprk=ai&seed=3&speed=max');
  await expect.poll(async () => (await snapshot(page)).scene, { timeout: 90_000 }).toBe('Debrief');
  expect((await snapshot(page)).over).toBe(true);
  g.check();
  // The network was gone the whole game. Ask it directly, after the guard (the failed probe logs an
  // error): since Chromium 150 a document that the service worker serves offline reports
  // navigator.onLine === true, though every request still fails.
  expect(
    await page.evaluate(() =>
      fetch(`/not-cached-${Date.now()}`).then(
        () => 'answered',
        () => 'failed',
      ),
    ),
  ).toBe('failed');
});

test('a second visit fetches no code or art from the network', async ({ page, context }) => {
  test.setTimeout(90_000);
  await firstVisit(page);
  const fromNetwork = networkRequests(context);
  const g = guard(page);
  // The second visit: the game page again, with its code, fonts, art and Phaser behind the title.
  await open(page, '/');
  await expect(page.locator('#game-container canvas')).toHaveCount(1);
  // Anything loaded a moment after the title (art for the first scene) is counted too.
  await page.waitForTimeout(2_000);
  expect((await page.evaluate(() => performance.getEntriesByType('resource').length)) > 5).toBe(true);
  expect(fromNetwork).toEqual([]);
  g.check();
});

test('the update prompt waits for the player: readable, reachable, announced, and "Later" keeps the game', async ({ page }) => {
  const g = guard(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await open(page, '/?us=human&dprk=ai&seed=3');
  await page.waitForFunction(() => window.__hanoi?.screen === 'play');
  const moves = await page.evaluate(() => window.__hanoi?.log().length ?? 0);
  await page.evaluate(() => window.__hanoi?.previewUpdatePrompt());
  const bar = page.getByRole('region', { name: 'New version' });
  await expect(bar).toBeVisible();
  // The live region is filled after it is in the page, so screen readers announce it.
  await expect(bar.getByRole('status')).toContainText('A new version of Hanoi Summit is ready');
  const box = await bar.boundingBox();
  expect(box && box.x >= 0 && box.y >= 0 && box.x + box.width <= 390 && box.y + box.height <= 844).toBe(true);
  for (const name of ['Reload', 'Later']) {
    const b = await bar.getByRole('button', { name }).boundingBox();
    expect(b && b.width >= 44 && b.height >= 44, name).toBe(true);
  }
  if (TAKE_SHOTS) await page.screenshot({ path: 'e2e-output/screens/update-prompt-390x844.png' });
  await axe(page, 'update prompt');
  await bar.getByRole('button', { name: 'Later' }).focus();
  await page.keyboard.press('Enter');
  await expect(bar).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('screen-heading');
  // Nothing was reloaded or replayed: the same game, the same moves.
  expect(await page.evaluate(() => window.__hanoi?.log().length ?? 0)).toBe(moves);
  g.check();
});
