/**
 * The Yongbyon complex, facility by facility (hanoi-dossier.md §3.3). What "Yongbyon" covers is the
 * definitional dispute of the summit; each side's definition is a set of these IDs.
 */

import { GULF_NEWS, REUTERS_YONGBYON, SAMORE } from './record/sourcesAnalysis.ts';
import type { HistoricalNote } from './types.ts';

export const FACILITY_IDS = [
  'yb.reactor5mw',
  'yb.reprocessing',
  'yb.enrichment',
  'yb.fuelFabrication',
  'yb.irt2000',
  'yb.elwr',
  'yb.lithium6',
] as const;
export type FacilityId = (typeof FACILITY_IDS)[number];

export interface Facility {
  readonly id: FacilityId;
  readonly name: string;
  readonly role: string;
  /** Does it make nuclear material (plutonium, enriched uranium, tritium)? */
  readonly production: boolean;
  readonly history: HistoricalNote;
}

export const FACILITIES: readonly Facility[] = [
  {
    id: 'yb.reactor5mw',
    name: '5 MW(e) reactor',
    role: 'Gas-graphite reactor whose spent fuel yields weapons-grade plutonium.',
    production: true,
    history: {
      text: 'The 5 MW(e) gas-graphite reactor is the source of plutonium for weapons.',
      confidence: 'C',
      sources: [REUTERS_YONGBYON],
    },
  },
  {
    id: 'yb.reprocessing',
    name: 'Reprocessing plant',
    role: 'Separates plutonium from spent reactor fuel.',
    production: true,
    history: {
      text: 'A reprocessing plant at Yongbyon extracts plutonium from spent fuel.',
      confidence: 'C',
      sources: [REUTERS_YONGBYON],
    },
  },
  {
    id: 'yb.enrichment',
    name: 'Uranium enrichment plant',
    role: 'Centrifuge hall that enriches uranium; one of several enrichment sites in the country.',
    production: true,
    history: {
      text: 'Yongbyon holds a centrifuge enrichment plant, but it is believed to be one of several sites making highly enriched uranium.',
      confidence: 'C',
      sources: [SAMORE, GULF_NEWS],
    },
  },
  {
    id: 'yb.fuelFabrication',
    name: 'Fuel fabrication plant',
    role: 'Makes fuel rods for the reactors.',
    production: false,
    history: { text: 'A fuel-fabrication plant supplies the reactors.', confidence: 'C', sources: [REUTERS_YONGBYON] },
  },
  {
    id: 'yb.irt2000',
    name: 'IRT-2000 research reactor',
    role: 'Soviet-supplied research reactor with hot cells, used for isotopes and research.',
    production: false,
    history: {
      text: "Samore lists the Soviet-supplied IRT-2000 research reactor and hot cells among the site's facilities.",
      confidence: 'R',
      sources: [SAMORE],
    },
  },
  {
    id: 'yb.elwr',
    name: 'Experimental light-water reactor',
    role: '25 MW(e) reactor, under construction in 2019; a future plutonium and tritium source.',
    production: false,
    history: {
      text: 'An experimental light-water reactor of about 25 MW(e) was under construction.',
      confidence: 'R',
      sources: [SAMORE],
    },
  },
  {
    id: 'yb.lithium6',
    name: 'Suspected lithium-6 facility',
    role: 'Suspected lithium-6 enrichment for tritium, a boosted-weapon ingredient.',
    production: true,
    history: { text: 'Samore notes a suspected lithium-6 enrichment facility at the site.', confidence: 'R', sources: [SAMORE] },
  },
];

/** The `yongbyon` ("Yongbyon scope") issue level that a set of facilities amounts to (negotiation-anchors.md §3.3). */
export function scopeLevel(facilities: readonly string[]): number {
  const has = (id: FacilityId) => facilities.includes(id);
  if (FACILITY_IDS.every(has)) return 3;
  if (has('yb.reactor5mw') && has('yb.reprocessing') && has('yb.enrichment')) return 2;
  if (has('yb.reactor5mw') && has('yb.reprocessing')) return 1;
  return 0;
}

/** Facility IDs as names for a sentence: "5 MWe reactor, …", or "nothing at all". */
export function facilityNames(ids: readonly string[]): string {
  const names = ids.map((id) => FACILITIES.find((f) => f.id === id)?.name ?? id);
  return names.length === 0 ? 'nothing at all' : names.join(', ');
}
