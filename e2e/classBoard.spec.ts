/**
 * The class results board without a server: from the title, "Class results from codes" takes result
 * codes pasted into the "Result codes" box. Two real games' codes (made here by the core, as each
 * table's debrief shows them) and one bad code: the board is built from the two, the bad one is named
 * with the reason, every chart has its table twin, axe finds nothing serious, and the export has a row
 * per table. Screenshots at 1280×720 and 390×844.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { Session } from '../src/sim/session/session.ts';
import { encodeShareCode } from '../src/sim/session/shareCode.ts';
import { axe, guard, open, shot } from './helpers.ts';

/** Open-mode games between two computers: seed 8 signs "Yongbyon-plus", seed 3 ends in the walk (with the bridge fit's table). */
function resultCode(seed: number): string {
  const s = Session.start({ seats: { us: 'ai', dprk: 'ai' }, mode: 'open' }, seed);
  s.runAuto();
  expect(s.view('us').over).toBe(true);
  return encodeShareCode(s.seed, s.settings, s.log());
}

test('the board from pasted result codes: charts, twins, a bad code named, export', async ({ page }) => {
  // About 30 s alone; the screenshot after the resize has waited over a minute on a loaded 2-core machine.
  test.setTimeout(180_000);
  const g = guard(page);
  const [deal, walk] = [resultCode(8), resultCode(3)];
  await open(page, '/');
  await page.locator('#results-from-codes').click();
  await expect(page.locator('#screen-heading')).toHaveText('Class results from codes');

  // Nothing pasted: a clear message, no board.
  await page.getByRole('button', { name: 'Build the board' }).click();
  await expect(page.locator('#result-code-problems')).toContainText('at least one result code');

  await page.getByLabel('Result codes').fill(`${deal}\nnot-a-result-code!, ${walk}`);
  await page.getByRole('button', { name: 'Build the board' }).click();
  await expect(page.locator('#results-summary')).toHaveText('Finished tables: 2. Deals signed: 1.');
  await expect(page.locator('#result-code-problems li')).toHaveCount(1);
  await expect(page.locator('#result-code-problems li')).toContainText('not-a-result…: The code contains characters');
  // Nothing typed is lost: the box still holds all three, to correct the bad one.
  await expect(page.getByLabel('Result codes')).toHaveValue(`${deal}\nnot-a-result-code!, ${walk}`);

  // The charts: endings (the record's marked), both tables on the Pareto chart beside the three references.
  await expect(page.locator('#results-endings .results-bar-row')).toHaveCount(8);
  await expect(page.locator('#results-endings .on-record')).toContainText('The walk');
  await expect(page.locator('#results-pareto svg .pareto-table')).toHaveCount(2);
  await expect(page.locator('#results-pareto svg .pareto-table.deal')).toHaveCount(1);
  await expect(page.locator('#results-pareto svg .pareto-ref')).toHaveCount(3);
  await expect(page.locator('#results-issues .results-issue').first()).toBeVisible();
  await expect(page.locator('#results-time .results-bar-row')).toHaveCount(1);
  await expect(page.locator('#results-record')).toContainText('Tables that ended the same way: 1 of 2.');
  await shot(page, 'class-results-codes-1280');
  await page.locator('#results-pareto-h').scrollIntoViewIfNeeded();
  await shot(page, 'class-results-pareto-1280');

  // Every chart has its table twin.
  for (const twin of await page.locator('.results-twin summary').all()) await twin.click();
  await expect(page.locator('#results-endings table tbody tr')).toHaveCount(8);
  await expect(page.locator('#results-pareto table tbody tr')).toHaveCount(5);
  await expect(page.locator('#results-pareto table tbody tr').first()).toContainText('Table 1');
  await expect(page.locator('#results-issues table tbody tr').first()).toBeVisible();
  await expect(page.locator('#results-time table tbody tr')).toHaveCount(1);
  await axe(page, 'class results from codes');

  const download = page.waitForEvent('download');
  await page.locator('#results-export-csv').click();
  const lines = readFileSync(await (await download).path(), 'utf8')
    .trimEnd()
    .split('\r\n');
  expect(lines).toHaveLength(3);
  expect(lines[1].startsWith('1,US-1,DPRK-1,computer,computer,')).toBe(true);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('#results-pareto-h').scrollIntoViewIfNeeded();
  await axe(page, 'class results from codes at 390');
  await shot(page, 'class-results-codes-390');
  g.check();
});
