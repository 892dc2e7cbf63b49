/** The record in the debrief, the glossary dialog and its inline terms, the teacher guide, and the printable briefs. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { glossaryById, TEACHER_GUIDE } from '../src/sim/content/record/index.ts';
import { axe, clickChoice, guard, historicalChoice, open, shot, snapshot, tabTo, waitForHuman } from './helpers.ts';

/** The canonical name of the glossary entry an inline term opens (the dialog's accessible name). */
async function termName(term: Locator): Promise<string> {
  const id = (await term.getAttribute('data-term')) ?? '';
  const entry = glossaryById(id);
  expect(entry, `glossary entry ${id}`).toBeDefined();
  return entry?.term ?? '';
}

/** Presses Tab from the current focus until an element matching `selector` has it. */
async function tabUntil(page: Page, selector: string, max = 40): Promise<Locator> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector))
      return page.locator(`${selector}:focus`);
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('the debrief shows what really happened, tagged and sourced; the glossary opens by keyboard', async ({ page }) => {
  const g = guard(page);
  await open(page, '/?us=ai&dprk=ai&seed=3&speed=max');
  await expect.poll(async () => (await snapshot(page)).scene).toBe('Debrief');
  // The first screen: where the game left the record and the ending's three questions, before the scores.
  const glance = page.getByRole('region', { name: 'Where your game left the record' });
  await expect(glance).toBeVisible();
  await expect(glance.locator('.glance-prompts li')).toHaveCount(3);
  await expect(glance.locator('.glance-prompts li').first()).toContainText('Describe');
  expect(await page.locator('.panel-body').evaluate((el) => el.scrollTop)).toBe(0);
  const glanceBottom = await glance.evaluate((el) => el.getBoundingClientRect().bottom);
  expect(glanceBottom).toBeLessThanOrEqual(720 + 1);
  // The link opens the path played: a share code, not a seed.
  await expect(page.locator('.share a')).toHaveAttribute('href', /\?code=/);
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

  // Glossary: the debrief lists only the terms its prose does not already link inline (collapsed and
  // A–Z when long); open one by keyboard, close with Escape, focus returns.
  const inlineIds = await record.locator('.term-inline').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.term));
  const listedIds = await page.locator('.terms .term').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.term));
  expect(listedIds.length).toBeGreaterThan(0);
  expect(listedIds.filter((id) => inlineIds.includes(id))).toEqual([]);
  const all = page.locator('details.terms-all > summary');
  if ((await all.count()) > 0) {
    await all.focus();
    await page.keyboard.press('Enter');
    const names = await page.locator('.terms-all .term').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  }
  const term = page.locator('.terms .term').first();
  await expect(term).toBeVisible();
  await term.focus();
  await page.keyboard.press('Enter');
  const dialog = page.locator('dialog.glossary-dialog');
  await expect(dialog).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveAccessibleName((await term.textContent()) ?? '');
  await expect(dialog.getByRole('heading')).toBeFocused();
  await axe(page, 'glossary dialog');
  await shot(page, 'record-glossary');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(term).toBeFocused();

  // The record's prose links its terms inline, each at most once per block.
  const inline = record.locator('.term-inline');
  expect(await inline.count()).toBeGreaterThan(5);
  const summitTerms = await record
    .locator('.record-summit .term-inline')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-term')));
  expect(summitTerms.length).toBeGreaterThan(0);
  expect(new Set(summitTerms).size).toBe(summitTerms.length);
  const first = record.locator('.record-summit .term-inline').first();
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: await termName(first) })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(first).toBeFocused();
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
  // Each brief, the teacher guide and the prompts fit one A4 page each: no spill-over pages.
  expect(pages).toBe(layout.length);
  const letter = await page.pdf({ format: 'Letter' });
  expect((letter.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBeGreaterThanOrEqual(5);
  g.check();
});

test('glossary terms in a beat are linked inline and open by keyboard', async ({ page }) => {
  const g = guard(page);
  await open(page, '/?us=human&dprk=ai&seed=1');
  const inline = page.locator('.beat-text .term-inline');
  // Follow the record until a beat's text names a glossary term.
  for (let i = 0; i < 8; i++) {
    const s = await waitForHuman(page);
    if ((await inline.count()) > 0 || !s.beat) break;
    const pick = historicalChoice(s.beat.id) ?? s.choices.find((c) => c.enabled)?.id;
    await clickChoice(page, page.locator(`[data-choice="${pick}"]`));
    await page.waitForFunction((id) => window.__hanoi?.view()?.beat?.id !== id, s.beat.id);
  }
  expect(await inline.count()).toBeGreaterThan(0);
  // Each term is linked once in the beat text, as a button named by its own words.
  const ids = await inline.evaluateAll((els) => els.map((e) => e.getAttribute('data-term')));
  expect(new Set(ids).size).toBe(ids.length);
  await expect(inline.first()).toHaveAttribute('aria-haspopup', 'dialog');
  await expect(inline.first()).toHaveAccessibleName((await inline.first().textContent()) ?? 'missing');
  await axe(page, 'beat with inline terms');

  // Keyboard only: from the heading, Tab reaches the term; Enter opens it, Escape returns to it.
  await page.locator('#screen-heading').focus();
  const term = await tabUntil(page, '.beat-text .term-inline');
  await expect(term).toHaveCount(1);
  const handle = await term.elementHandle();
  const name = await termName(term);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name })).toBeVisible();
  await shot(page, 'record-inline-term');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await page.evaluate((el) => document.activeElement === el, handle)).toBe(true);

  // Terms only in the choices (a choice is a button, so it cannot hold one) stay in a list.
  const more = page.locator('.terms-details');
  if ((await more.count()) > 0) {
    const listed = await more.locator('.term').allTextContents();
    for (const id of ids) expect(listed).not.toContain(glossaryById(id ?? '')?.term);
  }
  g.check();
});

test('the teacher guide opens from the title and the briefing, fits the screen, and is accessible', async ({ page }) => {
  const g = guard(page);
  await open(page, '/');
  await tabTo(page, 'Teacher guide');
  const opener = page.getByRole('button', { name: 'Teacher guide' });
  await expect(opener).toBeFocused();
  await expect(opener).toHaveAttribute('aria-haspopup', 'dialog');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: TEACHER_GUIDE.title });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: TEACHER_GUIDE.title })).toBeVisible();
  await expect(dialog.locator('.guide-plan tbody tr')).toHaveCount(TEACHER_GUIDE.plan.length);
  for (const s of TEACHER_GUIDE.sections) await expect(dialog.getByRole('heading', { name: s.heading })).toBeVisible();
  await expect(dialog.getByRole('link', { name: /Printable version/ })).toHaveAttribute('href', /print=briefs/);
  // One screen at 1280×720: the whole guide is visible without scrolling.
  const box = await dialog.evaluate((d) => ({
    scroll: d.scrollHeight,
    client: d.clientHeight,
    bottom: d.getBoundingClientRect().bottom,
  }));
  expect(box.scroll, 'the guide needs no scrolling').toBeLessThanOrEqual(box.client + 1);
  expect(box.bottom).toBeLessThanOrEqual(720);
  await shot(page, 'teacher-guide', 200);
  await axe(page, 'teacher guide dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // From the briefing too, which also links the terms in the briefs inline; "Close" returns focus.
  await page.getByRole('button', { name: 'New game' }).click();
  await expect(page.locator('.brief[open] .term-inline').first()).toBeVisible();
  await shot(page, 'briefing-inline-terms', 200);
  const fromBriefing = page.getByRole('button', { name: 'Teacher guide' });
  await fromBriefing.click();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(fromBriefing).toBeFocused();
  await axe(page, 'briefing with inline terms');
  g.check();
});
