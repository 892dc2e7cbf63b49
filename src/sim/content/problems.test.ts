import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishProblemText, GameProblem, PROBLEM_IDS, PROBLEM_TEXT, pluralParam, problem, renderProblem } from './problems.ts';

const SIM = new URL('..', import.meta.url).pathname;
const coreSource = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return coreSource(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('problems.ts')
      ? [readFileSync(path, 'utf8')]
      : [];
  });

describe('the core’s problems as data', () => {
  it('uses every problem it lists (a translator gets no dead message)', () => {
    const text = coreSource(SIM).join('\n');
    expect(PROBLEM_IDS.filter((id) => !text.includes(`'${id}'`))).toEqual([]);
  });

  it('names in a plural variant no placeholder the other variant lacks (the count may be spelt out)', () => {
    for (const id of PROBLEM_IDS) {
      const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
      const one = englishProblemText(id, 'one');
      const other = englishProblemText(id, 'other');
      expect(names(other), id).toEqual(expect.arrayContaining(names(one)));
      const counted = pluralParam(id);
      if (counted) expect(names(other), id).toContain(counted);
      expect(typeof PROBLEM_TEXT[id] === 'string' || counted !== null, id).toBe(true);
    }
  });

  it('fills parameters, picks the plural variant and renders nested problems', () => {
    expect(renderProblem(problem('save_move_damaged', { move: 3 }))).toBe('Move 3 of the save is damaged.');
    expect(renderProblem(problem('replay_dropped', { moves: 5, dropped: 1 }))).toMatch(
      /^1 of 5 moves no longer fits .* was dropped/,
    );
    expect(renderProblem(problem('replay_dropped', { moves: 5, dropped: 2 }))).toMatch(
      /^2 of 5 moves no longer fit .* were dropped/,
    );
    const err = new GameProblem('code_bad_settings', { reason: problem('settings_drills') });
    expect(err.message).toBe("The code's settings are not valid: drills must be true or false.");
    expect(err.problem.id).toBe('code_bad_settings');
  });
});
