/**
 * A class seat at the table on a phone and a tablet: the teacher starts the class at Day 2's expanded
 * meeting, two students join, and the seat with the turn builds an offer with its draft's worth read
 * out live (phased and on paper, against walking away), redrawn as a level is picked, from its own
 * View (`draftValue`): the same words the one-device builder shows.
 */
import { expect, test } from '@playwright/test';
import { CLASS_PORT } from '../playwright.config.ts';
import { axe, guard, shot } from './helpers.ts';

const BASE = `http://localhost:${CLASS_PORT}`;
const READOUT =
  /^Worth to you: \d+ \/ 100, counting on the other side keeping its word \(on paper \d+\)\. Walking away is worth \d+\. /;

for (const viewport of [
  { width: 390, height: 844 },
  { width: 820, height: 1180 },
]) {
  test(`a class seat at the table reads its draft offer’s worth live, ${viewport.width}×${viewport.height}`, async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const teacherContext = await browser.newContext({ baseURL: BASE });
    const teacher = await teacherContext.newPage();
    const tg = guard(teacher);
    await teacher.goto('/');
    await teacher.locator('#run-class').click();
    await teacher.locator('#class-students').fill('2');
    await teacher.getByLabel('Start at').selectOption('day2');
    await teacher.locator('#class-create').click();
    const code = (await teacher.locator('#class-code').textContent()) ?? '';
    expect(code).toMatch(/^[3467ACDEFGHJKMNPQRTWXY]{6}$/);

    const seats = [];
    for (let i = 0; i < 2; i++) {
      const context = await browser.newContext({ baseURL: BASE, viewport });
      const page = await context.newPage();
      const g = guard(page);
      await page.goto(`/?class=${code}`);
      await page.locator('#class-join').click();
      await expect(page.locator('#class-seat-label')).toContainText(/(US|DPRK)-1/);
      seats.push({ page, g, context });
    }
    // The expanded meeting is the DPRK's table to open.
    let mover: (typeof seats)[number] | undefined;
    for (const s of seats) if ((await s.page.locator('#class-seat-label').textContent())?.includes('DPRK-1')) mover = s;
    if (!mover) throw new Error('no student holds the DPRK seat');
    const page = mover.page;
    await expect(page.locator('#class-offer')).toBeVisible({ timeout: 30_000 });
    const readout = page.locator('#class-draft-value');
    await expect(readout).toHaveText(READOUT);
    const first = await readout.textContent();
    const moves = await teacher.locator('tr[data-table="1"] .moves').textContent();
    // Asking for all sanctions lifted moves the DPRK's own value at once, with no move sent.
    await page.locator('label[for="issue-sanctions-4"]').click();
    await expect(page.locator('#issue-sanctions-4')).toBeChecked();
    await expect(readout).toHaveText(READOUT);
    await expect(readout).not.toHaveText(first ?? '');
    await expect(readout).toHaveAttribute('role', 'status');
    // Picking a level sends nothing: the dashboard's move count stays where it was, for long enough
    // that a move the click had sent would have made the round trip (sampled over 2 s).
    for (let sample = 0; sample < 8; sample++) {
      await teacher.waitForTimeout(250);
      expect(await teacher.locator('tr[data-table="1"] .moves').textContent()).toBe(moves);
    }
    await readout.scrollIntoViewIfNeeded();
    await shot(page, `class-seat-table-${viewport.width}`);
    await axe(page, 'class seat at the table');
    tg.check();
    for (const s of seats) s.g.check();
    await Promise.all([teacherContext.close(), ...seats.map((s) => s.context.close())]);
  });
}
