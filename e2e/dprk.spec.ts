/**
 * The DPRK seat from a start link, with the mouse: the Yongbyon map and its checklist, the offer
 * builder, and an ending other than the walk.
 */
import { expect, test } from '@playwright/test';
import { axe, guard, historicalChoice, open, shot, snapshot, waitForHuman } from './helpers.ts';

/** Canvas position of a facility on the site map (see src/game/scenes/Dispute.ts). */
const MAP = { left: 20, top: 88, scale: (790 - 40) / 960 };
const fuelFabrication = { x: MAP.left + 650 * MAP.scale, y: MAP.top + 115 * MAP.scale };

test('DPRK seat by link: map, table, and a signed deal', async ({ page }) => {
  // A whole game: about a minute, and over two on a loaded machine.
  test.setTimeout(240_000);
  const g = guard(page);
  await open(page, '/?us=ai&dprk=human&seed=7&mode=historical&speed=max');
  let accepted = false;
  for (let step = 0; step < 80; step++) {
    const s = await waitForHuman(page);
    if (s.screen !== 'play') break;
    expect(s.turn?.side).toBe('dprk');
    const beat = s.beat as NonNullable<typeof s.beat>;
    const before = await page.evaluate(() => window.__hanoi?.log().length ?? 0);
    if (beat.kind === 'table') {
      await shot(page, 'dprk-table');
      const accept = page.getByRole('button', { name: 'Accept their offer' });
      if (await accept.isEnabled()) {
        await accept.click();
        accepted = true;
      } else {
        await page.getByRole('button', { name: /DPRK Hanoi offer/ }).click();
        // The preset fills the builder: sanctions relief at its level 2 (the civilian parts of the five resolutions).
        await expect(page.locator('#issue-sanctions-2')).toBeChecked();
        await expect(page.getByRole('status').filter({ hasText: 'Worth to you' })).toBeVisible();
        await page.getByRole('button', { name: 'Table this offer' }).click();
      }
    } else if (beat.kind === 'scope') {
      await expect.poll(async () => (await snapshot(page)).scene).toBe('Dispute');
      const box = page.locator('input[data-facility="yb.fuelFabrication"]');
      await expect(box).not.toBeChecked();
      // Clicking the facility on the canvas map ticks its twin in the checklist, and back.
      await page.mouse.click(fuelFabrication.x, fuelFabrication.y);
      await expect(box).toBeChecked();
      await axe(page, 'dispute (DPRK)');
      await shot(page, 'dprk-dispute');
      await page.mouse.click(fuelFabrication.x, fuelFabrication.y);
      await expect(box).not.toBeChecked();
      // Then the whole complex, ticked in the checklist: the map follows.
      for (const other of await page.locator('input[data-facility]').all()) await other.check();
      await expect(page.locator('.reaction')).toContainText('The whole complex');
      await expect(page.locator('.reaction')).toContainText('The United States delegation looks');
      await page.getByRole('button', { name: 'Define "Yongbyon" as checked' }).click();
    } else {
      const enabled = s.choices.filter((c) => c.enabled).map((c) => c.id);
      const id = enabled.find((c) => c === historicalChoice(beat.id)) ?? enabled[0];
      await page.locator(`button[data-choice="${id}"]`).click();
    }
    await page.waitForFunction((n) => (window.__hanoi?.log().length ?? 0) > n, before);
  }
  expect(accepted).toBe(true);
  await expect.poll(async () => (await snapshot(page)).screen).toBe('aftermath');
  await page.getByRole('button', { name: 'Go to the debrief' }).click();
  await expect.poll(async () => (await snapshot(page)).scene).toBe('Debrief');
  const end = await snapshot(page);
  // Accepting the US paper and naming every building signs the comprehensive deal (seed 7).
  expect(end.ending).toBe('comprehensive');
  await expect(page.getByRole('rowheader', { name: 'DPRK', exact: true })).toBeVisible();
  // Nothing is hidden after the game: the concession chart once in each side's values.
  const dance = page.getByRole('region', { name: 'How the offers moved' });
  await expect(dance.getByRole('img', { name: /worth to United States/ })).toBeVisible();
  await expect(dance.getByRole('img', { name: /worth to DPRK|worth to Democratic/ })).toBeVisible();
  await shot(page, 'dprk-debrief', 1600);
  await dance.scrollIntoViewIfNeeded();
  await shot(page, 'dprk-debrief-dance');
  g.check();
});
