/** Two people on one device: a hand-over screen between turns, and each sees only their own side. */
import { expect, test } from '@playwright/test';
import { BRIEFS } from '../src/sim/content/record/index.ts';
import { clickChoice, guard, historicalChoice, open, shot, snapshot } from './helpers.ts';

// Long games, played as a player who asked for reduced motion sees them: no tweens to draw, so the suite
// runs faster on software WebGL. The motion itself is seen in viewports, reasons, dprk, record and watch.
test.use({ reducedMotion: 'reduce' });

/** A distinctive line from each confidential brief: none may be on the shared screen before a hand-over. */
const SECRET = {
  us: BRIEFS.us.confidential.sections[0].paragraphs[0].slice(0, 60),
  dprk: BRIEFS.dprk.confidential.sections[0].paragraphs[0].slice(0, 60),
};

test('hot-seat: a game from day 2 with pass-the-device screens', async ({ page }) => {
  // A game from day 2: under a minute, and up to two on a loaded machine.
  test.setTimeout(240_000);
  const g = guard(page);
  await open(page, '/');
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByLabel('Both sides on one device (hot-seat)').check();
  // The briefing is the shared screen: both players read it, so neither confidential brief is on it.
  await expect(page.locator('.brief-box')).toContainText(BRIEFS.us.public.title);
  for (const side of ['us', 'dprk'] as const) {
    await expect(page.getByText(BRIEFS[side].confidential.title, { exact: true })).toHaveCount(0);
    await expect(page.locator('body')).not.toContainText(SECRET[side]);
  }
  await shot(page, 'hotseat-briefing');
  await page.getByLabel('Seed').fill('11');
  // From day 2's expanded meeting: the hand-overs are the same from there, in half the moves.
  await page.getByLabel('Start at').selectOption('day2');
  await page.getByRole('button', { name: 'Begin the summit' }).click();

  let passes = 0;
  let holder: string | null = null;
  for (let step = 0; step < 200; step++) {
    await page.waitForFunction(() => ['pass', 'play', 'aftermath'].includes(window.__hanoi?.screen ?? ''));
    const s = await snapshot(page);
    if (s.screen === 'aftermath') break;
    if (s.screen === 'pass') {
      const side = s.turn?.side === 'us' ? 'United States' : 'DPRK';
      await expect(page.getByRole('heading', { name: `Pass the device to the ${side} player` })).toBeVisible();
      // Nothing confidential is on screen while the device changes hands.
      await expect(page.locator('.advisers, .beat-text, .table-ui')).toHaveCount(0);
      await expect.poll(async () => (await snapshot(page)).scene).toBe('Pass');
      if (passes === 0) await shot(page, 'hotseat-pass');
      // A number key (say, a second press of the one that made the last move) never skips the hand-over.
      await page.keyboard.press('1');
      expect((await snapshot(page)).screen).toBe('pass');
      passes++;
      holder = s.turn?.side ?? null;
      await page.getByRole('button', { name: `I am the ${side} player: show my screen` }).click();
      continue;
    }
    expect(s.turn?.side).toBe(holder);
    const viewer = await page.evaluate(() => window.__hanoi?.view()?.viewer);
    expect(viewer).toBe(holder);
    // Behind the hand-over, the holder may reread their own confidential brief, and only theirs.
    const own = holder as 'us' | 'dprk';
    const rival = own === 'us' ? 'dprk' : 'us';
    await expect(page.locator('.own-brief summary')).toHaveText(BRIEFS[own].confidential.title);
    await expect(page.locator('body')).not.toContainText(SECRET[rival]);
    const beat = s.beat as NonNullable<typeof s.beat>;
    const before = await page.evaluate(() => window.__hanoi?.log().length ?? 0);
    if (beat.id === 'after.stockholmTable') {
      // The follow-up table months later: walking out of it leaves the summit's ending as it was.
      await page.getByRole('button', { name: 'Walk out', exact: true }).click();
    } else if (beat.kind === 'table') {
      await page.getByRole('button', { name: holder === 'us' ? /US "big deal"/ : /DPRK Hanoi offer/ }).click();
      await page.getByRole('button', { name: 'Table this offer' }).click();
    } else {
      const enabled = s.choices.filter((c) => c.enabled).map((c) => c.id);
      const id = enabled.find((c) => c === historicalChoice(beat.id)) ?? enabled[0];
      await clickChoice(page, page.locator(`button[data-choice="${id}"]`));
    }
    await page.waitForFunction((n) => (window.__hanoi?.log().length ?? 0) > n, before);
  }
  expect(passes).toBeGreaterThan(4);
  await page.getByRole('button', { name: 'Go to the debrief' }).click();
  await expect.poll(async () => (await snapshot(page)).scene).toBe('Debrief');
  expect((await snapshot(page)).ending).not.toBeNull();
  await expect(page.getByRole('table', { name: /Scores/ })).toBeVisible();
  g.check();
});
