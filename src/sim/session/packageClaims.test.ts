/**
 * One story: a beat text that speaks of what was agreed never contradicts the package signed. Every
 * beat after the table is read, in both lengths, against every agreement that differs on the issues
 * the texts speak of (Yongbyon, other sites, the declaration, missiles, sanctions), and each claim a
 * text can make is checked against the terms it would be shown with. A new text that names terms
 * gets a claim here, and a `textVariants` entry where the terms can differ.
 */
import { describe, expect, it } from 'vitest';
import { BEATS, beatText, choiceText } from '../machine/script.ts';
import type { GameContext } from '../machine/types.ts';
import type { IssueId } from '../model/ids.ts';
import { ISSUES } from '../model/issues.ts';
import { level, type Package, withLevels } from '../model/package.ts';
import { Session } from './session.ts';

interface Claim {
  /** What the text says, as a pattern. */
  readonly says: RegExp;
  readonly meaning: string;
  /** The terms under which it is false. */
  readonly falseFor: (pkg: Package) => boolean;
}

const CLAIMS: readonly Claim[] = [
  {
    says: /left aside[^.]*enrichment beyond Yongbyon/,
    meaning: 'enrichment beyond Yongbyon was left aside',
    falseFor: (p) => level(p, 'otherSites') >= 1,
  },
  {
    says: /left aside[^.]*declaration/,
    meaning: 'the declaration was left aside',
    falseFor: (p) => level(p, 'declaration') >= 1,
  },
  { says: /left aside[^.]*missiles/, meaning: 'missiles were left aside', falseFor: (p) => level(p, 'missiles') >= 1 },
  {
    says: /reaches past Yongbyon, to other sites, a declaration and missiles/,
    meaning: 'the text covers other sites, a declaration and missiles',
    falseFor: (p) => level(p, 'otherSites') < 1 || level(p, 'declaration') < 1 || level(p, 'missiles') < 1,
  },
  {
    says: /relief moves through|promised sanctions relief|Washington's relief is real/,
    meaning: 'sanctions relief was agreed',
    falseFor: (p) => level(p, 'sanctions') < 1,
  },
  { says: /lifts no sanctions/, meaning: 'no sanctions relief was agreed', falseFor: (p) => level(p, 'sanctions') >= 1 },
  {
    says: /Yongbyon facilities are (to|due to) be shut|Yongbyon work/,
    meaning: 'steps at Yongbyon were agreed',
    falseFor: (p) => level(p, 'yongbyon') < 1,
  },
  { says: /asks nothing of Yongbyon/, meaning: 'nothing at Yongbyon was agreed', falseFor: (p) => level(p, 'yongbyon') >= 1 },
];

const SPOKEN_OF: readonly IssueId[] = ['yongbyon', 'otherSites', 'declaration', 'missiles', 'sanctions'];

/** Every combination of levels on the issues the texts speak of, the rest at level 0. */
function agreements(): Package[] {
  let out: Package[] = [ISSUES.map(() => 0)];
  for (const id of SPOKEN_OF) {
    const count = ISSUES.find((i) => i.id === id)?.levels.length ?? 1;
    out = out.flatMap((pkg) => Array.from({ length: count }, (_, n) => withLevels(pkg, { [id]: n })));
  }
  return out;
}

describe('beat texts follow the terms agreed', () => {
  const base = Session.start({ seats: { us: 'ai', dprk: 'ai' }, mode: 'open' }, 1).context;
  const after = BEATS.filter((b) => b.phase === 'aftermath' || b.phase === 'endgame');
  const packages = agreements();

  it('reads every combination of the terms the texts speak of', () => {
    expect(packages.length).toBeGreaterThan(500);
    expect(after.length).toBeGreaterThan(10);
    // The claims are about texts that exist: each pattern matches some shown text for some terms.
    const shown = new Set<string>();
    for (const beat of after) {
      for (const pkg of packages) shown.add(beatText(beat, { ...base, agreement: pkg }));
    }
    for (const claim of CLAIMS)
      expect(
        [...shown].some((t) => claim.says.test(t)),
        claim.meaning,
      ).toBe(true);
  });

  it('no beat after the table says something the agreement shown with it makes false', () => {
    const wrong: string[] = [];
    for (const beat of after) {
      for (const length of ['full', 'class'] as const) {
        for (const pkg of packages) {
          const ctx: GameContext = { ...base, agreement: pkg, settings: { ...base.settings, length } };
          const text = beatText(beat, ctx);
          for (const claim of CLAIMS) {
            if (claim.says.test(text) && claim.falseFor(pkg))
              wrong.push(
                `${beat.id} (${length}) says ${claim.meaning}, with ${SPOKEN_OF.map((id) => `${id} ${level(pkg, id)}`).join(', ')}`,
              );
          }
        }
      }
    }
    expect(wrong.slice(0, 10), `${wrong.length} contradictions`).toEqual([]);
  });

  it('no choice after a deal speaks of relief or a UN step the agreement does not hold', () => {
    // A choice's words are shown with the agreement they act on: "Move the relief as agreed" with no
    // sanctions agreed was the contradiction (6 of the usImplement texts before their variants).
    const relief = /relief|UN step/i;
    const wrong: string[] = [];
    let read = 0;
    for (const beat of after.filter((b) => b.when?.agreement === true)) {
      for (const choice of beat.choices) {
        for (const pkg of packages) {
          const { label, outcome } = choiceText(choice, { ...base, agreement: pkg });
          read++;
          if (level(pkg, 'sanctions') < 1 && (relief.test(label) || relief.test(outcome)))
            wrong.push(`${choice.id} says "${relief.test(label) ? label : outcome}" with no sanctions relief agreed`);
        }
      }
    }
    expect(read).toBeGreaterThan(1000);
    expect([...new Set(wrong)], `${wrong.length} contradictions`).toEqual([]);
  });
});
