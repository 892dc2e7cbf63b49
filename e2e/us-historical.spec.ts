/** The historical path as the US seat, with the keyboard alone: the walkout ending and the debrief. */
import { expect, test } from '@playwright/test';
import { axe, guard, historicalChoice, open, shot, snapshot, tabTo, waitForHuman } from './helpers.ts';

// Long games, played as a player who asked for reduced motion sees them: no tweens to draw, so the suite
// runs faster on software WebGL. The motion itself is seen in viewports, reasons, dprk, record and watch.
test.use({ reducedMotion: 'reduce' });

test('US seat, historical path, keyboard only: the walk and the debrief', async ({ page }) => {
  // A whole game: about a minute, and over two on a loaded machine.
  test.setTimeout(240_000);
  const g = guard(page);
  // Every key the player presses, counted in the page (the a11y figures: key presses for a whole game).
  // The announcer: every text that appears inside a live region (status, alert, log or aria-live), as a
  // screen reader would be handed it.
  await page.addInitScript(() => {
    const said: { region: string; text: string }[] = [];
    (window as unknown as { __said: typeof said }).__said = said;
    const regionOf = (n: Node | null): Element | null =>
      (n instanceof Element ? n : n?.parentElement)?.closest('[aria-live], [role="status"], [role="alert"], [role="log"]') ??
      null;
    new MutationObserver((records) => {
      for (const r of records) {
        const region = regionOf(r.target);
        if (!region || region.getAttribute('aria-live') === 'off') continue;
        const name = region.id || region.getAttribute('role') || region.tagName;
        const added = r.type === 'characterData' ? [r.target] : [...r.addedNodes];
        for (const n of added) {
          const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim();
          if (text) said.push({ region: name, text });
        }
      }
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __keys: number };
    w.__keys = 0;
    addEventListener('keydown', () => w.__keys++, true);
  });
  await open(page, '/');
  await expect(page.getByRole('heading', { name: 'Hanoi Summit' })).toBeVisible();
  await axe(page, 'title');
  await shot(page, '01-title');

  await tabTo(page, 'New game');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Briefing' })).toBeFocused();
  await axe(page, 'briefing');
  await shot(page, '02-briefing');
  // Seat: the US (the default). Seed 42; computer moves at once.
  await tabTo(page, 'Seed');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('42');
  await tabTo(page, 'Computer moves');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, 'Begin the summit');
  await page.keyboard.press('Enter');

  const seen = new Set<string>();
  let moves = 0;
  for (let step = 0; step < 80; step++) {
    const s = await waitForHuman(page);
    if (s.screen !== 'play') break;
    expect(s.turn?.side).toBe('us');
    const beat = s.beat as NonNullable<typeof s.beat>;
    const before = await page.evaluate(() => window.__hanoi?.log().length ?? 0);
    await expect(page.locator(`[data-beat="${beat.id}"]`)).toBeVisible();
    if (!seen.has(s.phase ?? '')) {
      seen.add(s.phase ?? '');
      if (s.phase === 'talks') await axe(page, 'talks');
      await shot(page, `us-${s.phase}-${beat.id}`);
    }
    if (beat.kind === 'table') {
      if (!seen.has('table')) {
        seen.add('table');
        await axe(page, 'bargaining table');
        await shot(page, 'us-table');
      }
      // The builder opens on the US "big deal" paper, as tabled on the record.
      await tabTo(page, 'Table this offer');
      await page.keyboard.press('Enter');
    } else {
      if (beat.kind === 'scope') {
        await expect.poll(async () => (await snapshot(page)).scene).toBe('Dispute');
        await axe(page, 'dispute');
        await shot(page, 'us-dispute');
      }
      const id = historicalChoice(beat.id);
      const index = s.choices.findIndex((c) => c.id === id);
      expect(index, `historical choice at ${beat.id}`).toBeGreaterThanOrEqual(0);
      await page.keyboard.press(String(index + 1));
    }
    await page.waitForFunction((n) => (window.__hanoi?.log().length ?? 0) > n, before);
    // Once the move has settled, focus is on something, never the page body (a Tab would restart at the top).
    await expect
      .poll(() => page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null), {
        timeout: 5_000,
      })
      .toBe(true);
    moves++;
  }

  await expect.poll(async () => (await snapshot(page)).screen).toBe('aftermath');
  await expect(page.getByRole('heading', { name: 'After Hanoi' })).toBeFocused();
  await shot(page, '07-aftermath');
  // Continuing answers no number key (one key never both chooses and confirms): Tab to it.
  await tabTo(page, 'Go to the debrief');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await snapshot(page)).scene).toBe('Debrief');
  const end = await snapshot(page);
  expect(end.ending).toBe('walkout');
  await expect(page.getByRole('heading', { level: 2, name: 'The walk' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Scores/ })).toBeVisible();
  await axe(page, 'debrief');
  await shot(page, '08-debrief', 1600);
  // What the player's decisions did to the odds of a deal: measured once the section is in view, in a
  // worker, the lines filling in one decision at a time (the unit tests hold the numbers).
  const decisions = page.getByRole('region', { name: 'What your decisions did to the odds of a deal' });
  await decisions.scrollIntoViewIfNeeded();
  await expect(decisions.locator('.decision-odds-progress')).toContainText(/Measuring: \d+ of 10 decisions/);
  // The first line is the largest clear change, or, when none is clear, a decision's odds as they stayed.
  await expect(decisions.locator('li').first()).toContainText(
    /you chose “.+”: .*odds of a deal (.*from \d+% to \d+%|stayed at \d+%) \(±\d+ points\)/,
  );
  await shot(page, '08-debrief-decision-odds');
  const keys = await page.evaluate(() => (window as unknown as { __keys: number }).__keys);
  console.log(JSON.stringify({ keyboardGame: { side: 'us', numberKeys: true, keyPresses: keys, moves } }));
  // What the announcer said over the game: the moves' consequences and the ending among it, and no
  // message longer than a listener can hold: 35 words in a status or alert, 60 in the narration log (a
  // choice and its outcome, about 48 at most now), 90 for an event card's news.
  const said = await page.evaluate(() => (window as unknown as { __said: { region: string; text: string }[] }).__said);
  const words = said.map((s) => s.text.split(' ').length).sort((a, b) => a - b);
  const byRegion: Record<string, number> = {};
  for (const s of said) byRegion[s.region] = (byRegion[s.region] ?? 0) + 1;
  console.log(
    JSON.stringify({
      announcer: { messages: said.length, medianWords: words[Math.floor(words.length / 2)], maxWords: words.at(-1), byRegion },
    }),
  );
  expect(
    said.some((s) => /Meters: /.test(s.text)),
    'a meter change is announced',
  ).toBe(true);
  expect(
    said.some((s) => /summit is over/i.test(s.text)),
    'the end of the summit is announced',
  ).toBe(true);
  const limit = (s: { region: string; text: string }) => (s.text.startsWith('News: ') ? 90 : s.region === 'log' ? 60 : 35);
  const long = said.filter((s) => s.text.split(' ').length > limit(s));
  expect(long, 'announcements over the limit').toEqual([]);
  expect(moves).toBeGreaterThan(10);
  g.check();
});
