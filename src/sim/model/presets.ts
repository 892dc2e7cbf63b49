/** Reference packages from the record (negotiation-anchors.md §3.3; hanoi-dossier.md §3.2, §3.9, §3.10). */
import { makePackage, type Package } from './package.ts';

export const PRESET_IDS = ['dprkHanoiOffer', 'usBigDeal', 'yongbyonPlus', 'smallDeal'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export const PRESETS: Readonly<Record<PresetId, { readonly name: string; readonly pkg: Package }>> = {
  dprkHanoiOffer: {
    name: 'DPRK Hanoi offer (Yongbyon for the 5 resolutions)',
    pkg: makePackage({ I1: 2, I4: 1, I5: 1, I8: 2, I9: 2, I10: 1, I11: 1 }),
  },
  usBigDeal: {
    name: 'US "big deal" paper',
    pkg: makePackage({ I1: 3, I2: 2, I3: 3, I4: 3, I5: 2, I6: 3, I7: 3, I8: 3, I9: 0, I11: 1 }),
  },
  yongbyonPlus: {
    name: '"Yongbyon-plus" bridge',
    pkg: makePackage({ I1: 2, I2: 1, I3: 2, I4: 1, I5: 1, I6: 1, I7: 1, I8: 2, I9: 1, I10: 1, I11: 1 }),
  },
  smallDeal: {
    name: 'Reported small deal (declaration, liaison offices, moratorium)',
    pkg: makePackage({ I1: 1, I4: 1, I5: 1, I8: 1, I9: 1, I10: 1, I11: 1 }),
  },
};
