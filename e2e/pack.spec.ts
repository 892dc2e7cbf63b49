/**
 * The teacher's pack (`?print=pack`) as paper: every sheet starts a new page, nothing is wider than the
 * printable area, and the PDF has exactly PACK_PAGES pages (21 since the lesson pages: variants,
 * misconceptions, sensitive material, the two-page tally and homework) on A4 and on US Letter alike, so
 * no sheet spills onto an extra page. The PDFs are written to e2e-output/ (PACK_PDF_DIR overrides) to be looked at.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { MISCONCEPTIONS, PACK_ITEMS, PACK_PAGES, TALLY } from '../src/sim/content/record/pack/index.ts';
import { ENDINGS, ISSUES } from '../src/sim/session/index.ts';
import { axe, guard, open } from './helpers.ts';

const OUT = process.env.PACK_PDF_DIR ?? 'e2e-output';

/** Pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** Paper sizes and the printable area inside pack.css's 14 mm margins, in CSS pixels (96 per inch). */
const MM = 96 / 25.4;
const PAPERS = [
  { format: 'A4', width: (210 - 28) * MM, height: (297 - 28) * MM },
  { format: 'Letter', width: (215.9 - 28) * MM, height: (279.4 - 28) * MM },
] as const;

/** Sheets wider than the printable width, or with a child sticking out sideways. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.pack-sheet')].flatMap((sheet) => {
      const box = sheet.getBoundingClientRect();
      const out = [...sheet.querySelectorAll<HTMLElement>('*')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > box.right + 1 || r.left < box.left - 1);
      });
      const id = `${sheet.dataset.pack}/${sheet.dataset.sheet}`;
      return [
        ...(sheet.scrollWidth > sheet.clientWidth + 1 ? [`${id}: scrolls sideways`] : []),
        ...out.slice(0, 1).map((el) => `${id}: ${el.tagName} sticks out`),
      ];
    }),
  );
}

test('the teacher’s pack prints each sheet on its own page, the same count on A4 and Letter', async ({ page }) => {
  const g = guard(page);
  await page.goto('/?print=pack');
  await expect(page.getByRole('heading', { level: 1, name: /teacher's pack/ })).toBeVisible();
  expect(await page.locator('canvas').count()).toBe(0);
  const sheets = page.locator('.pack-sheet');
  await expect(sheets).toHaveCount(PACK_PAGES);
  // Every item is there with the number of sheets it is laid out to fill.
  for (const item of PACK_ITEMS)
    await expect(page.locator(`.pack-sheet[data-pack="${item.id}"]`), item.id).toHaveCount(item.pages);
  // The map names the places the primer asks for.
  const map = page.getByRole('img', { name: /not to scale/ });
  for (const place of ['Yongbyon', 'Sohae', 'Kangson', 'Panmunjom', 'Dong Dang', 'Hanoi']) await expect(map).toContainText(place);
  // The whiteboard tally: a row per ending, then a row per issue, a column per table (and a total).
  const tally = page.locator('.pack-sheet[data-pack="tally"]');
  await expect(tally.nth(0).locator('tbody tr')).toHaveCount(Object.keys(ENDINGS).length);
  await expect(tally.nth(0).locator('thead th')).toHaveCount(TALLY.tables + 2);
  await expect(tally.nth(1).locator('tbody tr')).toHaveCount(ISSUES.length);
  // Every misconception is printed with its tags and sources.
  const beliefs = page.locator('.pack-misconceptions > li');
  await expect(beliefs).toHaveCount(MISCONCEPTIONS.length);
  for (const li of await beliefs.all()) {
    await expect(li.locator('.pack-tag').first()).toBeVisible();
    await expect(li.locator('.print-sources a').first()).toHaveAttribute('href', /^https?:\/\//);
  }
  await axe(page, 'teacher pack');
  await page.screenshot({ path: join(OUT, 'pack-screen.png') });

  await page.emulateMedia({ media: 'print' });
  const breaks = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.pack-sheet')].map((el) => getComputedStyle(el).breakBefore),
  );
  expect(breaks[0]).not.toBe('page');
  expect(breaks.slice(1).every((b) => b === 'page')).toBe(true);
  await expect(page.locator('.print-chrome')).toBeHidden();

  mkdirSync(OUT, { recursive: true });
  for (const paper of PAPERS) {
    // Lay the sheets out at the paper's printable width: nothing may stick out sideways, and no sheet
    // may be taller than one page.
    await page.setViewportSize({ width: Math.floor(paper.width), height: Math.floor(paper.height) });
    expect(await overflowing(page), paper.format).toEqual([]);
    const tall = await page.evaluate(
      (max) =>
        [...document.querySelectorAll<HTMLElement>('.pack-sheet')]
          .filter((el) => el.getBoundingClientRect().height > max)
          .map((el) => `${el.dataset.pack}/${el.dataset.sheet}: ${Math.round(el.getBoundingClientRect().height)} px`),
      paper.height,
    );
    const pdf = await page.pdf({ format: paper.format, printBackground: false });
    writeFileSync(join(OUT, `pack-${paper.format}.pdf`), pdf);
    expect(tall, `${paper.format}: sheets taller than a page`).toEqual([]);
    expect(pageCount(pdf), `${paper.format} pages`).toBe(PACK_PAGES);
  }
  g.check();
});

test('the teacher guide links to the pack', async ({ page }) => {
  const g = guard(page);
  await open(page, '/');
  await page.getByRole('button', { name: 'Teacher guide' }).click();
  const link = page.getByRole('dialog').getByRole('link', { name: /Teacher's pack/ });
  await expect(link).toHaveAttribute('href', '?print=pack');
  await expect(link).toHaveAttribute('target', '_blank');
  g.check();
});
