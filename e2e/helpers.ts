/** Shared checks for every e2e run: WebGL, no console errors, no foreign requests, axe, screenshots. */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Locator, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { BEATS } from '../src/sim/content/beats/index.ts';
import type { HanoiHook } from '../src/ui/hook.ts';

export const SHOTS = 'e2e-output/screens';
mkdirSync(SHOTS, { recursive: true });

export interface Snapshot {
  scene: string | null;
  screen: string;
  phase: string | null;
  over: boolean;
  beat: { id: string; kind: string; side: string } | null;
  turn: { side: 'us' | 'dprk'; seat: string } | null;
  choices: { id: string; enabled: boolean }[];
  ending: string | null;
  renderer: number;
}

/** Records console errors, page errors and any request that leaves the origin. */
export function guard(page: Page): { check: () => void } {
  const problems: string[] = [];
  // Also written out at once: a test that times out later still shows the error that caused it.
  const note = (problem: string) => {
    problems.push(problem);
    process.stderr.write(`[${page.url()}] ${problem}\n`);
  };
  page.on('console', (m) => {
    if (m.type() === 'error') note(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => note(`page error: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 12).join('\n')}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') note(`request outside the origin: ${r.url()}`);
  });
  return { check: () => expect(problems, problems.join('\n')).toEqual([]) };
}

export async function open(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(() => window.__hanoi?.ready === true);
  expect(await page.evaluate(() => window.__hanoi?.renderer)).toBe(2);
}

export function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const h = window.__hanoi as HanoiHook;
    const v = h.view();
    return {
      scene: h.scene,
      screen: h.screen,
      phase: h.phase,
      over: v?.over ?? false,
      beat: v?.beat ? { id: v.beat.id, kind: v.beat.kind, side: v.beat.side } : null,
      turn: v?.turn ? { side: v.turn.side, seat: v.turn.seat } : null,
      choices: (v?.choices ?? []).map((c) => ({ id: c.id, enabled: c.enabled })),
      ending: v?.ending?.id ?? null,
      renderer: h.renderer,
    };
  });
}

/** Waits until a person must act (or the game has left play), and returns the state then. */
export async function waitForHuman(page: Page): Promise<Snapshot> {
  await page.waitForFunction(() => {
    const h = window.__hanoi;
    const v = h?.view();
    return h?.screen !== 'play' || v?.turn?.seat === 'human';
  });
  return snapshot(page);
}

/** Takes the first open choice at every beat until the table (or the end); returns the state there. */
export async function chooseUntilTable(page: Page, from: Snapshot): Promise<Snapshot> {
  let s = from;
  for (let step = 0; step < 40 && s.screen === 'play' && s.beat?.kind !== 'table'; step++) {
    const before = await page.evaluate(() => window.__hanoi?.log().length ?? 0);
    await page.locator('button.choice:not([disabled])').first().click();
    await page.waitForFunction((n) => (window.__hanoi?.log().length ?? 0) > n, before);
    s = await waitForHuman(page);
  }
  return s;
}

/** axe-core's browser build, read once per worker and put into a page once. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const AXE_OPTIONS: RunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  resultTypes: ['violations'],
};

/**
 * Fails on serious or critical axe-core violations. axe runs in the page itself, put there once per
 * page: @axe-core/playwright injected it again for every check and opened a second page to merge
 * results from cross-origin frames (the game has none: its CSP allows no frames), about 1.5 s a check.
 */
export async function axe(page: Page, label: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(document, options),
    AXE_OPTIONS,
  );
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const text = bad
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`)
    .join('\n');
  expect(bad, `axe on ${label}:\n${text}`).toEqual([]);
}

/**
 * Screenshots are for people to look at, not assertions: `SHOTS=1 npm run test:e2e` (or
 * `npm run test:e2e:shots`) saves them to e2e-output/screens. Without it they are skipped with their
 * settling wait: about 120 screenshots, each a software-WebGL frame read back plus a wait, are over a
 * minute of the suite. (The tests that compare pictures take their own, always.)
 */
export const TAKE_SHOTS = process.env.SHOTS === '1';

/** Lets tweens settle, then saves a screenshot (only with SHOTS=1). */
export async function shot(page: Page, name: string, settle = 400): Promise<void> {
  if (!TAKE_SHOTS) return;
  await page.waitForTimeout(settle);
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

/**
 * Clicks a choice; a choice that signs a deal first shows its terms (ui/screens/signConfirm.ts), so this
 * then presses "Sign" as a player who has read them would.
 */
export async function clickChoice(page: Page, choice: Locator): Promise<void> {
  await choice.click();
  const confirm = page.locator('.sign-confirm');
  if ((await confirm.count()) > 0) await confirm.getByRole('button', { name: 'Sign', exact: true }).click();
}

/** The choice the real delegation made at a beat. */
export function historicalChoice(beatId: string): string | undefined {
  return BEATS.find((b) => b.id === beatId)?.choices.find((c) => c.historical)?.id;
}

/** Presses Tab until the focused element matches this CSS selector (keyboard-only play, Tab and Enter). */
export async function tabToMatch(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
  }
  throw new Error(`Could not reach ${selector} with the Tab key`);
}

/** Presses Tab until the focused element has this accessible name (keyboard-only play). */
export async function tabTo(page: Page, name: string | RegExp, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const id = el.id;
      const byFor = id ? document.querySelector(`label[for="${id}"]`)?.textContent : null;
      return (el.getAttribute('aria-label') ?? byFor ?? el.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? label === name : name.test(label)) return;
  }
  throw new Error(`Could not reach "${String(name)}" with the Tab key`);
}
