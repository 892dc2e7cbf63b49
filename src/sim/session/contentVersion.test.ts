/**
 * Saves and share codes carry the content version; one made with other content replays as far as its
 * moves still fit and says so in plain words. Old formats (save version 2, share code version 1) open.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION } from '../content/version.ts';
import { parseSave, replayNote, SAVE_VERSION } from './save.ts';
import { Session } from './session.ts';
import { decodeShareCode, encodeShareCode, replayShareCode } from './shareCode.ts';
import { Timeline } from './timeline.ts';

const HUMAN_US = { seats: { us: 'human', dprk: 'ai' }, mode: 'historical' } as const;

/** A version-2 save written before saves recorded the content version (five moves of seed 7). */
const V2_SAVE = JSON.stringify({
  format: 'hanoi-summit-save',
  version: 2,
  seed: 7,
  settings: {
    seats: { us: 'human', dprk: 'ai' },
    mode: 'historical',
    persona: 'historical',
    drills: false,
    events: {},
    meters: {},
  },
  nodes: [
    { parent: -1, event: { type: 'CHOOSE', by: 'us', choiceId: 'brief.october.summitSoon' } },
    { parent: 0, event: { type: 'CHOOSE', by: 'dprk', choiceId: 'brief.pyongjin.hint' } },
    { parent: 1, event: { type: 'CHOOSE', by: 'us', choiceId: 'brief.nyNoShow.patience' } },
    { parent: 2, event: { type: 'CHOOSE', by: 'dprk', choiceId: 'brief.envoy.send' } },
    { parent: 3, event: { type: 'CHOOSE', by: 'us', choiceId: 'brief.stanford.corresponding' } },
  ],
  current: 4,
});

/** The same five moves as a version-1 share code, made by the game before codes carried the content version. */
const V1_CODE =
  'l0rfu9WzEsNyx7InUiOiJodW1hbiIsImQiOiJhaSIsIm0iOiJoIn0sInN1bW1pdFNvb24gaGludCBwYXRpZW5jZSBzZW5kIGNvcnJlc3BvbmRpbmciXQ';

function played(moves: number): Timeline {
  const t = new Timeline(7, Session.start(HUMAN_US, 7).settings);
  t.runAuto();
  for (let i = 0; i < moves; i++) {
    const v = t.session.view();
    const choice = v.choices.find((c) => c.enabled);
    expect(t.act({ type: 'CHOOSE', by: v.turn?.side ?? 'us', choiceId: choice?.id ?? '' }).ok).toBe(true);
    t.runAuto();
  }
  return t;
}

describe('content version in saves', () => {
  it('writes the content version in a version-3 save and reads it back', () => {
    const t = played(3);
    const file = JSON.parse(t.save());
    expect(file.version).toBe(3);
    expect(SAVE_VERSION).toBe(3);
    expect(file.content).toBe(CONTENT_VERSION);
    expect(JSON.parse(Session.start(HUMAN_US, 1).save()).content).toBe(CONTENT_VERSION);
    const { dropped, message } = Timeline.load(t.save());
    expect([dropped, message]).toEqual([0, null]);
  });

  it('migrates a version-2 save: content unknown, every move replayed, nothing to report', () => {
    expect(parseSave(V2_SAVE).content).toBeNull();
    const { timeline, dropped, message } = Timeline.load(V2_SAVE);
    expect([dropped, message]).toEqual([0, null]);
    expect(timeline.current.depth).toBe(5);
  });

  it('says when a save was made with other content, whether or not every move still fits', () => {
    const t = played(4);
    const other = { ...JSON.parse(t.save()), content: 'zzzzzzz' };
    const moves = other.nodes.length;
    expect(Timeline.load(JSON.stringify(other)).message).toBe(
      `This game was made with a different version of the scenario; all ${moves} moves still fit.`,
    );
    other.nodes[2].event = { ...other.nodes[2].event, choiceId: 'brief.removed.choice' };
    const cut = Timeline.load(JSON.stringify(other));
    expect(cut.dropped).toBe(moves - 2);
    expect(cut.message).toBe(
      `This game was made with a different version of the scenario; ${moves - 2} of ${moves} moves no longer fit and were dropped. The game resumes at the last move that still fits.`,
    );
  });

  it('refuses a damaged content version', () => {
    const file = { ...JSON.parse(played(1).save()), content: 42 };
    expect(() => parseSave(JSON.stringify(file))).toThrow(/content version is damaged/);
  });

  it('words the note in plain terms', () => {
    expect(replayNote(CONTENT_VERSION, 40, 0)).toBeNull();
    expect(replayNote(null, 40, 3)).toBe(
      '3 of 40 moves no longer fit this version of the game and were dropped; the game resumes at the last move that still fits.',
    );
    expect(replayNote('older00', 40, 1)).toMatch(
      /different version of the scenario; 1 of 40 moves no longer fits and was dropped/,
    );
  });
});

describe('content version in share codes', () => {
  it('encodes it and round-trips without a note', () => {
    const t = played(3);
    const code = encodeShareCode(t.seed, t.settings, t.session.log());
    expect(decodeShareCode(code).content).toBe(CONTENT_VERSION);
    const replay = replayShareCode(code, { strict: false });
    expect([replay.dropped, replay.message]).toEqual([0, null]);
  });

  it('still opens a version-1 code', () => {
    expect(decodeShareCode(V1_CODE).content).toBeNull();
    const replay = replayShareCode(V1_CODE);
    expect(replay.dropped).toBe(0);
    expect(replay.message).toBeNull();
    expect(replay.session.log()).toHaveLength(5);
    expect(replay.session.context).toEqual(Timeline.load(V2_SAVE).timeline.session.context);
  });
});
