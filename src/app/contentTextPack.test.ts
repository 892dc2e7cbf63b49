/** The teacher's pack in the content catalogue: one block of `pack.<TABLE>.…` keys a translator gets. */
import { describe, expect, it } from 'vitest';
import { PACK_CONTENT, PRIMER, packTexts, ROLE_CARDS } from '../sim/session/index.ts';
import { contentEnglish, contentStrings } from './contentText.ts';

describe("the teacher's pack in contentStrings()", () => {
  const strings = contentStrings();
  const pack = strings.filter((s) => s.key.startsWith('pack.'));

  it('lists every pack string once, as one block at the end', () => {
    expect(pack.map((s) => s.key)).toEqual(packTexts().map((t) => t.key));
    const first = strings.findIndex((s) => s.key.startsWith('pack.'));
    expect(first).toBeGreaterThan(0);
    expect(strings.slice(first).every((s) => s.key.startsWith('pack.'))).toBe(true);
  });

  it('keys them by item and field, with the English of the content', () => {
    const tables = new Set<string>(Object.keys(PACK_CONTENT));
    for (const s of pack) expect(tables.has(s.key.split('.')[1]), s.key).toBe(true);
    const claim = PRIMER[0].claims[0];
    expect(contentEnglish(`pack.PRIMER.${PRIMER[0].id}.claims.${claim.id}.text`)).toBe(claim.text);
    expect(contentEnglish(`pack.ROLE_CARDS.${ROLE_CARDS[0].id}.confidential`)).toBe(ROLE_CARDS[0].confidential);
    expect(contentEnglish('pack.PRIMER.nope.text')).toBeUndefined();
  });
});
