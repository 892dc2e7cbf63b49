/** npm run -s explore -- --json : reachability of every beat, choice and ending from the machine's graph. */

import { exploreGraph } from '../src/sim/machine/explore.ts';
import { runCli } from './args.ts';

runCli(() => {
  const r = exploreGraph();
  return {
    decisionPoints: r.decisionPoints,
    choices: r.choices,
    endings: r.endings,
    unreachable: r.unreachable,
    deadEnds: r.deadEnds,
    states: r.states,
  };
});
