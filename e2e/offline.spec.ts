/**
 * The installable offline game: after one visit the service worker holds everything, so with the
 * network gone a reload still plays a whole AI-vs-AI game to the debrief, and a second visit fetches
 * no code or art from the network at all.
 */
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { guard, open, snapshot } from './helpers.ts';

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
  await open(page, '/?us=ai&dprk=ai&seed=3&speed=max');
  await expect.poll(async () => (await snapshot(page)).scene, { timeout: 90_000 }).toBe('Debrief');
  expect((await snapshot(page)).over).toBe(true);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  g.check();
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
