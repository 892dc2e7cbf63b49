import { writeFileSync } from 'node:fs';
import { test } from '@playwright/test';
test('PROFILE cpu', async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await page.goto('/');
  await page.waitForFunction(() => (window as any).__hanoi?.ready === true, undefined, { polling: 20 });
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync('/tmp/open.cpuprofile', JSON.stringify(profile));
  const tr = await page.evaluate(() => performance.getEntriesByType('resource').map((e: any) => [e.name.split('/').pop(), Math.round(e.startTime), Math.round(e.responseEnd)]));
  console.log(JSON.stringify(tr.slice(0, 80)));
});
