import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The core must run in Node and the browser alike and be deterministic: no view, storage or clock. */
const FORBIDDEN: readonly [RegExp, string][] = [
  [/from\s+['"]phaser['"]|import\(\s*['"]phaser['"]\s*\)/, 'imports Phaser'],
  [/\bdocument\.|\bwindow\.|\bnavigator\.|\bHTMLElement\b/, 'touches the DOM'],
  [/\blocalStorage\b|\bsessionStorage\b|\bindexedDB\b/, 'touches storage'],
  [/Math\.random\s*\(/, 'uses Math.random'],
  [/Date\.now\s*\(|new Date\s*\(|performance\.now\s*\(/, 'reads the clock'],
  [/\bsetTimeout\s*\(|\bsetInterval\s*\(/, 'uses timers'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

describe('src/sim purity', () => {
  const files = sourceFiles(new URL('.', import.meta.url).pathname);

  it('finds the core sources', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it('imports no Phaser and touches no DOM, storage, Math.random, clock or timers', () => {
    const offences = files.flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return FORBIDDEN.filter(([re]) => re.test(text)).map(([, what]) => `${file} ${what}`);
    });
    expect(offences).toEqual([]);
  });

  it('the checker itself flags a forbidden line', () => {
    const sample = 'const x = Math.random(); document.title = "x";';
    expect(FORBIDDEN.filter(([re]) => re.test(sample)).length).toBe(2);
  });
});
