/**
 * The embedded default store: one append-only JSON-lines file per class in a data directory
 * (`CLASS_DATA_DIR`, default `.class-data/`). Each record is written synchronously before the server
 * answers, so a crash loses at most the move being made; a torn last line is ignored on load.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { normalizeClassCode } from './secrets.ts';
import type { ClassRecord, ClassStore } from './store.ts';

export class FileStore implements ClassStore {
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  private path(code: string): string {
    // Codes come from our own alphabet; refuse anything else so no path can escape the directory.
    if (normalizeClassCode(code) !== code) throw new Error(`Not a class code: ${code}`);
    return join(this.dir, `${code}.jsonl`);
  }

  append(code: string, record: ClassRecord): void {
    appendFileSync(this.path(code), `${JSON.stringify(record)}\n`);
  }

  async load(code: string): Promise<readonly ClassRecord[] | null> {
    const path = this.path(code);
    if (!existsSync(path)) return null;
    const lines = readFileSync(path, 'utf8').split('\n');
    const records: ClassRecord[] = [];
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        records.push(JSON.parse(line) as ClassRecord);
      } catch (err) {
        // Only the last line can be torn (a crash mid-write); anything else is a damaged file.
        if (i < lines.length - 2) throw new Error(`${path}: line ${i + 1} is not JSON (${String(err)})`);
      }
    });
    return records;
  }

  async codes(): Promise<readonly string[]> {
    return readdirSync(this.dir)
      .filter((name) => name.endsWith('.jsonl'))
      .map((name) => name.slice(0, -'.jsonl'.length))
      .filter((code) => normalizeClassCode(code) === code);
  }

  async remove(code: string): Promise<void> {
    rmSync(this.path(code), { force: true });
  }
}
