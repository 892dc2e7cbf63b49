/**
 * Talk across the table as moves, through the session: when a line may be said, that the counterpart's
 * answers are true and stay consistent, that truth comes more readily with trust, that a step is one
 * level within its floor, what gestures and threats do, and that talk replays and travels in share codes.
 */
import { describe, expect, it } from 'vitest';
import { importanceOf, refusedLevels, topIssue, truthChance, type Utterance, VOLUNTEER_CHANCE } from '../model/dialogue.ts';
import { privateReservation } from '../model/hidden.ts';
import type { Side } from '../model/ids.ts';
import { issueIndex } from '../model/issues.ts';
import { dealValue } from '../model/phases.ts';
import { PRESETS } from '../model/presets.ts';
import { Session } from '../session/session.ts';
import type { SettingsInput } from '../session/settings.ts';
import { encodeShareCode, replayShareCode } from '../session/shareCode.ts';
import { effectivePackage } from './reduce.ts';
import { TALK_MINUTES } from './talk.ts';

/** A game with the US human against the computer, played to its first table turn for the US. */
function atTable(seed: number, extra: Omit<SettingsInput, 'seats'> = {}, side: Side = 'us'): Session {
  const seats = side === 'us' ? { us: 'human', dprk: 'ai' } : { us: 'ai', dprk: 'human' };
  const s = Session.start({ mode: 'open', ...extra, seats } as SettingsInput, seed);
  for (let guard = 0; guard < 300 && !s.over; guard++) {
    if (s.stepAuto()) continue;
    const view = s.view(side);
    if (view.beat?.kind === 'table') return s;
    const choice = view.choices.find((c) => c.enabled && !c.signs) ?? view.choices.find((c) => c.enabled);
    if (!choice) break;
    s.act({ type: 'CHOOSE', by: side, choiceId: choice.id });
  }
  throw new Error(`seed ${seed}: no table turn reached`);
}

const say = (s: Session, by: Side, line: Utterance) => s.act({ type: 'SAY', by, say: line });
const lastReply = (s: Session) => s.context.talk.lines.at(-1)?.reply;

describe('when a line may be said', () => {
  it('refuses lines with a clear message: not at the table, not to a student, malformed, over the limits', () => {
    const start = Session.start({ seats: { us: 'human', dprk: 'ai' }, mode: 'open' }, 3);
    expect(say(start, 'us', { kind: 'askTop' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/only possible while/),
    });

    const hotSeat = Session.start({ seats: { us: 'human', dprk: 'human' }, mode: 'open' }, 3);
    for (let guard = 0; guard < 200 && hotSeat.view().beat?.kind !== 'table'; guard++) {
      const v = hotSeat.view();
      const c = v.choices.find((x) => x.enabled && !x.signs) as (typeof v.choices)[number];
      hotSeat.act({ type: 'CHOOSE', by: v.turn?.side as Side, choiceId: c.id });
    }
    expect(hotSeat.view().beat?.kind).toBe('table');
    const turn = hotSeat.view().turn?.side as Side;
    expect(say(hotSeat, turn, { kind: 'askTop' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/talk to them directly/),
    });

    const s = atTable(3);
    expect(s.act({ type: 'SAY', by: 'dprk', say: { kind: 'askTop' } })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/computer/),
    });
    expect(s.act({ type: 'SAY', by: 'us', say: { kind: 'shout' } as never })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Unknown kind/),
    });
    expect(s.act({ type: 'SAY', by: 'us', say: { kind: 'prefer' } as never })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Name the issue/),
    });
    expect(say(s, 'us', { kind: 'askIssue', issue: 'drills' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not on the table/),
    });
    expect(say(s, 'us', { kind: 'favour' }).ok).toBe(true);
    expect(say(s, 'us', { kind: 'favour' }).ok).toBe(true);
    expect(say(s, 'us', { kind: 'favour' })).toMatchObject({ ok: false, error: expect.stringMatching(/weakness/) });
    expect(say(s, 'us', { kind: 'threaten' }).ok).toBe(true);
    expect(say(s, 'us', { kind: 'threaten' })).toMatchObject({ ok: false, error: expect.stringMatching(/twice/) });
  });

  it('asking for one more step needs an offer of theirs on the table', () => {
    const s = atTable(3);
    const standing = s.context.table?.standing;
    if (standing?.by === 'dprk')
      expect(s.act({ type: 'OFFER', by: 'us', pkg: s.context.table?.standing?.pkg as number[] }).ok).toBe(true);
    // Now the US offer stands (the DPRK answers on its turn; before that, nothing of theirs is there).
    if (s.view('us').turn?.side === 'us') {
      expect(say(s, 'us', { kind: 'oneMoreStep' })).toMatchObject({
        ok: false,
        error: expect.stringMatching(/no offer from the other side/),
      });
    } else {
      s.stepAuto();
      expect(s.context.table?.standing?.by === 'dprk' || s.view('us').beat?.kind !== 'table').toBe(true);
    }
  });

  it('keeps the turn with the speaker and runs the clock', () => {
    const s = atTable(5);
    const clock = s.context.clock;
    expect(say(s, 'us', { kind: 'askTop' }).ok).toBe(true);
    expect(s.context.clock).toBe(clock + TALK_MINUTES.short);
    expect(s.view('us').turn?.side).toBe('us');
    expect(say(s, 'us', { kind: 'favour' }).ok).toBe(true);
    expect(s.context.clock).toBe(clock + TALK_MINUTES.short + TALK_MINUTES.long);
  });
});

describe('what the counterpart answers', () => {
  const seeds = Array.from({ length: 60 }, (_, i) => i + 1);

  it('tells only the truth, and says the same again once it has said it', () => {
    let truthful = 0;
    for (const seed of seeds) {
      const s = atTable(seed);
      for (let n = 0; n < 2; n++) {
        say(s, 'us', { kind: 'askTop' });
        const reply = lastReply(s);
        if (!s.view('us').table?.open) break;
        if (reply?.kind === 'top') {
          truthful++;
          expect(reply.issue).toBe(topIssue('dprk', false));
          say(s, 'us', { kind: 'askTop' });
          expect(lastReply(s)).toEqual(reply);
          break;
        }
        expect(reply).toEqual({ kind: 'evade' });
      }
      say(s, 'us', { kind: 'askIssue', issue: 'warheads' });
      const reply = lastReply(s);
      if (reply?.kind === 'importance') {
        const offers = s.context.table?.offers.filter((o) => o.by === 'us') ?? [];
        const base = offers.at(-1)?.pkg;
        if (base) expect(reply.refuses).toEqual(refusedLevels('dprk', 'warheads', base, s.context.meters));
        expect(reply.importance).toBe(importanceOf('dprk', 'warheads', false));
      }
    }
    expect(truthful).toBeGreaterThan(10);
  });

  it('answers more often when it trusts the asker', () => {
    const answered = (trustDPRK: number) =>
      seeds.filter((seed) => {
        const s = atTable(seed, { meters: { trustDPRK } });
        say(s, 'us', { kind: 'askTop' });
        return lastReply(s)?.kind === 'top';
      }).length;
    const low = answered(0.1);
    const high = answered(0.9);
    expect(high).toBeGreaterThan(low + 10);
  });

  it('moves its offer one level for one more step, never below its own reservation value', () => {
    let steps = 0;
    let refusals = 0;
    for (const seed of seeds) {
      const s = atTable(seed);
      if (s.context.table?.standing?.by !== 'dprk') continue;
      for (let n = 0; n < 10 && s.view('us').table?.open && s.view('us').turn?.side === 'us'; n++) {
        const before = s.context.table?.standing?.pkg as readonly number[];
        const refusedBefore = s.context.table?.refused.dprk ?? 0;
        if (!say(s, 'us', { kind: 'oneMoreStep' }).ok) break;
        const reply = lastReply(s);
        if (reply?.kind === 'noStep') {
          refusals++;
          expect(s.context.table?.refused.dprk).toBe(refusedBefore + 1);
          continue;
        }
        expect(reply?.kind).toBe('step');
        if (reply?.kind !== 'step') continue;
        steps++;
        const after = s.context.table?.standing?.pkg as readonly number[];
        expect(s.context.table?.standing?.by).toBe('dprk');
        expect(after.filter((l, i) => l !== before[i])).toHaveLength(1);
        expect(after[issueIndex(reply.issue)]).toBe(reply.level);
        const ctx = s.context;
        expect(dealValue('dprk', effectivePackage(ctx, after), ctx.meters)).toBeGreaterThanOrEqual(
          privateReservation('dprk', ctx.meters, ctx.seed) - 1e-9,
        );
      }
    }
    expect(steps).toBeGreaterThan(20);
    expect(refusals).toBeGreaterThan(0);
  });

  it('a gesture warms it and is returned with a step; a threat chills it', () => {
    const s = atTable(7);
    const liking = s.context.talk.likeability.dprk;
    say(s, 'us', { kind: 'favour' });
    expect(lastReply(s)).toEqual({ kind: 'thanks' });
    expect(s.context.talk.likeability.dprk).toBeGreaterThan(liking);
    const warm = s.context.talk.likeability.dprk;
    const trust = s.context.meters.trustDPRK;
    say(s, 'us', { kind: 'threaten' });
    expect(['threatBelieved', 'threatDismissed']).toContain(lastReply(s)?.kind);
    expect(s.context.talk.likeability.dprk).toBeLessThan(warm);
    expect(s.context.meters.trustDPRK).toBeLessThan(trust);

    let returned = 0;
    for (const seed of seeds) {
      const g = atTable(seed);
      if (g.context.table?.standing?.by !== 'dprk') continue;
      say(g, 'us', { kind: 'favour' });
      if (!g.view('us').table?.open) continue;
      say(g, 'us', { kind: 'oneMoreStep' });
      const reply = lastReply(g);
      if (reply?.kind === 'step') {
        expect(reply.calledFavour).toBe(true);
        returned++;
      }
    }
    expect(returned).toBeGreaterThan(20);
  });

  it('a contradicted preference is not believed and costs liking', () => {
    const s = atTable(9);
    say(s, 'us', { kind: 'prefer', issue: 'otherSites' });
    expect(lastReply(s)).toEqual({ kind: 'noted' });
    const belief = s.context.beliefs.dprk;
    const liking = s.context.talk.likeability.dprk;
    say(s, 'us', { kind: 'prefer', issue: 'declaration' });
    expect(lastReply(s)).toEqual({ kind: 'contradicts', earlier: 'otherSites' });
    expect(s.context.beliefs.dprk).toEqual(belief);
    expect(s.context.talk.likeability.dprk).toBeLessThan(liking);
  });
});

describe('the counterpart speaks first', () => {
  /** The US tables its big deal (which the DPRK refuses) and the computer answers; `rounds` times. */
  function refuseRounds(s: Session, rounds: number): void {
    for (let r = 0; r < rounds && !s.over; r++) {
      const view = s.view('us');
      if (view.beat?.kind !== 'table' || view.turn?.side !== 'us') break;
      expect(s.act({ type: 'OFFER', by: 'us', pkg: PRESETS.usBigDeal.pkg }).ok).toBe(true);
      while (!s.over && s.stepAuto()) {}
    }
  }
  const volunteered = (s: Session) => s.context.talk.lines.filter((l) => l.reply.kind === 'volunteered');
  const seedsHere = [1, 2, 3, 4, 5, 6];

  it('once, truthfully, when it trusts the other side enough to answer more likely than not', () => {
    expect(truthChance(0.9, 0)).toBeGreaterThanOrEqual(VOLUNTEER_CHANCE);
    for (const seed of seedsHere) {
      const s = atTable(seed, { meters: { trustDPRK: 0.9 } });
      refuseRounds(s, 4);
      const lines = volunteered(s);
      expect(lines, `seed ${seed}`).toHaveLength(1);
      const [line] = lines;
      expect(line.by).toBe('dprk');
      expect(line.say).toEqual({ kind: 'prefer', issue: topIssue('dprk', false) });
      // Said with a counteroffer: at the minute of one of its offers.
      expect(
        s.context.table?.offers.some((o) => o.by === 'dprk' && o.at === line.at),
        `seed ${seed}`,
      ).toBe(true);
    }
  });

  it("at the game's own trust it stays quiet, and two goodwill gestures make it speak", () => {
    for (const seed of seedsHere) {
      const plain = atTable(seed);
      refuseRounds(plain, 3);
      expect(volunteered(plain), `seed ${seed}`).toEqual([]);
      const warmed = atTable(seed);
      say(warmed, 'us', { kind: 'favour' });
      say(warmed, 'us', { kind: 'favour' });
      refuseRounds(warmed, 3);
      expect(volunteered(warmed), `seed ${seed}`).toHaveLength(1);
    }
  });

  it('never while it distrusts the other side, never to another computer, and not after answering the question', () => {
    expect(truthChance(0.1, 0)).toBeLessThan(VOLUNTEER_CHANCE);
    for (const seed of seedsHere) {
      const wary = atTable(seed, { meters: { trustDPRK: 0.1 } });
      refuseRounds(wary, 4);
      expect(volunteered(wary), `seed ${seed}`).toEqual([]);

      const asked = atTable(seed, { meters: { trustDPRK: 0.9 } });
      say(asked, 'us', { kind: 'askTop' });
      const answered = lastReply(asked)?.kind === 'top';
      refuseRounds(asked, 4);
      expect(volunteered(asked).length, `seed ${seed}`).toBe(answered ? 0 : 1);

      const computers = Session.start(
        { mode: 'open', seats: { us: 'ai', dprk: 'ai' }, meters: { trustDPRK: 0.9, trustUS: 0.9 } },
        seed,
      );
      computers.runAuto();
      expect(computers.context.talk.lines, `seed ${seed}`).toEqual([]);
    }
  });
});

describe('talk on the record and in replays', () => {
  it('a question keeps a historical game on the record; a gesture leaves it', () => {
    const s = atTable(4, { mode: 'historical' });
    expect(s.context.departed).toBe(false);
    say(s, 'us', { kind: 'askTop' });
    say(s, 'us', { kind: 'prefer', issue: 'otherSites' });
    expect(s.context.departed).toBe(false);
    say(s, 'us', { kind: 'favour' });
    expect(s.context.departed).toBe(true);
  });

  it('replays exactly from its log and from a share code', () => {
    const s = atTable(12);
    const lines: Utterance[] = [
      { kind: 'prefer', issue: 'otherSites' },
      { kind: 'askTop' },
      { kind: 'askIssue', issue: 'verification' },
      { kind: 'favour' },
      { kind: 'oneMoreStep' },
      { kind: 'threaten' },
    ];
    for (const line of lines) if (s.view('us').table?.open && s.view('us').turn?.side === 'us') say(s, 'us', line);
    expect(s.context.talk.lines.length).toBeGreaterThan(2);
    const code = encodeShareCode(s.seed, s.settings, s.log());
    const replay = replayShareCode(code);
    expect(replay.dropped).toBe(0);
    expect(replay.session.context).toEqual(s.context);
  });
});

describe('talk under fuzzing', () => {
  it('random lines and moves against the counterpart: refused lines change nothing, games replay exactly', () => {
    const kinds: Utterance[] = [
      { kind: 'prefer', issue: 'sanctions' },
      { kind: 'prefer', issue: 'otherSites' },
      { kind: 'askTop' },
      { kind: 'askIssue', issue: 'verification' },
      { kind: 'askIssue', issue: 'drills' },
      { kind: 'oneMoreStep' },
      { kind: 'threaten' },
      { kind: 'favour' },
    ];
    let said = 0;
    let refused = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const side: Side = seed % 2 ? 'us' : 'dprk';
      const s = Session.start(
        {
          seats: { us: side === 'us' ? 'human' : 'ai', dprk: side === 'dprk' ? 'human' : 'ai' },
          mode: seed % 3 ? 'open' : 'historical',
        },
        seed,
      );
      let u = seed * 7919;
      const draw = () => {
        u = (Math.imul(u, 1103515245) + 12345) >>> 0;
        return u / 2 ** 32;
      };
      for (let guard = 0; guard < 400 && !s.over; guard++) {
        if (s.stepAuto()) continue;
        const view = s.view(side);
        if (view.beat?.kind === 'table') {
          const r = draw();
          if (r < 0.5) {
            const before = s.context;
            const result = say(s, side, kinds[Math.floor(draw() * kinds.length)]);
            if (result.ok) said++;
            else {
              refused++;
              expect(typeof result.error).toBe('string');
              expect(s.context).toBe(before);
            }
            continue;
          }
          const standing = s.context.table?.standing;
          if (standing && standing.by !== side && r < 0.6) s.act({ type: 'ACCEPT', by: side });
          else
            s.act({
              type: 'OFFER',
              by: side,
              pkg: (standing?.pkg ?? s.context.table?.offers.at(-1)?.pkg ?? [0, 0, 0, 0, 0, 0, 0, 2, 1, 1, 1, 0]) as number[],
            });
          continue;
        }
        const enabled = view.choices.filter((c) => c.enabled);
        if (view.beat?.kind === 'scope') s.act({ type: 'DEFINE_SCOPE', by: side, facilities: [] });
        else s.act({ type: 'CHOOSE', by: side, choiceId: enabled[Math.floor(draw() * enabled.length)].id });
      }
      expect(s.over).toBe(true);
      const replay = replayShareCode(encodeShareCode(s.seed, s.settings, s.log()));
      expect(replay.session.context).toEqual(s.context);
    }
    expect(said).toBeGreaterThan(40);
    expect(refused).toBeGreaterThan(5);
  });
});
