/**
 * Ending titles and neutral summaries. The debrief shows the evidence for and against each branch;
 * no ending is declared the correct one (hanoi-dossier.md §5).
 */
import type { EndingText } from './types.ts';

export const ENDINGS: EndingText = {
  summitCancelled: {
    title: 'Summit called off',
    summary:
      'The second summit was called off before the leaders sat down together. Both sides kept their positions and lost some of the trust built since Singapore; any return to the table would start from a lower base.',
  },
  walkout: {
    title: 'The walk',
    summary:
      'The talks broke off on the second day without an agreement, as they did in 2019. Lunch and the signing were cancelled, and each side gave its own account of what the other had asked for. Both sides kept the door open in words, while the distance between their positions stayed where it was.',
  },
  breakdown: {
    title: 'Acrimonious breakdown',
    summary:
      "The summit ended without agreement and with public blame on both sides. The leaders' channel cooled, and the way back to the table looked longer than after the historical walkout.",
  },
  extended: {
    title: 'Talks extended',
    summary:
      'The leaders left Hanoi without a signed text but with an agreement to keep their teams working and to meet again. Nothing was given up and nothing was gained yet; whether the extra time would close the gap was left to the negotiators.',
  },
  smallDeal: {
    title: 'A small deal',
    summary:
      'The sides signed a modest interim agreement: political steps such as an end-of-war declaration and liaison offices, limited nuclear steps and limited relief. Supporters saw a foundation to build on; critics saw the hardest issues put off.',
  },
  yongbyonForSanctions: {
    title: 'Yongbyon for sanctions relief',
    summary:
      'Washington accepted the dismantling of Yongbyon in exchange for partial sanctions relief, close to the offer North Korea described in Hanoi. Plutonium production at the site would end, while enrichment elsewhere and the existing arsenal were left for later rounds.',
  },
  yongbyonPlus: {
    title: 'Yongbyon-plus',
    summary:
      'Each side gave a little more than it brought: Yongbyon plus steps on other sites, a declaration and verification, for phased relief that could be reversed. Analysts had argued that such a bridge was within reach; whether it holds depends on both sides delivering.',
  },
  comprehensive: {
    title: 'A comprehensive deal',
    summary:
      'The sides agreed a broad bargain covering the whole programme in exchange for wide relief and new relations. It went well beyond what either side put on the table in Hanoi, and carrying it out would test trust for years.',
  },
};
