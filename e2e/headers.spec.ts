/**
 * The preview server sends the security headers of src/server/securityHeaders.ts, and a page on
 * another page that frames the game gets nothing: the browser refuses the frame (frame-ancestors).
 * A plain page framed the same way renders, so the check cannot pass because framing is broken here.
 */
import { expect, test } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';

// Chromium refuses any public page (about:blank counts as one) a frame from localhost, whatever the
// headers say; with that check off, the only thing that can refuse the frame is the game's own CSP.
test.use({
  launchOptions: { executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'] },
});

test('the preview sends the CSP, nosniff and referrer headers', async ({ request }) => {
  test.setTimeout(30_000);
  for (const path of ['/', '/favicon.svg']) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("base-uri 'self'");
    expect(csp, path).toContain("form-action 'self'");
    expect(csp, path).toContain("default-src 'self'");
    expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
    expect(res.headers()['referrer-policy'], path).toBe('no-referrer');
  }
});

test.describe('framing', () => {
  test('a page framing the game gets nothing', async ({ page, baseURL }) => {
    test.setTimeout(60_000);
    // The control: a page of the same origin without the headers (answered by the test) renders in a frame.
    await page.route(`${baseURL}/unprotected`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<p id="plain">framed</p>' }),
    );
    const refused = new Promise<string>((resolve) =>
      page.on('console', (m) => {
        if (m.text().includes('frame-ancestors')) resolve(m.text());
      }),
    );
    await page.goto('about:blank');
    await page.evaluate((base) => {
      for (const [id, src] of [
        ['plain', `${base}/unprotected`],
        ['game', `${base}/`],
      ]) {
        const frame = document.createElement('iframe');
        frame.id = id;
        frame.src = src;
        document.body.append(frame);
      }
    }, baseURL);
    await expect(page.frameLocator('#plain').locator('#plain')).toHaveText('framed');
    expect(await refused).toContain(`Framing '${baseURL}/'`);
    const game = page.frames().find((f) => f.name() === '' && f !== page.mainFrame() && !f.url().endsWith('/unprotected'));
    expect(game?.url()).not.toBe(`${baseURL}/`);
    await expect(page.frameLocator('#game').locator('#game-container')).toHaveCount(0);
    expect(await page.evaluate(() => (document.getElementById('game') as HTMLIFrameElement).contentDocument)).toBeNull();
  });
});
