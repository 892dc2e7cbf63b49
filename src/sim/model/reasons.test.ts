/**
 * The counterpart's reasons hold in the state it decided in: every "would accept if" really makes
 * `deliberate` accept, the red line named is really crossed and the level it names clears it, no
 * smaller set of changes would have done, and the same state always gives the same reasons.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deliberate, type TableView } from './counterpart.ts';
import { HISTORICAL_METERS, type Meters } from './hidden.ts';
import { METER_IDS, otherSide, PERSONAS, type Side } from './ids.ts';
import { ISSUE_IDS, issueIndex, issuesInPlay, LEVEL_COUNTS } from './issues.ts';
import { initialBelief, updateBelief, updateRvGuess } from './opponentModel.ts';
import { level, makePackage, type Package, withLevels } from './package.ts';
import { explainAnswer, type Reasons, withOffer } from './reasons.ts';
import { contribution, redLine, redLineCrossings } from './utility.ts';

const arbSide = fc.constantFrom<Side>('us', 'dprk');
const arbMeters = fc
  .tuple(...METER_IDS.map(() => fc.double({ min: 0.05, max: 0.95, noNaN: true })))
  .map((xs) => Object.fromEntries(METER_IDS.map((id, i) => [id, xs[i]])) as unknown as Meters);
const arbPackage = (withDrills: boolean) =>
  fc.tuple(...LEVEL_COUNTS.map((n, i) => fc.integer({ min: 0, max: issuesInPlay(withDrills).includes(i) ? n - 1 : 0 })));

/**
 * A seeded table state and an offer to the counterpart: either any package, or the counterpart's own
 * next bid pulled back towards the proposer on a few issues (offers near its acceptance, where the
 * "would accept if" answers are found).
 */
const arbView = fc
  .record({
    side: arbSide,
    meters: arbMeters,
    persona: fc.constantFrom(...PERSONAS),
    t: fc.double({ min: 0, max: 1, noNaN: true }),
    drills: fc.boolean(),
    history: fc.array(arbPackage(false), { minLength: 0, maxLength: 3 }),
    refused: fc.integer({ min: 0, max: 6 }),
    draw: fc.double({ min: 0, max: 0.999, noNaN: true }),
    rvShift: fc.double({ min: -0.04, max: 0.04, noNaN: true }),
    near: fc.boolean(),
    random: arbPackage(true),
    pulls: fc.array(fc.tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 2 })), { maxLength: 3 }),
  })
  .map((r): TableView => {
    const proposer = otherSide(r.side);
    let belief = initialBelief(proposer);
    for (const pkg of r.history) belief = updateBelief(belief, pkg);
    belief = updateRvGuess(belief, r.history);
    const base: TableView = {
      side: r.side,
      meters: r.meters,
      persona: r.persona,
      t: r.t,
      belief,
      standing: null,
      theirOffers: r.history,
      theirTimes: r.history.map((_, k) => (r.t * k) / Math.max(1, r.history.length)),
      rvShift: r.rvShift,
      refused: r.refused,
      withDrills: r.drills,
      draw: r.draw,
    };
    let offer: Package = r.random.map((l, i) => (issuesInPlay(r.drills).includes(i) ? l : 0));
    if (r.near) {
      const own = deliberate(base).move;
      const bid = own.type === 'OFFER' ? own.pkg.slice() : offer.slice();
      for (const [i, by] of r.pulls) {
        if (!issuesInPlay(r.drills).includes(i)) continue;
        // Towards the proposer: the level it likes better, `by` steps away if there is one.
        const up = bid[i] + by < LEVEL_COUNTS[i] ? bid[i] + by : bid[i];
        const down = bid[i] - by >= 0 ? bid[i] - by : bid[i];
        bid[i] = contribution(proposer, i, up) >= contribution(proposer, i, down) ? up : down;
      }
      offer = bid;
    }
    return withOffer(base, offer);
  });

const offerOf = (view: TableView): Package => view.standing?.pkg as Package;
const apply = (pkg: Package, reasons: Reasons): Package =>
  withLevels(pkg, Object.fromEntries((reasons.wouldAcceptIf ?? []).map((c) => [c.issue, c.level])));
const accepts = (view: TableView, pkg: Package) => deliberate(withOffer(view, pkg)).move.type === 'ACCEPT';

describe('the counterpart’s reasons', () => {
  it('every "would accept if" makes deliberate accept in the same state', () => {
    let found = 0;
    let changed = 0;
    fc.assert(
      fc.property(arbView, (view) => {
        const reasons = explainAnswer(view);
        if (reasons.wouldAcceptIf === null) return;
        found++;
        if (reasons.wouldAcceptIf.length > 0) changed++;
        expect(reasons.wouldAcceptIf.length).toBeLessThanOrEqual(3);
        expect(accepts(view, apply(offerOf(view), reasons))).toBe(true);
        for (const c of reasons.wouldAcceptIf) expect(level(offerOf(view), c.issue)).not.toBe(c.level);
      }),
      { numRuns: 250, seed: 20190228 },
    );
    // The property is not vacuous: many states have an answer, most of them a real change.
    expect(found).toBeGreaterThan(40);
    expect(changed).toBeGreaterThan(25);
  }, 60_000);

  it('the red line named is crossed, and the level it needs clears that crossing', () => {
    let crossed = 0;
    fc.assert(
      fc.property(arbView, (view) => {
        const offer = offerOf(view);
        const reasons = explainAnswer(view);
        expect(reasons.redLine === null).toBe(redLine(view.side, offer, view.meters) === null);
        if (!reasons.redLine) return;
        crossed++;
        const { issue, needs, bound } = reasons.redLine;
        const now = level(offer, issue);
        expect(bound === 'atMost' ? now > needs : now < needs).toBe(true);
        const fixed = withLevels(offer, { [issue]: needs });
        const still = redLineCrossings(view.side, fixed, view.meters);
        expect(still.some((c) => c.issue === issue)).toBe(false);
      }),
      { numRuns: 250, seed: 7 },
    );
    expect(crossed).toBeGreaterThan(20);
  }, 60_000);

  it('the crossings as data agree with redLine, and fixing them one by one ends every red line', () => {
    fc.assert(
      fc.property(arbSide, arbPackage(true), fc.double({ min: 0, max: 1, noNaN: true }), (side, pkg, trust) => {
        const meters = { ...HISTORICAL_METERS, trustDPRK: trust };
        expect(redLineCrossings(side, pkg, meters).length === 0).toBe(redLine(side, pkg, meters) === null);
        let cur: Package = pkg;
        // At most four crossings (two Libya-model, two intrusive asks), each fixed by one change.
        for (let k = 0; k < 4; k++) {
          const first = redLineCrossings(side, cur, meters)[0];
          if (!first) break;
          cur = withLevels(cur, { [first.issue]: first.needs });
        }
        expect(redLine(side, cur, meters)).toBeNull();
      }),
      { numRuns: 2000, seed: 3 },
    );
  });

  it('names the missing condition of a US red line when the other one is met', () => {
    const m = HISTORICAL_METERS;
    const crossing = (spec: Parameters<typeof makePackage>[0]) => redLineCrossings('us', makePackage(spec), m);
    expect(crossing({ sanctions: 3, otherSites: 2, verification: 1 })).toEqual([
      { rule: 'reliefWithoutSites', issue: 'verification', needs: 2, bound: 'atLeast' },
    ]);
    expect(crossing({ sanctions: 3, otherSites: 1, verification: 3 })).toEqual([
      { rule: 'reliefWithoutSites', issue: 'otherSites', needs: 2, bound: 'atLeast' },
    ]);
    expect(crossing({ sanctions: 4, sequencing: 2 }).map((c) => c.issue)).toEqual(['sanctions', 'sequencing']);
    expect(redLineCrossings('dprk', makePackage({ warheads: 3, missiles: 3 }), m).map((c) => c.issue)).toEqual([
      'warheads',
      'missiles',
    ]);
    expect(redLineCrossings('dprk', makePackage({ warheads: 3, endOfWar: 2, drills: 1 }), { ...m, trustDPRK: 0.9 })).toEqual([]);
  });

  it('no smaller set of changes, to any level of any issue, makes it accept', () => {
    let checked = 0;
    fc.assert(
      fc.property(arbView, (view) => {
        const reasons = explainAnswer(view);
        const size = reasons.wouldAcceptIf?.length ?? 0;
        if (size === 0) return;
        const offer = offerOf(view);
        const inPlay = issuesInPlay(view.withDrills);
        checked++;
        expect(accepts(view, offer)).toBe(false);
        if (size < 2) return;
        const singles: Package[] = [];
        for (const i of inPlay)
          for (let l = 0; l < LEVEL_COUNTS[i]; l++) if (l !== offer[i]) singles.push(withLevels(offer, { [ISSUE_IDS[i]]: l }));
        for (const pkg of singles) expect(accepts(view, pkg), `single ${pkg}`).toBe(false);
        if (size < 3) return;
        for (const a of inPlay)
          for (const b of inPlay) {
            if (b <= a) continue;
            for (let la = 0; la < LEVEL_COUNTS[a]; la++)
              for (let lb = 0; lb < LEVEL_COUNTS[b]; lb++) {
                if (la === offer[a] || lb === offer[b]) continue;
                const pkg = withLevels(offer, { [ISSUE_IDS[a]]: la, [ISSUE_IDS[b]]: lb });
                expect(accepts(view, pkg), `pair ${pkg}`).toBe(false);
              }
          }
      }),
      { numRuns: 60, seed: 11 },
    );
    expect(checked).toBeGreaterThan(8);
  }, 60_000);

  it('is deterministic, leaves its input alone and holds no number but public levels', () => {
    fc.assert(
      fc.property(arbView, (view) => {
        const before = JSON.stringify(view);
        const a = explainAnswer(view);
        expect(explainAnswer(view)).toEqual(a);
        expect(JSON.stringify(view)).toBe(before);
        if (a.redLine) {
          expect(Number.isInteger(a.redLine.needs)).toBe(true);
          expect(a.redLine.needs).toBeLessThan(LEVEL_COUNTS[issueIndex(a.redLine.issue)]);
        }
        for (const c of a.wouldAcceptIf ?? []) {
          expect(Number.isInteger(c.level)).toBe(true);
          expect(c.level).toBeGreaterThanOrEqual(0);
          expect(c.level).toBeLessThan(LEVEL_COUNTS[issueIndex(c.issue)]);
        }
        expect(Object.keys(a).sort()).toEqual(['costly', 'redLine', 'wouldAcceptIf']);
      }),
      { numRuns: 60, seed: 5 },
    );
  }, 30_000);

  it('names as costly the issues furthest from the counterpart’s own best levels, at most three', () => {
    fc.assert(
      fc.property(arbView, (view) => {
        const offer = offerOf(view);
        const { costly } = explainAnswer(view, { maxTrials: 0 });
        expect(costly.length).toBeLessThanOrEqual(3);
        const loss = (id: (typeof ISSUE_IDS)[number]) => {
          const i = issueIndex(id);
          let best = 0;
          for (let l = 0; l < LEVEL_COUNTS[i]; l++) best = Math.max(best, contribution(view.side, i, l));
          return best - contribution(view.side, i, offer[i]);
        };
        for (const id of costly) expect(loss(id)).toBeGreaterThan(0);
        for (let k = 1; k < costly.length; k++) expect(loss(costly[k - 1])).toBeGreaterThanOrEqual(loss(costly[k]));
        const left = issuesInPlay(view.withDrills)
          .map((i) => ISSUE_IDS[i])
          .filter((id) => !costly.includes(id));
        if (costly.length === 3) for (const id of left) expect(loss(id)).toBeLessThanOrEqual(loss(costly[2]) + 1e-12);
      }),
      { numRuns: 200, seed: 13 },
    );
  }, 30_000);

  it('an offer accepted as it stands needs no change; with a decision that never accepts there is no answer', () => {
    const view = fc.sample(arbView, { numRuns: 1, seed: 1 })[0];
    expect(explainAnswer(view, { accepts: () => true }).wouldAcceptIf).toEqual([]);
    expect(explainAnswer(view, { accepts: () => false }).wouldAcceptIf).toBeNull();
  });
});
