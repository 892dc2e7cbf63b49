/**
 * The translator's file for the content: every content string keyed by its stable ID, with its English,
 * as one JSON object (`npm run -s strings:content > messages/content/ko.json`, then translate the
 * values). With a locale's existing file as an argument, prints only the keys it still lacks.
 */
import { readFileSync } from 'node:fs';
import { contentStrings } from '../src/app/contentText.ts';

const existing = process.argv[2] ? (JSON.parse(readFileSync(process.argv[2], 'utf8')) as Record<string, string>) : {};
const out: Record<string, string> = {};
for (const { key, english } of contentStrings()) if (!(key in existing)) out[key] = english;
process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
