/**
 * Self-voicing with the browser's speech engine replaced by a recorder: with the setting on, a new beat
 * is queued (heading, text, numbered choices), Alt + R reads it again and Escape stops; with it off,
 * nothing is spoken.
 */
import { expect, type Page, test } from '@playwright/test';
import { guard, open, waitForHuman } from './helpers.ts';

/** A stand-in for speechSynthesis that keeps what it was asked to say. */
async function recordSpeech(page: Page, voice: boolean): Promise<void> {
  await page.addInitScript((on) => {
    const said: string[] = [];
    let cancels = 0;
    const w = window as unknown as { __said: string[]; __cancels: () => number };
    w.__said = said;
    w.__cancels = () => cancels;
    class Utterance {
      text: string;
      rate = 1;
      lang = '';
      voice: unknown = null;
      constructor(text: string) {
        this.text = text;
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        speak: (u: Utterance) => said.push(`${u.rate}|${u.text}`),
        cancel: () => {
          cancels++;
        },
        getVoices: () => [],
      },
    });
    if (on) localStorage.setItem('hanoi-summit.prefs.v1', JSON.stringify({ voice: true, voiceRate: 1.25 }));
  }, voice);
}

const said = (page: Page) => page.evaluate(() => (window as unknown as { __said: string[] }).__said.slice());

test('self-voicing reads each new beat, again on Alt+R, and stops on Escape', async ({ page }) => {
  const g = guard(page);
  await recordSpeech(page, true);
  await open(page, '/?us=human&dprk=ai&seed=3');
  const s = await waitForHuman(page);
  const view = await page.evaluate(() => window.__hanoi?.view());
  await expect.poll(async () => (await said(page)).length).toBeGreaterThan(2);
  const lines = await said(page);
  expect(lines[0]).toBe(`1.25|${view?.beat?.title}`);
  expect(lines).toContain(`1.25|Choice 1: ${view?.choices[0].label}`);
  const before = lines.length;
  await page.keyboard.press('Alt+r');
  await expect.poll(async () => (await said(page)).length).toBeGreaterThan(before);
  const cancels = await page.evaluate(() => (window as unknown as { __cancels: () => number }).__cancels());
  await page.keyboard.press('Escape');
  expect(await page.evaluate(() => (window as unknown as { __cancels: () => number }).__cancels())).toBe(cancels + 1);
  // The next beat is read too.
  const count = (await said(page)).length;
  await page.locator('button.choice:not([disabled])').first().click();
  await page.waitForFunction((id) => window.__hanoi?.view()?.beat?.id !== id, s.beat?.id);
  await waitForHuman(page);
  await expect.poll(async () => (await said(page)).length).toBeGreaterThan(count);
  g.check();
});

test('with the setting off, nothing is spoken', async ({ page }) => {
  const g = guard(page);
  await recordSpeech(page, false);
  await open(page, '/?us=human&dprk=ai&seed=3');
  await waitForHuman(page);
  await page.keyboard.press('Alt+r');
  await page.waitForTimeout(500);
  expect(await said(page)).toEqual([]);
  g.check();
});
