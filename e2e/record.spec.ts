/** The record in the debrief, the glossary dialog, and the printable briefs. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { axe, guard, historicalChoice, open, shot, snapshot, waitForHuman } from './helpers.ts';

test('the debrief shows what really happened, tagged and sourced; the glossary opens by keyboard', async ({ page }) => {
  const g = guard(page);
  await open(page, '/?us=ai&dprk=ai&seed=3&speed=max');
  await expect.poll(async () => (await snapshot(page)).scene).toBe('Debrief');
  const record = page.locator('section.record');
  await expect(record.getByRole('heading', { name: 'What really happened' })).toBeVisible();
  // The tags are explained on screen, and every summit entry carries a tag and a source link.
  await expect(record.locator('dl.tag-key')).toContainText('Disputed');
  const entries = record.locator('.record-summit .record-entry');
  expect(await entries.count()).toBeGreaterThan(5);
  for (const entry of await entries.all()) {
    await expect(entry.locator('.tag')).toHaveText(/^\[[CRDU]\] /);
    const links = entry.locator('a[href^="http"]');
    expect(await links.count()).toBeGreaterThan(0);
    await expect(links.first()).toHaveAttribute('rel', /noopener/);
  }
  // Disputed points: several accounts side by side.
  const dispute = record.locator('.dispute').first();
  expect(await dispute.locator('.account').count()).toBeGreaterThan(1);
  await expect(record.getByRole('heading', { name: 'Where you left the record' })).toBeVisible();
  await expect(record.locator('.quotes blockquote').first()).toBeVisible();
  await shot(page, 'record-debrief');
  await axe(page, 'debrief with the record');

  // Glossary: focus a term button, open it with Enter, close with Escape, focus returns.
  const term = page.locator('.terms .term').first();
  await expect(term).toBeVisible();
  await term.focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog.glossary-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveAccessibleName((await term.textContent()) ?? '');
  await axe(page, 'glossary dialog');
  await shot(page, 'record-glossary');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(term).toBeFocused();
  g.check();
});

test('the printable briefs: no canvas, each brief on a new page, a multi-page PDF', async ({ page }) => {
  const g = guard(page);
  await page.goto('/?print=briefs');
  await expect(page.getByRole('heading', { name: /the public brief/ })).toBeVisible();
  await page.screenshot({ path: 'e2e-output/screens/print-briefs-screen.png' });
  await expect(page.locator('[data-brief]')).toHaveCount(5);
  expect(await page.locator('canvas').count()).toBe(0);
  await axe(page, 'print view');
  await page.emulateMedia({ media: 'print' });
  const layout = await page.evaluate(() =>
    [...document.querySelectorAll('[data-brief]')].map((el) => ({
      id: el.getAttribute('data-brief'),
      breakBefore: getComputedStyle(el).breakBefore,
    })),
  );
  expect(layout[0]?.breakBefore).not.toBe('page');
  for (const l of layout.slice(1)) expect(l.breakBefore, `${l.id} starts a new page`).toBe('page');
  expect(await page.locator('.print-chrome').isVisible()).toBe(false);
  await page.screenshot({ path: 'e2e-output/screens/print-briefs.png', fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  mkdirSync('e2e-output', { recursive: true });
  writeFileSync('e2e-output/briefs.pdf', pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  expect(pages).toBeGreaterThanOrEqual(5);
  const letter = await page.pdf({ format: 'Letter' });
  expect((letter.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBeGreaterThanOrEqual(5);
  g.check();
});

test('glossary terms in a beat open by keyboard', async ({ page }) => {
  const g = guard(page);
  await open(page, '/?us=human&dprk=ai&seed=1');
  const summary = page.locator('.terms-details > summary');
  // Follow the record until a beat names a glossary term.
  for (let i = 0; i < 8; i++) {
    const s = await waitForHuman(page);
    if ((await summary.count()) > 0 || !s.beat) break;
    const pick = historicalChoice(s.beat.id) ?? s.choices.find((c) => c.enabled)?.id;
    await page.locator(`[data-choice="${pick}"]`).click();
    await page.waitForFunction((id) => window.__hanoi?.view()?.beat?.id !== id, s.beat.id);
  }
  await expect(summary).toHaveText(/Terms on this screen \(\d+\)/);
  await summary.focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const focused = page.locator('.terms .term:focus');
  await expect(focused).toHaveCount(1);
  const name = (await focused.textContent()) ?? '';
  await page.keyboard.press('Space');
  await expect(page.getByRole('dialog', { name })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('.terms .term').first()).toBeFocused();
  g.check();
});
