import { describe, expect, it } from 'vitest';
import { contrastRatio, PALETTE } from '../app/palette.ts';
import { canvasTextPairs, fontPx, inkFor, type Look } from './look.ts';

/**
 * The canvas's text stays readable in every look (WCAG 1.4.3): each text colour the HUD and the site
 * map draw, on the backing it is drawn on, computed over white showing through a translucent backing.
 */
const LOOKS: Look[] = [1, 1.2, 1.5, 2].flatMap((scale) => [
  { scale, highContrast: false },
  { scale, highContrast: true },
]);

describe('canvas text contrast', () => {
  const rows = LOOKS.flatMap((look) =>
    canvasTextPairs(look).map((p) => ({ ...p, look: `${look.scale}×${look.highContrast ? ' high contrast' : ''}` })),
  );
  it.each(rows)('$what ($look): $text on $backing', (p) => {
    const ratio = contrastRatio(PALETTE[p.text], PALETTE[p.backing], p.alpha);
    expect(ratio).toBeGreaterThanOrEqual(p.large ? 3 : 4.5);
  });

  it('computes the ratio the WCAG way, with the backing blended over what is under it', () => {
    expect(contrastRatio(PALETTE.hcText, PALETTE.hcPanel)).toBeCloseTo(21, 5);
    // The chart grid's line colour on the page colour: far under the bar, as it should be.
    expect(contrastRatio(PALETTE.rule, PALETTE.ink)).toBeLessThan(2);
    // Ink at 0 opacity is just white behind: cream on white is unreadable.
    expect(contrastRatio(PALETTE.cream, PALETTE.ink, 0)).toBeLessThan(1.3);
  });

  it('high contrast uses the high-contrast tokens, normal does not', () => {
    const hc = Object.values(inkFor({ scale: 1, highContrast: true }));
    const plain = Object.values(inkFor({ scale: 1, highContrast: false }));
    expect(hc.filter((t) => typeof t === 'string' && !t.startsWith('hc'))).toEqual([]);
    expect(plain.filter((t) => typeof t === 'string' && t.startsWith('hc'))).toEqual([]);
  });

  it('scales design sizes', () => {
    expect(fontPx(14, { scale: 2, highContrast: false })).toBe('28px');
    expect(fontPx(15, { scale: 1.5, highContrast: false })).toBe('23px');
  });
});
