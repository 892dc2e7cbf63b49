/** Start points in the browser: a start link opens at the dispute with its "so far", and the briefing's select starts on the eve. */
import { expect, test } from '@playwright/test';
import { axe, guard, open, shot, waitForHuman } from './helpers.ts';

// Long games, played as a player who asked for reduced motion sees them: no tweens to draw, so the suite
// runs faster on software WebGL. The motion itself is seen in viewports, reasons, dprk, record and watch.
test.use({ reducedMotion: 'reduce' });

test('a start link opens at the dispute in class length, with the sourced "so far" until the first move', async ({ page }) => {
  const g = guard(page);
  await open(page, '/?us=human&dprk=ai&seed=7&start=dispute&length=class&speed=fast');
  const s = await waitForHuman(page);
  expect(s.beat?.id).toBe('dispute.us');
  const soFar = page.locator('[data-start="dispute"]');
  await expect(soFar).toBeVisible();
  await expect(soFar.getByRole('heading', { name: 'So far' })).toBeVisible();
  await expect(soFar.locator('a').first()).toHaveAttribute('href', /^https?:\/\//);
  await axe(page, 'start-dispute');
  await shot(page, 'start-dispute');
  await page.locator('[data-choice="dispute.us.whole"]').click();
  await expect(page.locator('[data-start]')).toHaveCount(0);
  g.check();
});

test('the briefing starts a game on the eve of the summit', async ({ page }) => {
  const g = guard(page);
  await open(page, '/');
  await page.getByRole('button', { name: 'New game' }).click();
  // The DPRK seat moves first on the eve, so the game waits at the start for the player.
  await page.getByLabel('Play the DPRK').check();
  await page.getByLabel('Start at').selectOption('eve');
  await page.getByRole('button', { name: 'Begin the summit' }).click();
  const s = await waitForHuman(page);
  expect(s.beat?.id).toBe('pre.snubDPRK');
  expect(s.turn?.side).toBe('dprk');
  await expect(page.locator('[data-start="eve"]')).toBeVisible();
  g.check();
});
