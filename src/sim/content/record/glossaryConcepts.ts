/**
 * Glossary: negotiation concepts the game and the debrief teach. These are general definitions, with the
 * game's reading of Hanoi where useful; they carry no historical claims and so no sources.
 */
import type { GlossaryTerm } from './glossary.ts';
import { HILL_OPED } from './sourcesAnalysis.ts';

export const GLOSSARY_CONCEPTS: readonly GlossaryTerm[] = [
  {
    id: 'g.batna',
    term: 'BATNA',
    aliases: ['best alternative to a negotiated agreement'],
    definition:
      'Best alternative to a negotiated agreement: what a side gets if it walks away. A deal is only worth signing if it beats this. A strong BATNA makes it easier to say no.',
  },
  {
    id: 'g.reservationValue',
    term: 'reservation value',
    aliases: ['walk-away point', 'reservation point'],
    definition:
      'The least a side will accept: the point at which a deal is no better than walking away (its BATNA). In the game it moves with hidden pressures such as domestic politics and trust.',
  },
  {
    id: 'g.zopa',
    term: 'ZOPA',
    aliases: ['zone of possible agreement'],
    definition:
      'Zone of possible agreement: the set of deals both sides prefer to walking away. If the reservation values do not overlap, there is no ZOPA and no deal, however skilled the negotiators.',
  },
  {
    id: 'g.paretoFrontier',
    term: 'Pareto frontier',
    aliases: ['Pareto-efficient', 'Pareto optimal', 'Pareto'],
    definition:
      'The set of deals that cannot be improved for one side without making them worse for the other. A deal inside the frontier leaves value on the table that both could have shared.',
  },
  {
    id: 'g.jointGain',
    term: 'joint gain',
    aliases: [],
    definition:
      'How much better off both sides are together with a deal than without one. Trading on issues that matter more to one side than the other can raise it.',
  },
  {
    id: 'g.twoLevelGame',
    term: 'two-level game',
    aliases: ['win-set'],
    definition:
      'A negotiator bargains at two tables at once: with the other side, and with people at home who must accept the result. The win-set is the range of deals home would accept. A narrow win-set can be a bargaining asset, but it makes no deal more likely.',
  },
  {
    id: 'g.audienceCost',
    term: 'audience cost',
    aliases: [],
    definition:
      'The price a leader pays at home for backing down after a public statement or threat. Going public makes a position more credible, and harder to give up.',
  },
  {
    id: 'g.commitment',
    term: 'credible commitment',
    aliases: ['commitment', 'credibility'],
    definition:
      'A promise or threat the other side believes, because keeping it is in your interest or because you have tied your own hands. Walking out can make later threats credible, at a cost in trust.',
  },
  {
    id: 'g.sequencing',
    term: 'sequencing',
    aliases: ['phased', 'phasing'],
    definition:
      'The order in which each side takes its steps. Who moves first, and how much, decides who carries the risk that the other side will not deliver.',
  },
  {
    id: 'g.verification',
    term: 'verification',
    aliases: ['inspections', 'inspection', 'inspectors'],
    definition:
      'Checking that the other side does what it promised: declarations, site visits, monitoring. Stronger verification makes later promises easier to believe.',
  },
  {
    id: 'g.snapback',
    term: 'snapback',
    aliases: ['snap back', 'snap-back'],
    definition:
      'A clause that puts sanctions back automatically if the other side breaks its promises. One argument for taking the Yongbyon offer was that UN sanctions could be reimposed if North Korea stalled.',
    sources: [HILL_OPED],
  },
  {
    id: 'g.linkage',
    term: 'linkage',
    aliases: ['issue linkage', 'logroll', 'logrolling'],
    definition:
      'Tying issues together in one package. Adding an issue can create room for a deal, by trading something cheap for you and valuable to them, or destroy it.',
  },
  {
    id: 'g.likeability',
    term: 'likeability',
    aliases: ['relationship'],
    definition:
      'How the other side feels about you after the talks. The game reports it beside the points, because winning on points and keeping the relationship do not always go together.',
  },
  {
    id: 'g.hawkDove',
    term: 'hawk',
    aliases: ['hawkish', 'dove', 'dovish', 'hardliner'],
    definition:
      'A hawk favours pressure and firm demands; a dove favours engagement and compromise. In the game, hawkish and dovish personas change how fast each side concedes and when it walks.',
  },
];
