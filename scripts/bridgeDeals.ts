/**
 * npm run -s bridge:deals [-- --seeds 200] [--values 'us.otherSites=0,0.5,1;dprk.warheads=1,0.7,0.2,0']
 *
 * What the bridges signed in the calibration's no-Cohen games say, issue by issue, against the analysts'
 * "Yongbyon-plus" bridge (`PRESETS.yongbyonPlus`): how many are within one, two, three issues of it, how
 * often each level of each issue is agreed, and how far the DPRK's own definition of "Yongbyon" capped
 * the scope (the dispute beat). With the reference packages' face values, the walk-away values of the
 * no-Cohen state, the bridge's phased surplus there and the Nash point's distance (`bridgeNash`), and
 * the Nash point of the state each bridge was signed in (`nashAtSigning`): how far it is from the
 * reference bridge and from the deal. And how far each deal is from a weak Pareto improvement on the
 * bridge in its signing state (`paretoImprovementOnBridge`: `deals` that are one themselves, `withinTwo`,
 * and `farDeals`, those more than two issues from the bridge, against random packages as far).
 * Prints JSON; docs/model.md ("Deals that look like Hanoi") quotes it.
 *
 * `--values` asks "what if": it replaces level value scales (side.issue=one value per level, `;` between
 * scales) in this process only, before the model loads, as the fits' evaluate.ts does, so a figure
 * docs/model.md gives for a table not in issues.ts has a command too. It changes no file.
 * `--facility-taste us,dprk` asks the same of the computer seats' taste for the facilities a definition
 * of "Yongbyon" names at the dispute beats (`FACILITY_TASTE` in src/sim/machine/ai.ts; 0.01,-0.01).
 */
import type { Meters } from '../src/sim/model/hidden.ts';
import { ISSUES, issueIndex } from '../src/sim/model/issues.ts';
import type { Package } from '../src/sim/model/package.ts';
import { intArg, parseArgs, runCli } from './args.ts';
import { bridgesWithin } from './fit/bridgeObjective.ts';

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Writes `--values` into the loaded issue table; throws a readable message on a malformed scale. */
function applyValues(spec: string): void {
  const seen = new Set<string>();
  for (const part of spec.split(';').filter((p) => p.trim() !== '')) {
    const m = /^\s*(us|dprk)\.([A-Za-z]+)=([0-9.,\s]+)$/.exec(part);
    if (!m) throw new Error(`--values: "${part}" is not side.issue=v0,v1,… (e.g. us.otherSites=0,0.5,1)`);
    const issue = ISSUES.find((i) => i.id === m[2]);
    if (!issue) throw new Error(`--values: no issue "${m[2]}"`);
    const scale = issue.value[m[1] as 'us' | 'dprk'] as number[];
    const entries = m[3].split(',').map((x) => x.trim());
    if (entries.some((x) => !/^\d*\.?\d+$/.test(x))) throw new Error(`--values: ${m[1]}.${m[2]} has an empty or malformed value`);
    if (seen.has(`${m[1]}.${m[2]}`)) throw new Error(`--values: ${m[1]}.${m[2]} is given twice`);
    seen.add(`${m[1]}.${m[2]}`);
    const next = entries.map(Number);
    if (next.length !== scale.length || next.some((x) => !(x >= 0 && x <= 1)))
      throw new Error(`--values: ${m[1]}.${m[2]} needs ${scale.length} values in [0, 1]`);
    next.forEach((x, i) => {
      scale[i] = x;
    });
  }
}

let args: Map<string, string | true> = new Map();
let values: string | true | undefined;
let taste: readonly [number, number] | null = null;
try {
  args = parseArgs(process.argv.slice(2), ['seeds', 'values', 'facility-taste', 'json']);
  values = args.get('values');
  if (values === true) throw new Error("--values needs a scale, e.g. --values 'us.otherSites=0,0.5,1'");
  if (typeof values === 'string') applyValues(values);
  const tasteArg = args.get('facility-taste');
  if (tasteArg !== undefined) {
    const m = typeof tasteArg === 'string' ? /^\s*(-?\d*\.?\d+)\s*,\s*(-?\d*\.?\d+)\s*$/.exec(tasteArg) : null;
    if (!m)
      throw new Error('--facility-taste needs two numbers, the US taste and the DPRK one, e.g. --facility-taste 0.01,-0.0025');
    taste = [Number(m[1]), Number(m[2])];
  }
} catch (err) {
  process.stdout.write(`${JSON.stringify({ error: (err as Error).message })}\n`);
  process.exit(2);
}
// The model precomputes its tables from the issue table as it loads: only now may it load.
const { scopeLevel } = await import('../src/sim/content/facilities.ts');
const { reservation } = await import('../src/sim/model/hidden.ts');
const { issuesOff } = await import('../src/sim/model/package.ts');
const { PRESETS } = await import('../src/sim/model/presets.ts');
const { rawUtility } = await import('../src/sim/model/utility.ts');
const { bridgeNash, NO_COHEN_METERS } = await import('../src/sim/session/bridgeNash.ts');
const { bridgesOf, cohenGames, noCohenGames, usWalkouts } = await import('../src/sim/session/calibrationFigures.ts');
const { nashPoint } = await import('../src/sim/model/nash.ts');
const { issuesFromImprovement } = await import('../src/sim/model/improvement.ts');
const { surpluses } = await import('../src/sim/model/nash.ts');
const { LEVEL_COUNTS, OPTIONAL } = await import('../src/sim/model/issues.ts');
const { rngStream, seedRng } = await import('../src/sim/model/rng.ts');
const { FACILITY_TASTE } = await import('../src/sim/machine/ai.ts');
if (taste) [FACILITY_TASTE.us, FACILITY_TASTE.dprk] = taste;

/**
 * The yardstick for `paretoImprovementOnBridge.farDeals`: for each deal more than two issues from the
 * bridge, `perDeal` packages drawn at random at the same distance from the bridge among those both sides
 * would sign in that deal's state (both surpluses positive, no red line), and how many of them are within
 * two issues of an improvement on the bridge. A deal within two of the bridge is within two of an
 * improvement by construction (the bridge is one wherever it crosses no red line), so only the far deals
 * say something. Seeded, so the figure reproduces.
 */
function randomSignableAtDistance(deals: readonly { meters: Meters; apart: number }[], reference: Package, perDeal: number) {
  const draw = rngStream(seedRng(5));
  const free = LEVEL_COUNTS.map((_, i) => i).filter((i) => !OPTIONAL[i]);
  let drawn = 0;
  let near = 0;
  for (const { meters, apart } of deals) {
    for (let got = 0, tries = 0; got < perDeal && tries < 1_000_000; tries++) {
      const pkg = [...reference];
      const order = [...free];
      for (let k = 0; k < apart; k++) {
        const j = k + Math.floor(draw() * (order.length - k));
        [order[k], order[j]] = [order[j], order[k]];
        const i = order[k];
        const other = Math.floor(draw() * (LEVEL_COUNTS[i] - 1));
        pkg[i] = other >= reference[i] ? other + 1 : other;
      }
      const s = surpluses(pkg, meters);
      if (!s || s.us <= 0 || s.dprk <= 0) continue;
      got++;
      drawn++;
      if ((issuesFromImprovement(pkg, reference, meters) ?? Number.POSITIVE_INFINITY) <= 2) near++;
    }
  }
  return { drawn, withinTwo: near };
}

runCli(() => {
  const seeds = intArg(args, 'seeds', 200, 100_000);
  const bridge = PRESETS.yongbyonPlus.pkg;
  const noCohen = noCohenGames(seeds);
  const bridges = bridgesOf(noCohen).flatMap((c) =>
    c.valuation ? [{ pkg: c.valuation.pkg, scope: c.scope.dprk, meters: c.valuation.meters }] : [],
  );
  // The Nash point of the state each bridge was signed in: the meters the game's choices left, not the
  // no-Cohen start that `bridgeNash` reads. Where it sits says whether the deals stray from their own
  // state's best bargain or the state strays from the one the reference bridge was fitted to. It reads
  // the public walk-away values (no per-seed shift) and ignores the DPRK's Yongbyon definition, so
  // `overDefinition` counts the states where it asks more Yongbyon than that definition delivers.
  const atSigning = bridges.flatMap((b) => {
    const n = nashPoint(b.meters);
    if (!n) return [];
    const off = issuesOff(n.pkg, bridge);
    return [
      {
        fromBridge: off.length,
        fromDeal: issuesOff(b.pkg, n.pkg).length,
        overDefinition: b.scope !== null && n.pkg[issueIndex('yongbyon')] > scopeLevel(b.scope),
        off: off.map((id) => `${id} L${n.pkg[issueIndex(id)]}`),
      },
    ];
  });
  // Does a deal that strays from the bridge stray toward a bargain better for both? The distance from
  // each deal to the nearest package both sides value at least as much as the bridge, in the state it
  // was signed in (0: the deal itself is such a package).
  const fromImprovement = bridges.map((b) => issuesFromImprovement(b.pkg, bridge, b.meters));
  const improvementKnown = fromImprovement.filter((d): d is number => d !== null);
  const improvingDiffer: Record<string, number> = {};
  bridges.forEach((b, i) => {
    if (fromImprovement[i] !== 0) return;
    for (const id of issuesOff(b.pkg, bridge)) {
      const key = `${id} L${b.pkg[issueIndex(id)]}`;
      improvingDiffer[key] = (improvingDiffer[key] ?? 0) + 1;
    }
  });
  const nashDiffers: Record<string, number> = {};
  for (const x of atSigning) for (const key of x.off) nashDiffers[key] = (nashDiffers[key] ?? 0) + 1;
  const meanOf = (xs: readonly number[]) => (xs.length ? round(xs.reduce((a, x) => a + x, 0) / xs.length) : null);
  const distances = bridges.map((b) => issuesOff(b.pkg, bridge).length);
  const within = (k: number) => bridgesWithin(distances, k);
  const levels = Object.fromEntries(
    ISSUES.map((issue, i) => {
      const counts = issue.levels.map((_, level) => bridges.filter((b) => b.pkg[i] === level).length);
      return [issue.id, { bridge: bridge[i], agreed: counts }];
    }),
  );
  const caps: Record<string, number> = {};
  for (const b of bridges) {
    const key = b.scope ? `L${scopeLevel(b.scope)}` : 'undefined';
    caps[key] = (caps[key] ?? 0) + 1;
  }
  const face = (id: 'dprkHanoiOffer' | 'usBigDeal' | 'yongbyonPlus') => ({
    us: round(rawUtility('us', PRESETS[id].pkg, { linkage: false })),
    dprk: round(rawUtility('dprk', PRESETS[id].pkg, { linkage: false })),
  });
  const nash = bridgeNash();
  return {
    seeds,
    values: typeof values === 'string' ? values : 'issues.ts',
    facilityTaste: { us: FACILITY_TASTE.us, dprk: FACILITY_TASTE.dprk },
    faceValues: { dprkHanoiOffer: face('dprkHanoiOffer'), usBigDeal: face('usBigDeal'), yongbyonPlus: face('yongbyonPlus') },
    noCohenWalkAway: { us: round(reservation('us', NO_COHEN_METERS)), dprk: round(reservation('dprk', NO_COHEN_METERS)) },
    bridgeSurplus: nash.bridgeSurplus && { us: round(nash.bridgeSurplus.us), dprk: round(nash.bridgeSurplus.dprk) },
    nashIssuesApart: nash.issuesApart,
    nashDiffers: nash.differs,
    usWalksWithCohen: usWalkouts(cohenGames(seeds)).length,
    bridgesWithoutCohen: bridges.length,
    within: { one: within(1), two: within(2), three: within(3), four: within(4) },
    meanIssuesApart: meanOf(distances),
    paretoImprovementOnBridge: {
      deals: improvementKnown.filter((d) => d === 0).length,
      withinTwo: bridgesWithin(improvementKnown, 2),
      meanIssuesApart: meanOf(improvementKnown),
      none: fromImprovement.length - improvementKnown.length,
      dealsDifferFromBridge: improvingDiffer,
      farDeals: {
        count: bridges.filter((_, i) => distances[i] > 2).length,
        withinTwo: bridges.filter((_, i) => distances[i] > 2 && (fromImprovement[i] ?? Number.POSITIVE_INFINITY) <= 2).length,
        randomSignableAtSameDistance: randomSignableAtDistance(
          bridges.flatMap((b, i) => (distances[i] > 2 ? [{ meters: b.meters, apart: distances[i] }] : [])),
          bridge,
          10,
        ),
      },
    },
    nashAtSigning: {
      meanIssuesFromBridge: meanOf(atSigning.map((x) => x.fromBridge)),
      withinTwoOfBridge: atSigning.filter((x) => x.fromBridge <= 2).length,
      meanIssuesFromDeal: meanOf(atSigning.map((x) => x.fromDeal)),
      dealsWithinTwoOfIt: atSigning.filter((x) => x.fromDeal <= 2).length,
      overDefinition: atSigning.filter((x) => x.overDefinition).length,
      trustDrift: Object.fromEntries(
        (['trustUS', 'trustDPRK'] as const).map((m) => {
          const drift = bridges.map((b) => b.meters[m] - NO_COHEN_METERS[m]);
          return [m, { min: round(Math.min(...drift)), max: round(Math.max(...drift)) }];
        }),
      ),
      differsFromBridge: nashDiffers,
    },
    levels,
    dprkDefinitionLevel: caps,
  };
});
