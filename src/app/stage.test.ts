import { describe, expect, it } from 'vitest';
import { Session } from '../sim/session/session.ts';
import { frontierPoints, markedPoints, packageCloud } from './chartData.ts';
import { backdropFor, castFor, formatClock, moodFor } from './labels.ts';
import { describeStage, stageFor } from './stageModel.ts';
import { aftermathSequence, pathRows } from './storyData.ts';

const beat = (
  id: string,
  title: string,
  location: string,
  kind: 'choice' | 'table' | 'scope' = 'choice',
  side: 'us' | 'dprk' = 'us',
) => ({ id, title, location, kind, side });

describe('staging', () => {
  it('puts each beat in its room', () => {
    expect(backdropFor(beat('pre.snubUS', 'The snub', 'Hanoi'), 'preSummit')).toBe('hanoi-night');
    expect(backdropFor(beat('talks.dinner', 'The 3+3 dinner', 'Sofitel Legend Metropole, Hanoi'), 'talks')).toBe(
      'metropole-dining',
    );
    expect(backdropFor(beat('talks.garden', 'The garden walk', 'Sofitel Legend Metropole, Hanoi'), 'talks')).toBe(
      'metropole-garden',
    );
    expect(backdropFor(beat('talks.expanded', 'The expanded meeting', 'Sofitel Legend Metropole, Hanoi', 'table'), 'talks')).toBe(
      'expanded-meeting',
    );
    expect(backdropFor(beat('end.pressUS', 'Press conference', 'JW Marriott, Hanoi'), 'endgame')).toBe('press-room-us');
    expect(backdropFor(beat('end.pressDPRK', 'Press conference', 'Melia Hotel, Hanoi', 'choice', 'dprk'), 'endgame')).toBe(
      'press-room-dprk',
    );
    expect(backdropFor(beat('pre.train', 'The train', 'Pyongyang'), 'preSummit')).toBe('train');
  });

  it('casts the snub with the envoys and the table with the delegations', () => {
    expect(castFor(beat('pre.snubUS', 'The snub', 'Hanoi'), 'preSummit')).toEqual({ us: ['pompeo'], dprk: ['kimyongchol'] });
    expect(castFor(beat('talks.expanded', 'Table', 'Metropole', 'table'), 'talks').us[0]).toBe('trump');
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
});
