import { test } from '@playwright/test';
import { axe } from './helpers.ts';
for (const k of [1, 2, 3]) test(`PROFILE open ${k}`, async ({ page }) => {
  const t0 = Date.now();
  await page.goto('/');
  const t1 = Date.now();
  await page.waitForFunction(() => (window as any).__hanoi?.ready === true, undefined, { polling: 20 });
  const t2 = Date.now();
  await axe(page, 'x');
  const t3 = Date.now();
  const perf = await page.evaluate(() => ({ load: performance.timing.loadEventEnd - performance.timing.navigationStart, now: performance.now() }));
  console.log('OPEN', JSON.stringify({ goto: t1 - t0, ready: t2 - t1, axe: t3 - t2, ...perf }));
});
