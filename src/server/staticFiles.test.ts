import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { META_CSP, SECURITY_HEADERS } from './securityHeaders.ts';
import { tempDataDir } from './serverTestKit.ts';
import { resolveStatic, serveStatic } from './staticFiles.ts';

describe('static files of the production server', { timeout: 10_000 }, () => {
  it('serves files under the root and nothing outside it', () => {
    const root = tempDataDir();
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'assets', 'a.js'), '');
    expect(resolveStatic(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveStatic(root, '/assets/a.js?v=1')).toBe(join(root, 'assets', 'a.js'));
    for (const bad of ['/../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets', '/missing.js', '/%E0%A4%A'])
      expect(resolveStatic(root, bad), bad).toBeNull();
  });
});

describe('security headers of the production server', { timeout: 10_000 }, () => {
  /** Serves a tiny dist/ on a free port and returns the answer to one request. */
  async function answer(path: string, method = 'GET'): Promise<Response> {
    const root = tempDataDir();
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    const server = createServer(serveStatic(root));
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const { port } = server.address() as AddressInfo;
      return await fetch(`http://127.0.0.1:${port}${path}`, { method });
    } finally {
      await new Promise((done) => server.close(done));
    }
  }

  it('sends a CSP that forbids framing, with nosniff and a referrer policy, on pages and errors', async () => {
    for (const [path, method, status] of [
      ['/', 'GET', 200],
      ['/missing.js', 'GET', 404],
      ['/', 'POST', 405],
    ] as const) {
      const res = await answer(path, method);
      expect(res.status, path).toBe(status);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("base-uri 'self'");
      expect(csp, path).toContain("form-action 'self'");
      expect(csp, path).toContain("script-src 'self'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('allows in the header the same sources as the meta tag of index.html', () => {
    const html = readFileSync(fileURLToPath(new URL('../../index.html', import.meta.url)), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(META_CSP);
    const header = SECURITY_HEADERS['Content-Security-Policy'];
    for (const directive of META_CSP.split('; ')) expect(header.split('; ')).toContain(directive);
  });
});
