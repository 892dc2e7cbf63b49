import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BEATS, LOCATION_IDS, PORTRAIT_IDS, type Staging, stagingForSeat } from '../sim/session/index.ts';
import { Session } from '../sim/session/session.ts';
import { frontierPoints, markedPoints, packageCloud } from './chartData.ts';
import { backdropFor, castFor, formatClock, moodFor, PERSON } from './labels.ts';
import { describeStage, stageFor, stageReadings } from './stageModel.ts';
import { aftermathSequence, departures, pathRows } from './storyData.ts';

const beatById = (id: string) => {
  const b = BEATS.find((x) => x.id === id);
  if (!b) throw new Error(`no beat ${id}`);
  return b;
};
/** A beat as the given seat's view carries it. */
const seen = (id: string, seat: 'us' | 'dprk' = 'us') => ({ stage: stagingForSeat(beatById(id).stage, seat) });
const assetExists = (path: string) => existsSync(new URL(`../../assets/${path}`, import.meta.url));

describe('staging', () => {
  it('puts each beat in the room its content declares', () => {
    expect(backdropFor(seen('pre.snubUS'))).toBe('hanoi-night');
    expect(backdropFor(seen('talks.dinner'))).toBe('metropole-dining');
    expect(backdropFor(seen('talks.garden'))).toBe('metropole-garden');
    expect(backdropFor(seen('talks.expanded'))).toBe('expanded-meeting');
    expect(backdropFor(seen('end.pressUS'))).toBe('press-room-us');
    expect(backdropFor(seen('end.pressDPRK', 'dprk'))).toBe('press-room-dprk');
    expect(backdropFor(seen('pre.train'))).toBe('train');
    // The dispute is argued at the Metropole, whatever its title says about Washington or Pyongyang.
    expect(backdropFor(seen('dispute.us'))).toBe('expanded-meeting');
    expect(backdropFor(seen('dispute.dprk', 'dprk'))).toBe('expanded-meeting');
  });

  it('casts the snub with the envoys and the table with the delegations', () => {
    expect(castFor(seen('pre.snubUS'))).toEqual({ us: ['pompeo'], dprk: ['kimyongchol'] });
    expect(castFor(seen('talks.expanded')).us[0]).toBe('trump');
  });

  it("shows Biegun's Pyongyang talks with a working-level official, not Choe Son-hui", () => {
    const cast = castFor(seen('pre.pyongyang'));
    expect(cast.us).toEqual(['biegun']);
    expect(cast.dprk).toEqual(['official']);
  });

  it('leaves the other half of the stage empty for a one-side beat', () => {
    expect(castFor(seen('pre.noRush'))).toEqual({ us: ['trump'], dprk: [] });
    expect(castFor(seen('pre.train', 'dprk'))).toEqual({ us: [], dprk: ['kim'] });
  });

  it('lets a seat see a beat differently, and the view carries only its own seat', () => {
    const staging: Staging = {
      backdrop: 'hanoi-night',
      cast: { us: ['biegun'], dprk: ['official'] },
      seats: { dprk: { cast: { us: [], dprk: ['kim', 'official'] } } },
    };
    expect(stagingForSeat(staging, 'us')).toEqual({ backdrop: 'hanoi-night', cast: { us: ['biegun'], dprk: ['official'] } });
    expect(stagingForSeat(staging, 'dprk')).toEqual({ backdrop: 'hanoi-night', cast: { us: [], dprk: ['kim', 'official'] } });
    expect(castFor(seen('pre.mandateDPRK', 'dprk')).dprk[0]).toBe('kim');
    expect(castFor(seen('pre.mandateDPRK', 'us')).dprk[0]).toBe('official');
  });

  it('has art for every location and every portrait in every mood', () => {
    for (const id of LOCATION_IDS) expect(assetExists(`locations/${id}.svg`), id).toBe(true);
    for (const id of PORTRAIT_IDS) {
      expect(PERSON[id], id).toBeTruthy();
      for (const mood of ['neutral', 'pleased', 'displeased'])
        expect(assetExists(`portraits/${id}-${mood}.svg`), `${id}-${mood}`).toBe(true);
    }
  });

  it('reads expressions from the model: the last offer received, then chemistry', () => {
    const base = { chemistry: 0.6, lastReactionOf: {}, walkedBy: null, signed: false };
    expect(moodFor('us', { ...base, lastReactionOf: { us: 'unacceptable' } })).toBe('displeased');
    expect(moodFor('dprk', { ...base, lastReactionOf: { dprk: 'fair' } })).toBe('pleased');
    expect(moodFor('us', { ...base, chemistry: 0.8 })).toBe('pleased');
    expect(moodFor('us', { ...base, chemistry: 0.3 })).toBe('displeased');
    expect(moodFor('us', { ...base, walkedBy: 'us' })).toBe('displeased');
  });

  it('formats scenario times', () => {
    expect(formatClock('2019-02-28T11:03')).toBe('Thu 28 Feb 2019, 11:03');
  });

  it('describes the canvas for screen readers', () => {
    const session = Session.start({ seats: { us: 'human', dprk: 'ai' } }, 1);
    session.runAuto();
    const stage = stageFor(session.view('us'));
    expect(stage).not.toBeNull();
    expect(describeStage(stage as NonNullable<typeof stage>)).toMatch(
      /Your readings \(United States\), out of 100: .*Credibility \d+/,
    );
  });

  it("lists the viewer's readings in one line for a narrow screen, each score on its name's line", () => {
    const session = Session.start({ seats: { us: 'human', dprk: 'ai' } }, 1);
    session.runAuto();
    const stage = stageFor(session.view('us'));
    if (!stage) throw new Error('no stage');
    const line = stageReadings(stage);
    const parts = line.split(' · ');
    expect(parts[0]).toBe('Your readings: United States');
    expect(parts.length).toBe(stage.meters.length + 1);
    stage.meters.forEach((meter, i) => {
      expect(parts[i + 1]).toBe(`${meter.label}\u00a0${Math.round(meter.value * 100)}`);
    });
  });
});

describe('debrief data', () => {
  it('samples the same cloud every time, inside the unit square', () => {
    const a = packageCloud(200);
    expect(packageCloud(200)).toEqual(a);
    expect(a.every((p) => p.us >= 0 && p.us <= 1.1 && p.dprk >= 0 && p.dprk <= 1.1)).toBe(true);
    const front = frontierPoints();
    expect(front.length).toBeGreaterThan(10);
    expect(front.every((p, i) => i === 0 || p.us >= front[i - 1].us)).toBe(true);
  });

  it('marks the three reference packages and the outcome', () => {
    const session = Session.start({ seats: { us: 'ai', dprk: 'ai' } }, 3);
    session.runAuto();
    const view = session.view('us');
    const marks = markedPoints(view.agreement, view.signed, view.scores);
    expect(marks.map((m) => m.id)).toEqual(['dprkHanoiOffer', 'usBigDeal', 'yongbyonPlus', 'smallDeal', 'outcome']);
    expect(pathRows(session.record()).length).toBeGreaterThan(5);
    const sequence = aftermathSequence(session.record(), view.ending);
    expect(sequence[0].title).toBe(view.ending?.title);
    expect(sequence.slice(1).every((e, i, all) => i === 0 || e.time >= all[i - 1].time)).toBe(true);
  });

  it("lists where a game left the record: the players' own departures first, in order, at most three", () => {
    const row = (beat: string, human: boolean, same: boolean, record: string | null = 'r') => ({
      beat,
      side: 'us' as const,
      human,
      chose: `${beat} chosen`,
      record,
      same,
    });
    const rows = [
      row('a', false, false),
      row('b', true, true),
      row('c', true, false),
      row('d', false, false, null),
      row('e', true, false),
      row('f', false, false),
      row('g', true, false),
    ];
    expect(departures(rows).map((r) => r.beat)).toEqual(['c', 'e', 'g']);
    expect(departures(rows, 5).map((r) => r.beat)).toEqual(['c', 'e', 'g', 'a', 'f']);
    expect(departures(rows.filter((r) => r.same))).toEqual([]);
    // A whole game off the record in open mode has departures to show.
    const session = Session.start({ seats: { us: 'ai', dprk: 'ai' }, mode: 'open' }, 5);
    session.runAuto();
    const found = departures(pathRows(session.record()));
    expect(found.length).toBeLessThanOrEqual(3);
    for (const r of found) expect(r.same).toBe(false);
  });
});
