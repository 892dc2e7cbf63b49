/**
 * The counterpart's reasons as a seat's View carries them: they come with the computer's counteroffer
 * to that seat's offer, only in that seat's View, and every "would accept if" holds in the game
 * itself: replayed from before the offer with the changes made, the computer accepts. Saves and
 * share codes stay as they were (the reasons are derived, never logged).
 */
import { describe, expect, it } from 'vitest';
import { autoMove } from '../machine/ai.ts';
import { actingSide, currentBeat } from '../machine/reduce.ts';
import { step } from '../machine/step.ts';
import type { GameEvent } from '../machine/types.ts';
import { otherSide, type Side } from '../model/ids.ts';
import { issueIndex, issuesInPlay, LEVEL_COUNTS } from '../model/issues.ts';
import { type Package, withLevels } from '../model/package.ts';
import { rngStream } from '../model/rng.ts';
import { idealPackage } from '../model/search.ts';
import { contribution } from '../model/utility.ts';
import { adversarySettings, dealSeekingChoice } from './adversaries/play.ts';
import { Session } from './session.ts';
import { encodeShareCode } from './shareCode.ts';
import type { LastAnswerView } from './view.ts';

interface Answered {
  readonly events: readonly GameEvent[];
  readonly offer: GameEvent & { type: 'OFFER' };
  readonly answer: LastAnswerView;
  readonly reply: GameEvent;
}

/**
 * A seeded human who concedes a random level towards the computer each turn, from its own ideal,
 * and records every answer with reasons its View showed (and the game up to its offer).
 */
function play(side: Side, seed: number, drills = false): { session: Session; answered: Answered[] } {
  const s = Session.start(adversarySettings(side, { drills }), seed);
  const draw = rngStream(seed * 7 + 1);
  const ai = otherSide(side);
  let mine: number[] = idealPackage(side, drills).slice();
  const answered: Answered[] = [];
  for (let guard = 0; guard < 600 && !s.over; guard++) {
    if (s.stepAuto()) continue;
    const beat = currentBeat(s.context);
    if (!beat) break;
    if (beat.kind !== 'table') {
      s.act(dealSeekingChoice(s.context, side));
      continue;
    }
    const toward = issuesInPlay(drills).filter(
      (i) =>
        contribution(ai, i, mine[i] + 1) > contribution(ai, i, mine[i]) ||
        contribution(ai, i, mine[i] - 1) > contribution(ai, i, mine[i]),
    );
    if (toward.length > 0) {
      const i = toward[Math.floor(draw() * toward.length)];
      const up = mine[i] + 1 < LEVEL_COUNTS[i] && contribution(ai, i, mine[i] + 1) > contribution(ai, i, mine[i]);
      mine = mine.slice();
      mine[i] += up ? 1 : -1;
    }
    const offer = { type: 'OFFER' as const, by: side, pkg: mine.slice() };
    const events = s.log();
    expect(s.act(offer).ok).toBe(true);
    const reply = s.stepAuto();
    const answer = s.view(side).table?.lastAnswer ?? null;
    if (reply?.type === 'OFFER' && s.context.table && answer) answered.push({ events, offer, answer, reply });
    if (reply?.type === 'OFFER') expect(s.view(ai).table?.lastAnswer ?? null).toBeNull();
  }
  return { session: s, answered };
}

const GAMES: readonly [Side, number][] = [
  ...Array.from({ length: 12 }, (_, k) => ['us', 300 + k] as [Side, number]),
  ...Array.from({ length: 12 }, (_, k) => ['dprk', 400 + k] as [Side, number]),
];
const applied = (pkg: Package, answer: LastAnswerView) =>
  withLevels(pkg, Object.fromEntries((answer.reasons.wouldAcceptIf ?? []).map((c) => [c.issue, c.level])));

describe('reasons in the View', () => {
  it('come with the computer’s counteroffer, from the very state it decided in, and hold when replayed', () => {
    let answers = 0;
    let claims = 0;
    for (const [side, seed] of GAMES) {
      const { answered } = play(side, seed);
      for (const a of answered) {
        answers++;
        expect(a.answer.by).toBe(otherSide(side));
        expect(a.answer.to).toEqual(a.offer.pkg);
        // The counterpart's state is the game's: its move there is the reply it made.
        const before = Session.replay(seed, adversarySettings(side), a.events);
        expect(autoMove(step(before.context, a.offer))).toEqual(a.reply);
        const fix = a.answer.reasons.wouldAcceptIf;
        if (!fix || fix.length === 0) continue;
        claims++;
        const changed = applied(a.offer.pkg, a.answer);
        expect(before.act({ ...a.offer, pkg: changed }).ok).toBe(true);
        expect(before.stepAuto(), `seed ${seed}, ${side} offered ${changed}`).toEqual({ type: 'ACCEPT', by: otherSide(side) });
      }
    }
    console.log(`reasons: ${answers} answered offers, ${claims} "would accept if" claims replayed and accepted`);
    expect(answers).toBeGreaterThan(100);
    expect(claims).toBeGreaterThan(15);
  }, 120_000);

  it('leave saves and share codes as they were, and are the same after a replay', () => {
    const { session, answered } = play('dprk', 401);
    expect(answered.length).toBeGreaterThan(0);
    const quiet = Session.replay(session.seed, session.settings, session.log());
    expect(quiet.save()).toBe(session.save());
    expect(encodeShareCode(quiet.seed, quiet.settings, quiet.log())).toBe(
      encodeShareCode(session.seed, session.settings, session.log()),
    );
    expect(session.save()).not.toMatch(/reasons|wouldAcceptIf|costly/);
    const last = answered[answered.length - 1];
    const again = Session.replay(session.seed, session.settings, [...last.events, last.offer, last.reply]);
    expect(again.view(last.offer.by).table?.lastAnswer).toEqual(last.answer);
  }, 60_000);

  it('name the issue of a red line the offer crosses, and a random seat gets none', () => {
    const s = Session.start(adversarySettings('us'), 5);
    for (let guard = 0; guard < 200 && !(currentBeat(s.context)?.kind === 'table' && actingSide(s.context) === 'us'); guard++)
      if (!s.stepAuto()) s.act(dealSeekingChoice(s.context, 'us'));
    // All weapons and fuel handed over: the Libya model, the DPRK's red line.
    const pkg = withLevels(idealPackage('us', false), { warheads: 3 });
    expect(s.act({ type: 'OFFER', by: 'us', pkg }).ok).toBe(true);
    expect(s.stepAuto()?.type).toBe('OFFER');
    const reasons = s.view('us').table?.lastAnswer?.reasons;
    expect(reasons?.redLine).toEqual({ issue: 'warheads', needs: 2, bound: 'atMost' });
    expect(reasons?.costly.length).toBeGreaterThan(0);
    expect(pkg[issueIndex('warheads')]).toBe(3);

    const random = Session.start({ ...adversarySettings('us'), seats: { us: 'human', dprk: 'random' } }, 5);
    for (let guard = 0; guard < 400 && !random.over; guard++) {
      if (random.stepAuto()) {
        expect(random.view('us').table?.lastAnswer ?? null).toBeNull();
        continue;
      }
      const beat = currentBeat(random.context);
      if (!beat) break;
      random.act(beat.kind === 'table' ? { type: 'OFFER', by: 'us', pkg } : dealSeekingChoice(random.context, 'us'));
    }
  }, 60_000);
});
