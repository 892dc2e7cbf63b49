/** Reference packages from the record (negotiation-anchors.md §3.3; hanoi-dossier.md §3.2, §3.9, §3.10). */
import { makePackage, type Package } from './package.ts';

export const PRESET_IDS = ['dprkHanoiOffer', 'usBigDeal', 'yongbyonPlus', 'smallDeal'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const PRESETS: Readonly<Record<PresetId, { readonly name: string; readonly pkg: Package }>> = {
  dprkHanoiOffer: {
    name: 'DPRK Hanoi offer (Yongbyon for the 5 resolutions)',
    pkg: makePackage({ yongbyon: 2, verification: 1, testing: 1, sanctions: 2, sequencing: 2, endOfWar: 1, liaison: 1 }),
  },
  usBigDeal: {
    name: 'US "big deal" paper',
    pkg: makePackage({
      yongbyon: 3,
      otherSites: 2,
      declaration: 3,
      verification: 3,
      testing: 2,
      missiles: 3,
      warheads: 3,
      sanctions: 3,
      sequencing: 0,
      liaison: 1,
    }),
  },
  yongbyonPlus: {
    name: '"Yongbyon-plus" bridge',
    pkg: makePackage({
      yongbyon: 2,
      otherSites: 1,
      declaration: 2,
      verification: 2,
      testing: 1,
      missiles: 1,
      warheads: 1,
      sanctions: 2,
      sequencing: 1,
      endOfWar: 1,
      liaison: 1,
    }),
  },
  smallDeal: {
    name: 'Reported small deal (declaration, liaison offices, moratorium)',
    pkg: makePackage({ yongbyon: 1, verification: 1, testing: 1, sanctions: 1, sequencing: 1, endOfWar: 1, liaison: 1 }),
  },
};
