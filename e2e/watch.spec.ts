/** The computer on both seats, start links, bad links and display settings. */
import { expect, test } from '@playwright/test';
import { axe, guard, open, shot, snapshot } from './helpers.ts';

// With motion on, as a browser without the reduced-motion preference: "display settings persist" turns
// the setting on itself and must see it take effect.
test.use({ reducedMotion: 'no-preference' });

test('AI vs AI by link at full speed goes straight to the debrief', async ({ page }) => {
  const g = guard(page);
  await open(page, '/?us=ai&dprk=ai&seed=3&mode=open&speed=max');
  await expect.poll(async () => (await snapshot(page)).scene).toBe('Debrief');
  const s = await snapshot(page);
  expect(s.over).toBe(true);
  expect(s.ending).not.toBeNull();
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await shot(page, 'ai-debrief');
  g.check();
});

test('watching from the title: speed control, pause, to the end', async ({ page }) => {
  const g = guard(page);
  await open(page, '/');
  await page.getByRole('button', { name: 'Watch the computer play both sides' }).click();
  await expect(page.getByLabel('Speed of computer moves')).toBeVisible();
  await page.getByLabel('Speed of computer moves').selectOption('fast');
  await page.waitForFunction(() => (window.__hanoi?.log().length ?? 0) >= 3);
  // Pause first: a screenshot can take seconds on a loaded machine, and a fast game must not end meanwhile.
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await page.evaluate(() => window.__hanoi?.log().length);
  await shot(page, 'ai-watching');
  await page.waitForTimeout(1000);
  expect(await page.evaluate(() => window.__hanoi?.log().length)).toBe(paused);
  await page.getByRole('button', { name: 'Resume' }).click();
  await page.getByLabel('Speed of computer moves').selectOption('max');
  await expect.poll(async () => (await snapshot(page)).scene).toBe('Debrief');
  expect((await snapshot(page)).ending).toBe('walkout');
  g.check();
});

test('while the computer plays, focus stays on Pause and never falls to the page body', async ({ page }) => {
  const g = guard(page);
  await open(page, '/?us=ai&dprk=ai&seed=3&mode=open&speed=fast');
  await page.waitForFunction(() => (window.__hanoi?.log().length ?? 0) >= 1);
  await page.locator('#pace-pause').focus();
  // Every animation frame, note whether focus sits on <body> (a Tab would then restart from the top).
  await page.evaluate(() => {
    const w = window as unknown as { bodyFrames: number };
    w.bodyFrames = 0;
    const sample = () => {
      if (document.activeElement === document.body) w.bodyFrames++;
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  const before = await page.evaluate(() => window.__hanoi?.log().length ?? 0);
  await page.waitForFunction((n) => (window.__hanoi?.log().length ?? 0) >= n + 4, before);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('pace-pause');
  expect(await page.evaluate(() => (window as unknown as { bodyFrames: number }).bodyFrames)).toBe(0);
  await page.keyboard.press('Enter');
  await expect(page.locator('#pace-pause')).toHaveText('Resume');
  g.check();
});

test('a bad start link explains itself on the title screen', async ({ page }) => {
  const g = guard(page);
  await open(page, '/?us=robot&dprk=ai&seed=banana');
  await expect(page.getByRole('alert')).toContainText('This link cannot start a game');
  await expect(page.getByRole('alert')).toContainText('"us" must be one of human, ai, random');
  await expect(page.getByRole('button', { name: 'New game' })).toBeEnabled();
  await axe(page, 'title with an error');
  g.check();
});

test('display settings persist across visits', async ({ page }) => {
  const g = guard(page);
  await open(page, '/');
  const textPx = () =>
    page.evaluate(() => Number.parseFloat(getComputedStyle(document.getElementById('ui-layer') as HTMLElement).fontSize));
  const normal = await textPx();
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByLabel('Largest (200%)').check();
  await dialog.getByLabel('High contrast').check();
  await dialog.getByLabel('Motion').selectOption('reduce');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeFocused();
  await page.reload();
  await page.waitForFunction(() => window.__hanoi?.ready === true);
  const root = await page.evaluate(() => ({
    classes: document.documentElement.className,
    scale: document.documentElement.style.getPropertyValue('--text-scale'),
  }));
  expect(root.classes).toContain('high-contrast');
  expect(root.classes).toContain('reduce-motion');
  expect(root.scale).toBe('2');
  // WCAG 1.4.4: text reaches 200% by the setting alone.
  expect((await textPx()) / normal).toBeGreaterThanOrEqual(1.99);
  await shot(page, 'title-high-contrast');
  g.check();
});
