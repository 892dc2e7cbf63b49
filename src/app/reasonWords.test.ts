/** The counterpart's reasons in words: whole sentences, names and levels from the issue table. */
import { describe, expect, it } from 'vitest';
import { issueById } from '../sim/session/index.ts';
import { reasonLines } from './reasonWords.ts';

describe('reason words', () => {
  it('words a red line, the costliest issues and what would be accepted, in that order', () => {
    const lines = reasonLines({
      redLine: { issue: 'otherSites', needs: 2, bound: 'atLeast' },
      costly: ['sanctions', 'sequencing', 'yongbyon'],
      wouldAcceptIf: [{ issue: 'missiles', level: 1 }],
    });
    expect(lines).toEqual([
      `Red line: Sites beyond Yongbyon must be at least “${issueById('otherSites').levels[2]}”.`,
      'What costs us most: Sanctions relief, Sequencing of relief and Yongbyon scope.',
      'We would accept if: Missiles → “ICBM production freeze”.',
    ]);
  });

  it('says "at most" for a ceiling, joins two changes, and says when no small change would do', () => {
    const ceiling = reasonLines({
      redLine: { issue: 'warheads', needs: 2, bound: 'atMost' },
      costly: [],
      wouldAcceptIf: [
        { issue: 'warheads', level: 2 },
        { issue: 'endOfWar', level: 1 },
      ],
    });
    expect(ceiling).toEqual([
      'Red line: Warheads & fissile stockpile must be at most “Partial elimination”.',
      'We would accept if: Warheads & fissile stockpile → “Partial elimination” and End-of-war declaration → “Political declaration”.',
    ]);
    const none = reasonLines({ redLine: null, costly: ['drills'], wouldAcceptIf: null });
    expect(none).toEqual([
      `What costs us most: ${issueById('drills').name}.`,
      'No change to three issues or fewer would have made us accept.',
    ]);
    expect(reasonLines({ redLine: null, costly: [], wouldAcceptIf: [] })).toEqual([]);
  });
});
