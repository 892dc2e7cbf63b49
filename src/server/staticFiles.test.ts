import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDataDir } from './serverTestKit.ts';
import { resolveStatic } from './staticFiles.ts';

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
