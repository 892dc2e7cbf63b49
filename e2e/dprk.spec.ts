/**
 * The DPRK seat from a start link, with Tab, Space and Enter only (no number keys): the Yongbyon map
 * and its checklist, the offer builder, and an ending other than the walk. The canvas map is clicked
 * only to check that it ticks its twin in the checklist and back; every move is made from the keyboard.
 */
import { expect, test } from '@playwright/test';
import { axe, guard, historicalChoice, open, shot, snapshot, tabTo, tabToMatch, waitForHuman } from './helpers.ts';

/** Canvas position of a facility on the site map (see src/game/scenes/Dispute.ts). */
const MAP = { left: 20, top: 88, scale: (790 - 40) / 960 };
const fuelFabrication = { x: MAP.left + 650 * MAP.scale, y: MAP.top + 115 * MAP.scale };

// The suite plays with reduced motion (playwright.config.ts); this whole game keeps the animations on, as
// most players have them: every tween of a game (fades, papers, bubbles, the board) runs here.
test.use({ reducedMotion: 'no-preference' });

test('DPRK seat by link, Tab and Enter only: map, table, and a signed deal', async ({ page }) => {
  // A whole game: about a minute, and over two on a loaded machine.
  test.setTimeout(240_000);
  const g = guard(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __keys: number };
    w.__keys = 0;
    addEventListener('keydown', () => w.__keys++, true);
  });
  await open(page, '/?us=ai&dprk=human&seed=7&mode=historical&speed=max');
  let moves = 0;
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
        await tabTo(page, 'Accept their offer');
        await page.keyboard.press('Enter');
        accepted = true;
      } else {
        await tabTo(page, /DPRK Hanoi offer/);
        await page.keyboard.press('Enter');
        // The preset fills the builder: sanctions relief at its level 2 (the civilian parts of the five resolutions).
        await expect(page.locator('#issue-sanctions-2')).toBeChecked();
        await expect(page.getByRole('status').filter({ hasText: 'Worth to you' })).toBeVisible();
        await tabTo(page, 'Table this offer');
        await page.keyboard.press('Enter');
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
      // Then the whole complex, ticked in the checklist with Tab and Space: the map follows.
      const unticked = await page
        .locator('input[data-facility]:not(:checked)')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-facility')));
      for (const id of unticked) {
        await tabToMatch(page, `input[data-facility="${id}"]`);
        await page.keyboard.press('Space');
        await expect(page.locator(`input[data-facility="${id}"]`)).toBeChecked();
      }
      await expect(page.locator('.reaction')).toContainText('The whole complex');
      await expect(page.locator('.reaction')).toContainText('The United States delegation looks');
      await tabTo(page, 'Define "Yongbyon" as checked');
      await page.keyboard.press('Enter');
    } else {
      const enabled = s.choices.filter((c) => c.enabled).map((c) => c.id);
      const id = enabled.find((c) => c === historicalChoice(beat.id)) ?? enabled[0];
      await tabToMatch(page, `button[data-choice="${id}"]`);
      await page.keyboard.press('Enter');
    }
    await page.waitForFunction((n) => (window.__hanoi?.log().length ?? 0) > n, before);
    // Once the move has settled, focus is on something, never the page body (a Tab would restart at the top).
    await expect
      .poll(() => page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null), {
        timeout: 5_000,
      })
      .toBe(true);
    moves++;
  }
  expect(accepted).toBe(true);
  await expect.poll(async () => (await snapshot(page)).screen).toBe('aftermath');
  await tabTo(page, 'Go to the debrief');
  await page.keyboard.press('Enter');
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
  const keys = await page.evaluate(() => (window as unknown as { __keys: number }).__keys);
  console.log(JSON.stringify({ keyboardGame: { side: 'dprk', numberKeys: false, keyPresses: keys, moves } }));
  await dance.scrollIntoViewIfNeeded();
  await shot(page, 'dprk-debrief-dance');
  g.check();
});
