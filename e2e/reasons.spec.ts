/**
 * The counterpart's reasons on the table screen: after the US seat's opening paper is refused, the
 * DPRK's red line, its costliest issues and what it would take appear under its counteroffer, in a
 * region with a heading, readable on a laptop and at phone width (down to 320 px).
 */
import { expect, test } from '@playwright/test';
import { axe, guard, historicalChoice, open, shot, waitForHuman } from './helpers.ts';

test('a refused offer shows the counterpart’s reasons, at 1280×720, 390×844 and 320 px', async ({ page }) => {
  test.setTimeout(180_000);
  const g = guard(page);
  await open(page, '/?us=human&dprk=ai&seed=7&mode=open&speed=max');
  for (let step = 0; step < 40; step++) {
    const s = await waitForHuman(page);
    const beat = s.beat as NonNullable<typeof s.beat>;
    if (beat.kind === 'table') break;
    const before = await page.evaluate(() => window.__hanoi?.log().length ?? 0);
    const enabled = s.choices.filter((c) => c.enabled).map((c) => c.id);
    const id = enabled.find((c) => c === historicalChoice(beat.id)) ?? enabled[0];
    const label = (await page.locator(`button[data-choice="${id}"] span`).first().textContent()) ?? '';
    await page.locator(`button[data-choice="${id}"]`).click();
    await page.waitForFunction((n) => (window.__hanoi?.log().length ?? 0) > n, before);
    if (step > 0) continue;
    // The result card stays until the player continues: the decision, and each reading it moved, signed.
    const card = page.getByRole('region', { name: 'What your decision did' });
    await expect(card).toContainText(label);
    const changes = card.getByRole('list', { name: 'Readings that moved' }).getByRole('listitem');
    if ((await changes.count()) > 0) await expect(changes.first()).toHaveText(/^.+: \d+ → \d+ \([+−]\d+\)$/);
    else await expect(card).toContainText('None of your readings moved.');
    await shot(page, 'result-card-1280');
    await card.getByRole('button', { name: 'Continue' }).click();
    await expect(card).toHaveCount(0);
    await expect(page.locator('#screen-heading')).toBeFocused();
  }
  const reasons = page.getByRole('region', { name: 'Why the DPRK side said no' });
  await expect(reasons).toHaveCount(0);
  const before = await page.evaluate(() => window.__hanoi?.log().length ?? 0);
  // The builder starts from the US opening paper: all weapons and fuel handed over.
  await page.getByRole('button', { name: 'Table this offer' }).click();
  await page.waitForFunction((n) => (window.__hanoi?.log().length ?? 0) >= n + 2, before);
  await expect(reasons).toBeVisible();
  await expect(reasons).toContainText('Red line: Warheads & fissile stockpile must be at most “Partial elimination”.');
  await expect(reasons).toContainText('What costs us most:');
  await reasons.scrollIntoViewIfNeeded();
  await shot(page, 'reasons-1280');
  // Talk across the table: the question and its answer (or a refusal to say) in the transcript; asking
  // is no new offer, so the reasons under the counteroffer stay.
  const talk = page.getByRole('region', { name: 'Talk across the table' });
  await talk.getByRole('button', { name: 'Ask what matters most to them' }).click();
  const said = talk.getByRole('region', { name: 'What was said' }).getByRole('listitem');
  await expect(said).toHaveCount(1);
  await expect(said.first()).toContainText('US: “What matters most to you?” DPRK');
  await expect(reasons).toBeVisible();
  // The screen is drawn again with the answer; focus stays on the button that asked.
  await expect(page.locator('#talk-ask-top')).toBeFocused();
  await talk.scrollIntoViewIfNeeded();
  await shot(page, 'talk-1280');
  // The board's twin: every issue a row with both latest offers, the red line and the costly issues on theirs.
  const board = page.locator('table.board');
  await expect(board.locator('tbody tr')).toHaveCount(11);
  const redRow = board.locator('tr[data-issue="warheads"]');
  await expect(redRow).toHaveAttribute('data-note', 'redLine');
  await expect(redRow.locator('.board-note')).toHaveText('DPRK red line: at most “Partial elimination”');
  await expect(redRow.locator('td[data-side="us"]')).not.toHaveText('No offer yet');
  // Three costliest issues for the DPRK (warheads, on the red-line row, is not among them with the fitted weights).
  await expect(board.locator('tr[data-note="costly"]')).toHaveCount(3);
  await expect(page.locator('.board-details summary')).toContainText(/Apart on \d+ issues of 11/);
  // The concession chart: both offers so far, in this seat's own values only, with the numbers in its twin.
  const dance = page.getByRole('region', { name: 'How the offers moved' });
  await expect(dance.getByRole('img', { name: /worth to you, offer by offer/ })).toBeVisible();
  await expect(dance.locator('polyline')).toHaveCount(2);
  await dance.getByText('The numbers behind the chart').click();
  // One row per offer at the table: the DPRK's opening, the US paper, the DPRK's answer.
  const offers = await page.evaluate(() => window.__hanoi?.view()?.table?.offers.map((o) => o.by) ?? []);
  expect(offers).toEqual(['dprk', 'us', 'dprk']);
  await expect(dance.locator('tbody tr')).toHaveCount(3);
  await expect(dance.locator('tbody tr').nth(1)).toContainText('US');
  await expect(dance.locator('thead')).toContainText('Worth to you');
  await dance.scrollIntoViewIfNeeded();
  await shot(page, 'dance-1280');
  await page.setViewportSize({ width: 390, height: 844 });
  await reasons.scrollIntoViewIfNeeded();
  await expect(reasons).toBeVisible();
  const size = await reasons
    .locator('li')
    .first()
    .evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(16);
  const box = await reasons.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
  await axe(page, 'table reasons (390)');
  await shot(page, 'reasons-390');
  await talk.scrollIntoViewIfNeeded();
  await shot(page, 'talk-390');
  await board.locator('tr[data-issue="sanctions"]').scrollIntoViewIfNeeded();
  await shot(page, 'board-390');
  // And at 320 px, the narrowest screen a class uses: no sideways scrolling.
  await page.setViewportSize({ width: 320, height: 640 });
  await reasons.scrollIntoViewIfNeeded();
  const narrow = await reasons.boundingBox();
  expect(narrow && narrow.x >= 0 && narrow.x + narrow.width <= 320).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  // Taking their counteroffer, then signing: the terms and the values are shown before anything is signed.
  await page.setViewportSize({ width: 1280, height: 720 });
  const beforeAccept = await page.evaluate(() => window.__hanoi?.log().length ?? 0);
  await page.getByRole('button', { name: 'Accept their offer' }).click();
  await page.waitForFunction((n) => (window.__hanoi?.log().length ?? 0) > n, beforeAccept);
  let signId: string | null = null;
  for (let step = 0; step < 10 && !signId; step++) {
    const s = await waitForHuman(page);
    signId = await page.evaluate(() => window.__hanoi?.view()?.choices.find((c) => c.enabled && c.signs)?.id ?? null);
    if (signId) break;
    const n = await page.evaluate(() => window.__hanoi?.log().length ?? 0);
    const id = s.choices.find((c) => c.enabled)?.id;
    await page.locator(`button[data-choice="${id}"]`).click();
    await page.waitForFunction((k) => (window.__hanoi?.log().length ?? 0) > k, n);
  }
  expect(signId).not.toBeNull();
  const terms = await page.evaluate(() => window.__hanoi?.view()?.choices.find((c) => c.signs)?.signs ?? []);
  const logBefore = await page.evaluate(() => window.__hanoi?.log().length ?? 0);
  await page.locator(`button[data-choice="${signId}"]`).click();
  const confirm = page.getByRole('region', { name: 'Sign this deal?' });
  await expect(confirm).toBeVisible();
  await expect(page.locator('#sign-h')).toBeFocused();
  // Every issue, level 0 included, and the one value readout.
  await expect(confirm.locator('.sign-terms li')).toHaveCount(terms.length);
  await expect(confirm.locator('.sign-value')).toHaveText(
    /^Worth to you: \d+ \/ 100, .*on paper \d+.*Walking away is worth \d+\./,
  );
  expect(await page.evaluate(() => window.__hanoi?.log().length ?? 0)).toBe(logBefore);
  await shot(page, 'sign-confirm-1280');
  await confirm.getByRole('button', { name: 'Back to the choices' }).click();
  await expect(page.locator(`button[data-choice="${signId}"]`)).toBeFocused();
  await page.locator(`button[data-choice="${signId}"]`).click();
  await confirm.getByRole('button', { name: 'Sign', exact: true }).click();
  await page.waitForFunction((n) => (window.__hanoi?.log().length ?? 0) > n, logBefore);
  expect(await page.evaluate(() => window.__hanoi?.view()?.signed)).toBe(true);
  g.check();
});
