/**
 * Every screen a class uses: laptop, Chromebook, tablet and phone, both ways up, and 320 px. On each
 * it visits the title, the briefing, a choice, the table and a finished game's debrief, saves a
 * screenshot of each, and checks reflow (no sideways scrolling), text size, touch-target size, WebGL
 * and a clean console. Each screen is reached once and resized through every size (as a tablet turned
 * or a window resized shows it), so the file needs three page loads and one short game.
 */
import { expect, type Page, test } from '@playwright/test';
import { chooseUntilTable, guard, open, SHOTS, waitForHuman } from './helpers.ts';

const VIEWPORTS = [
  { name: 'laptop-1280x720', width: 1280, height: 720 },
  { name: 'laptop-1366x768', width: 1366, height: 768 },
  { name: 'chromebook-1024x768', width: 1024, height: 768 },
  { name: 'tablet-portrait-820x1180', width: 820, height: 1180 },
  { name: 'tablet-landscape-1180x820', width: 1180, height: 820 },
  { name: 'phone-portrait-390x844', width: 390, height: 844 },
  { name: 'phone-landscape-844x390', width: 844, height: 390 },
  { name: 'narrow-320x640', width: 320, height: 640 },
] as const;

/** Secondary text (hints, fine print, tags) may be smaller; reading text may not. */
const SECONDARY = '.hint, .fineprint, .eyebrow, .acting, .gives, .tag, .sources, .log, .caption, .reason';

interface Problems {
  overflow: number;
  smallText: string[];
  smallTargets: string[];
}

/** Measures the page as shown: what is wider than the screen, too small to read, too small to touch. */
function measure(page: Page): Promise<Problems> {
  return page.evaluate((secondary) => {
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true });
    };
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const smallText: string[] = [];
    const layer = document.getElementById('ui-layer') as HTMLElement;
    const texts = [layer, ...document.querySelectorAll('.panel-body p, .panel-body li, .panel-body label')];
    for (const el of texts) {
      if (!visible(el) || el.closest(secondary) || !(el.textContent ?? '').trim()) continue;
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (size < 15.99) smallText.push(`${name(el)} ${size}px`);
    }
    const smallTargets: string[] = [];
    for (const el of document.querySelectorAll('button, input, select, summary, a[href]')) {
      if (!visible(el)) continue;
      // A radio or checkbox is hit through its label; an inline text link or glossary term needs 24 px.
      const input = el as HTMLInputElement;
      const target =
        el.tagName === 'INPUT' && (input.type === 'radio' || input.type === 'checkbox') ? (el.closest('label') ?? el) : el;
      const inline = el.tagName === 'A' || el.classList.contains('term') || el.classList.contains('term-inline');
      const min = inline ? 24 : 44;
      const r = target.getBoundingClientRect();
      if (r.width < min - 0.5 || r.height < min - 0.5)
        smallTargets.push(`${name(el)} ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return { overflow: document.documentElement.scrollWidth - window.innerWidth, smallText, smallTargets };
  }, SECONDARY);
}

async function check(page: Page, viewport: string, screen: string, size: { width: number; height: number }): Promise<void> {
  await page.waitForTimeout(300);
  // Always, unlike other screenshots (helpers.ts `shot`): every screen at every size, to be looked at.
  await page.screenshot({ path: `${SHOTS}/viewport-${viewport}-${screen}.png` });
  const p = await measure(page);
  expect(p.overflow, `${viewport} ${screen}: page wider than the screen`).toBeLessThanOrEqual(0);
  expect(p.smallText, `${viewport} ${screen}: text under 16 px`).toEqual([]);
  expect(p.smallTargets, `${viewport} ${screen}: targets under 44×44`).toEqual([]);
  if (screen === 'table') await boardReads(page, viewport);
  if (screen === 'choice' || screen === 'table') {
    // Where the stage is a small banner (responsive.css: at most 900 px wide or 560 px tall) its meter
    // plate cannot be read, so the readings are a line of text above the panel; elsewhere the plate reads.
    const banner = size.width <= 900 || size.height <= 560;
    const strip = page.locator('#readings-strip');
    await expect(strip, `${viewport} ${screen}: the readings strip`).toBeVisible({ visible: banner });
    if (banner) {
      await expect(strip).toContainText(/^Your readings: United States · Trust in Pyongyang\u00a0\d+/);
      expect(Number.parseFloat(await strip.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(15.99);
    }
  }
}

/**
 * The canvas's bargaining board reads at this size: where the canvas is shown 900 px wide or more, the
 * full board with a row per issue; below that, the compact board, its words at 16 CSS px or more and no
 * rows (they would be a few pixels tall), pointing to the panel's table.
 */
async function boardReads(page: Page, viewport: string): Promise<void> {
  const probe = () =>
    page.evaluate(() => {
      const c = window.__hanoi?.canvasText();
      if (!c) return null;
      const shown = (size: number) => size * c.cssPerCanvasPx;
      const head = c.texts.find((t) => t.text.startsWith('Where the offers stand'));
      return {
        width: Math.round(c.cssPerCanvasPx * 1280),
        head: head ? shown(head.size) : 0,
        rows: c.texts.filter((t) => t.text === 'Yongbyon scope').length,
        pointer: c.texts.some((t) => t.text.startsWith('Every issue, with both offers')),
      };
    });
  await expect
    .poll(
      async () => {
        const b = await probe();
        if (!b || b.head === 0) return 'no board';
        if (b.width >= 900) return b.rows === 1 && !b.pointer ? 'full' : `full board expected at ${b.width} px`;
        if (b.rows > 0 || !b.pointer) return `compact board expected at ${b.width} px`;
        return b.head >= 15.5 ? 'compact' : `heading at ${b.head.toFixed(1)} px`;
      },
      { message: `${viewport}: the board on the canvas` },
    )
    .toMatch(/^(full|compact)$/);
}

const onScreen = (page: Page, kind: string) => expect.poll(() => page.evaluate(() => window.__hanoi?.screen)).toBe(kind);

/** Checks the screen as it stands at every size, as a tablet turned or a window resized would show it. */
async function atEverySize(page: Page, screen: string): Promise<void> {
  for (const vp of VIEWPORTS) {
    await page.setViewportSize({ width: vp.width, height: vp.height });
    await check(page, vp.name, screen, vp);
  }
}

// One page per screen kind, resized through every size: three page loads and one short game in all,
// instead of three loads and a game per size.
test('the title and the briefing at every size', async ({ page }) => {
  const g = guard(page);
  await open(page, '/');
  await atEverySize(page, 'title');
  await page.getByRole('button', { name: 'New game' }).click();
  await onScreen(page, 'briefing');
  await atEverySize(page, 'briefing');
  g.check();
});

test('a choice and the table at every size', async ({ page }) => {
  test.setTimeout(180_000);
  const g = guard(page);
  // From the eve of the summit: seven choices to the table instead of twelve.
  await open(page, '/?us=human&dprk=ai&seed=3&start=eve&speed=max');
  let s = await waitForHuman(page);
  expect(s.beat?.kind).not.toBe('table');
  await atEverySize(page, 'choice');
  s = await chooseUntilTable(page, s);
  expect(s.beat?.kind).toBe('table');
  await atEverySize(page, 'table');
  g.check();
});

test("a finished game's debrief at every size", async ({ page }) => {
  const g = guard(page);
  await open(page, '/?us=ai&dprk=ai&seed=3&speed=max');
  await page.waitForFunction(() => ['aftermath', 'debrief'].includes(window.__hanoi?.screen ?? ''));
  if ((await page.evaluate(() => window.__hanoi?.screen)) === 'aftermath')
    await page.getByRole('button', { name: 'Go to the debrief' }).click();
  await onScreen(page, 'debrief');
  await atEverySize(page, 'debrief');
  g.check();
});
