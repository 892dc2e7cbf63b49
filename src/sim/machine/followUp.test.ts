/**
 * The follow-up table after the summit (Stockholm, October 2019): it opens on every path without a deal
 * in a full-length game, afresh and on its own clock; what is agreed there is the follow-up's agreement,
 * and walking out of it changes nothing the summit decided.
 */
import { describe, expect, it } from 'vitest';
import type { Side } from '../model/ids.ts';
import { Session } from '../session/session.ts';
import type { SettingsInput } from '../session/settings.ts';
import { tableTime, toMinutes } from './clock.ts';

const FOLLOW_UP = 'after.stockholmTable';

/** A US player who walks out of the summit's tables and takes the first choice elsewhere, to the follow-up table. */
function toFollowUp(seed: number, extra: Omit<SettingsInput, 'seats'> = {}): Session {
  const s = Session.start({ seats: { us: 'human', dprk: 'ai' }, mode: 'open', ...extra } as SettingsInput, seed);
  for (let guard = 0; guard < 300 && !s.over; guard++) {
    if (s.stepAuto()) continue;
    const view = s.view('us');
    if (view.beat?.id === FOLLOW_UP) return s;
    if (view.beat?.kind === 'table') s.act({ type: 'WALK', by: 'us' });
    else {
      const choice = view.choices.find((c) => c.enabled && !c.signs) ?? view.choices.find((c) => c.enabled);
      if (choice) s.act({ type: 'CHOOSE', by: 'us', choiceId: choice.id });
      else s.act({ type: 'DEFINE_SCOPE', by: 'us', facilities: [] });
    }
  }
  throw new Error(`seed ${seed}: the follow-up table was not reached`);
}

describe('the follow-up table', () => {
  it('opens afresh on its own clock after a summit without a deal', () => {
    for (const seed of [1, 2, 3]) {
      const s = toFollowUp(seed);
      const table = s.context.table;
      expect(table?.beatId).toBe(FOLLOW_UP);
      expect(table?.span).toEqual({ start: s.context.clock, end: toMinutes('2019-10-05T18:30'), minutesPerOffer: 45 });
      expect(table?.offers).toEqual([]);
      expect(table?.standing).toBeNull();
      expect(tableTime(table ?? null, s.context.clock)).toBe(0);
      // The summit's offers stay readable (the debrief's chart) beside the fresh table.
      expect(s.context.summitTable?.span).toBeNull();
      expect(s.view('us').summitOffers).toEqual(s.context.summitTable?.offers);
      for (const offer of s.view('us').summitOffers) expect(offer.at).toBeLessThan(table?.span?.start ?? 0);
      expect(s.context.walkedBy).toBe('us');
      expect(s.view('us').turn?.side).toBe('us');
      const ending = s.context.ending;
      expect(ending).not.toBeNull();
      s.act({ type: 'OFFER', by: 'us', pkg: [2, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0] });
      expect(s.context.clock).toBe((table?.span?.start ?? 0) + 45);
      expect(tableTime(s.context.table, s.context.clock)).toBeCloseTo(45 / 510, 10);
      expect(s.context.ending).toBe(ending);
      expect(s.view('us').summitOffers).toEqual(s.context.summitTable?.offers);
    }
  });

  it('an agreement there is the follow-up, not the summit’s deal; the statement beat is skipped', () => {
    let agreed = 0;
    for (let seed = 1; seed <= 12 && agreed < 3; seed++) {
      const s = toFollowUp(seed);
      const ending = s.context.ending;
      // Offer the DPRK a generous first step until it takes one (or the table closes).
      for (let n = 0; n < 20 && s.view('us').beat?.id === FOLLOW_UP; n++) {
        if (s.view('us').turn?.side !== 'us') {
          s.stepAuto();
          continue;
        }
        const standing = s.context.table?.standing;
        if (standing?.by === 'dprk') s.act({ type: 'ACCEPT', by: 'us' });
        else s.act({ type: 'OFFER', by: 'us', pkg: [1, 0, 0, 0, 1, 0, 0, 2, 1, 1, 1, 0] });
      }
      const pkg = s.context.followUp;
      if (!pkg) continue;
      agreed++;
      expect(s.context.flags).toContain('followUpAgreed');
      expect(s.context.agreement).toBeNull();
      expect(s.context.signed).toBe(false);
      expect(s.context.ending).toBe(ending);
      expect(s.context.walkedBy).toBe('us');
      expect(s.context.steps.some((step) => step.beatId === 'after.stockholm')).toBe(false);
      while (!s.over && s.stepAuto()) {}
      expect(s.over).toBe(true);
      expect(s.view('us').followUp).toEqual({ title: 'Stockholm: the working-level table', agreed: [...pkg] });
      expect(s.view('us').scores?.us.surplus).toBe(0);
    }
    expect(agreed).toBeGreaterThan(0);
  });

  it('walking out of it leaves the summit’s outcome as it was, and the statement beat follows', () => {
    const s = toFollowUp(4);
    const { ending, walkedBy } = s.context;
    s.act({ type: 'WALK', by: 'us' });
    expect(s.context.ending).toBe(ending);
    expect(s.context.walkedBy).toBe(walkedBy);
    expect(s.context.followUp).toBeNull();
    expect(s.context.beatId).toBe('after.stockholm');
    expect(s.view('us').followUp).toEqual({ title: 'Stockholm: the working-level table', agreed: null });
  });

  it('is not played after a deal, nor in a class-length game', () => {
    const played = (settings: SettingsInput, seeds: number) => {
      let n = 0;
      for (let seed = 1; seed <= seeds; seed++) {
        const s = Session.start(settings, seed);
        while (!s.over && s.stepAuto()) {}
        const opened = s.context.steps.some((step) => step.beatId === FOLLOW_UP);
        if (opened) n++;
        if (s.context.signed) expect(opened).toBe(false);
      }
      return n;
    };
    const seats: Record<Side, 'ai'> = { us: 'ai', dprk: 'ai' };
    expect(played({ seats, mode: 'open' }, 30)).toBeGreaterThan(10);
    expect(played({ seats, mode: 'open', length: 'class' }, 30)).toBe(0);
  });
});
