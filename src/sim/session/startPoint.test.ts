import { describe, expect, it } from 'vitest';
import { BEATS } from '../content/beats/index.ts';
import { START_POINT_IDS, START_POINTS, startPointById } from '../content/startPoints.ts';
import { validateContent } from '../content/validate.ts';
import { playToEnd } from './batch.ts';
import { Session } from './session.ts';
import { normalizeSettings, SettingsError } from './settings.ts';
import { decodeShareCode, encodeShareCode, replayShareCode } from './shareCode.ts';
import { Timeline } from './timeline.ts';

const AI = { us: 'ai', dprk: 'ai' } as const;
const HISTORICAL = playToEnd(normalizeSettings({ seats: AI, mode: 'historical' }), 1);
const LATER = START_POINT_IDS.filter((id) => id !== 'beginning');

describe('start points', () => {
  it('are valid content: each names a beat, no class game skips it, and its summary is sourced', () => {
    expect(validateContent()).toEqual([]);
    for (const point of START_POINTS) {
      expect(BEATS.some((b) => b.id === point.beat)).toBe(true);
      const sentences = point.soFar.length;
      if (point.id === 'beginning') expect(sentences).toBe(0);
      else expect(sentences >= 2 && sentences <= 4, point.id).toBe(true);
    }
  });

  for (const start of START_POINT_IDS)
    for (const length of ['full', 'class'] as const)
      for (const mode of ['historical', 'open'] as const)
        it(`${start}, ${length}, ${mode}: the game stands at the start beat after the record's own moves`, () => {
          const s = Session.start({ seats: { us: 'human', dprk: 'ai' }, mode, start, length }, 1);
          expect(s.view().beat?.id).toBe(startPointById(start).beat);
          expect(s.log()).toHaveLength(s.startMoves);
          expect(s.playedMoves()).toEqual([]);
          expect(s.context.departed).toBe(false);
          if (length === 'full') expect(s.log()).toEqual(HISTORICAL.log().slice(0, s.startMoves));
        });

  it('the state at a start is exactly the historical path at that beat', () => {
    for (const start of LATER) {
      const s = Session.start({ seats: AI, mode: 'historical', start }, 1);
      const replay = Session.replay(1, normalizeSettings({ seats: AI, mode: 'historical' }), s.log());
      expect(replay.context).toEqual({ ...s.context, settings: replay.context.settings });
      expect(s.startMoves).toBeGreaterThan(0);
    }
  });

  it('from every start, the on-record path still reaches the historical ending, in both lengths', () => {
    for (const start of START_POINT_IDS)
      for (const length of ['full', 'class'] as const) {
        const s = playToEnd(normalizeSettings({ seats: AI, mode: 'historical', start, length }), 1);
        expect(s.context.ending, `${start} ${length}`).toBe(HISTORICAL.context.ending);
      }
  });

  it('a class-length game visits no beat marked classSkip, and offers no final round', () => {
    const s = playToEnd(normalizeSettings({ seats: AI, mode: 'historical', length: 'class' }), 1);
    const skipped = new Set(BEATS.filter((b) => b.classSkip).map((b) => b.id));
    expect(skipped.size).toBeGreaterThan(0);
    expect(s.context.steps.filter((st) => skipped.has(st.beatId))).toEqual([]);
    const atDecision = Session.start({ seats: { us: 'human', dprk: 'ai' }, start: 'dispute', length: 'class' }, 1);
    atDecision.runAuto();
    expect(atDecision.act({ type: 'CHOOSE', by: 'us', choiceId: 'dispute.us.whole' }).ok).toBe(true);
    atDecision.runAuto();
    expect(atDecision.view().beat?.id).toBe('end.decision');
    expect(atDecision.view().choices.find((c) => c.id === 'end.decision.oneMore')?.enabled).toBe(false);
  });

  it('a human seat plays on from the start, and the move is its own', () => {
    const s = Session.start({ seats: { us: 'human', dprk: 'ai' }, start: 'dispute' }, 3);
    expect(s.act({ type: 'CHOOSE', by: 'us', choiceId: 'dispute.us.plutonium' }).ok).toBe(true);
    expect(s.playedMoves()).toEqual([{ type: 'CHOOSE', by: 'us', choiceId: 'dispute.us.plutonium' }]);
    expect(s.log()).toHaveLength(s.startMoves + 1);
  });

  it('refuses a start point the game does not have, in fixed words', () => {
    expect(() => normalizeSettings({ start: 'lunch' })).toThrow(SettingsError);
    expect(() => normalizeSettings({ start: 'lunch' })).toThrow('start must be one of beginning, eve, day2, dispute.');
    expect(() => normalizeSettings({ length: 'short' })).toThrow('length must be one of full, class.');
    expect(normalizeSettings({})).toMatchObject({ start: 'beginning', length: 'full' });
  });
});

describe('start points in saves and share codes', () => {
  const played = () => {
    const s = Session.start({ seats: { us: 'random', dprk: 'ai' }, mode: 'open', start: 'day2', length: 'class' }, 77);
    s.runAuto();
    return s;
  };

  it('a save holds the start in its settings and only the moves after it, and loads to the same game', () => {
    const s = played();
    const file = JSON.parse(s.save());
    expect(file.settings).toMatchObject({ start: 'day2', length: 'class' });
    expect(file.nodes).toHaveLength(s.playedMoves().length);
    expect(Session.load(s.save()).context).toEqual(s.context);
    // A full log (start's moves first) and the moves after the start replay to the same game.
    expect(Session.replay(s.seed, s.settings, s.log()).context).toEqual(s.context);
    expect(Session.replay(s.seed, s.settings, s.playedMoves()).context).toEqual(s.context);
  });

  it('a timeline roots at the start and round-trips through its save', () => {
    const t = new Timeline(9, { seats: { us: 'human', dprk: 'ai' }, start: 'eve' });
    expect(t.session.view().beat?.id).toBe('pre.snubDPRK');
    expect(t.act({ type: 'CHOOSE', by: 'us', choiceId: 'pre.snubDPRK.decline' }).ok).toBe(false);
    t.runAuto();
    const loaded = Timeline.load(t.save()).timeline;
    expect(loaded.settings.start).toBe('eve');
    expect(loaded.session.context).toEqual(t.session.context);
    const fromCode = Timeline.fromSession(replayShareCode(encodeShareCode(t.seed, t.settings, t.session.log())).session);
    expect(fromCode.session.context).toEqual(t.session.context);
  });

  it('a share code carries start and length (version 3) and none of the start’s moves', () => {
    const s = played();
    const code = encodeShareCode(s.seed, s.settings, s.log());
    expect(encodeShareCode(s.seed, s.settings, s.playedMoves())).toBe(code);
    const decoded = decodeShareCode(code);
    expect(decoded.settings).toMatchObject({ start: 'day2', length: 'class' });
    expect(decoded.tokens).toHaveLength(s.playedMoves().length);
    const { session, dropped } = replayShareCode(code);
    expect(dropped).toBe(0);
    expect(session.context).toEqual(s.context);
    const payload = (c: string) => JSON.parse(atob(c.slice(6).replaceAll('-', '+').replaceAll('_', '/')));
    expect(payload(code)[0]).toBe(3);
  });

  it('a game from the beginning still makes a version 2 code, which older builds read', () => {
    const s = Session.start({ seats: { us: 'random', dprk: 'ai' }, mode: 'open' }, 5);
    s.runAuto();
    const code = encodeShareCode(s.seed, s.settings, s.log());
    const json = JSON.parse(atob(code.slice(6).replaceAll('-', '+').replaceAll('_', '/')));
    expect(json[0]).toBe(2);
    expect(Object.keys(json[2])).not.toContain('s');
    expect(replayShareCode(code).session.context).toEqual(s.context);
  });
});
