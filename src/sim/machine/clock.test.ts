import { describe, expect, it } from 'vitest';
import { SCHEDULE, summitTime, toIso, toMinutes } from './clock.ts';

describe('scenario clock', () => {
  it('round-trips ISO times across months and years', () => {
    for (const iso of ['2018-11-02T09:00', '2019-02-28T11:55', '2019-03-01T00:05', '2019-10-05T18:30', '2020-02-29T23:59']) {
      expect(toIso(toMinutes(iso))).toBe(iso);
    }
    expect(toMinutes('2019-02-28T14:05') - toMinutes('2019-02-28T11:55')).toBe(130);
  });

  it('rejects malformed times', () => {
    expect(() => toMinutes('28 Feb 2019')).toThrow(/bad scenario time/);
  });

  it('normalises summit time from the expanded meeting to the signing slot', () => {
    expect(summitTime(SCHEDULE.expandedMeeting - 100)).toBe(0);
    expect(summitTime(SCHEDULE.signing)).toBe(1);
    expect(summitTime(SCHEDULE.workingLunch)).toBeCloseTo(52 / 182, 5);
  });
});
