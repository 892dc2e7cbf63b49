/**
 * npm run -s decision-odds -- [--seed 3] [--mode historical|open] [--rollouts 200]
 *
 * The debrief's "this choice moved the odds of a deal" lines for one scripted US game, in Node: a US
 * player against the computer who takes the first open choice at every beat (as `e2e/odds.spec.ts`
 * does for its first decisions) and tables the US paper (the big deal) at every table turn; at the
 * end of the talks that first choice accepts the DPRK's offer as it stands. For each of its narrative
 * decisions: the share of
 * rollouts ending in a deal from the state just before and just after, and the margin. The same
 * functions as the debrief (`decisionPoints`, `oddsFrom`, `oddsShift`). Prints JSON; docs/model.md
 * ("What each decision did to the odds of a deal") quotes it.
 */
import { PRESETS } from '../src/sim/model/presets.ts';
import { decisionPoints, oddsShift, shiftIsClear } from '../src/sim/session/decisionOdds.ts';
import { oddsFrom } from '../src/sim/session/odds.ts';
import { Session } from '../src/sim/session/session.ts';
import { intArg, MAX_SEED, parseArgs, runCli } from './args.ts';

function play(seed: number, mode: 'open' | 'historical'): Session {
  const s = Session.start({ seats: { us: 'human', dprk: 'ai' }, mode }, seed);
  for (let guard = 0; guard < 600 && !s.over; guard++) {
    if (s.stepAuto()) continue;
    const view = s.view('us');
    if (!view.turn) break;
    if (view.beat?.kind === 'table') {
      if (s.act({ type: 'OFFER', by: 'us', pkg: PRESETS.usBigDeal.pkg }).ok) continue;
      if (s.act({ type: 'ADJOURN', by: 'us' }).ok) continue;
    }
    const pick = view.choices.find((c) => c.enabled);
    if (pick && s.act({ type: 'CHOOSE', by: 'us', choiceId: pick.id }).ok) continue;
    if (!s.act({ type: 'DEFINE_SCOPE', by: 'us', facilities: [] }).ok) break;
  }
  return s;
}

runCli(() => {
  const args = parseArgs(process.argv.slice(2), ['seed', 'mode', 'rollouts', 'json']);
  const seed = intArg(args, 'seed', 3, MAX_SEED);
  const rollouts = intArg(args, 'rollouts', 200, 5000);
  const mode = args.get('mode') ?? 'historical';
  if (mode !== 'open' && mode !== 'historical') throw new Error('--mode is open or historical');
  const s = play(seed, mode);
  const points = decisionPoints(s, 100).map((p) => {
    const shift = oddsShift(oddsFrom(p.before, rollouts), oddsFrom(p.after, rollouts));
    return {
      beat: p.beatId,
      choice: p.choiceId,
      before: shift.before,
      after: shift.after,
      margin: Math.round(shift.margin * 1000) / 1000,
      clear: shiftIsClear(shift),
    };
  });
  return { seed, mode, rollouts, ending: s.context.ending, points };
});
