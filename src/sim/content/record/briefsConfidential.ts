/**
 * Confidential briefs, one per seat: interests, what walking away means (the reservation value in plain
 * words), red lines, what the advisers push, and what this side does not know. Advisers are roles, not
 * real people's words. The game's numbers behind these are in negotiation-anchors.md §3.3–3.4.
 */
import type { Side } from '../../model/ids.ts';
import type { Brief } from './briefs.ts';
import * as S from './sources.ts';
import * as A from './sourcesAnalysis.ts';

const US: Brief = {
  id: 'brief.confidential.us',
  side: 'us',
  kind: 'confidential',
  title: 'United States: confidential brief',
  sections: [
    {
      heading: 'What you want',
      paragraphs: [
        'A path to denuclearization that you can check: a full declaration, inspections, and the enrichment sites beyond Yongbyon, not only Yongbyon itself. Your intelligence chief has told the Senate that North Korea is unlikely to give up its weapons completely, so promises alone will not be enough.',
        "You also want the test halt to hold, the leaders' relationship to survive, and a result the President can defend at home.",
      ],
      sources: [S.MAVERICK_BIEGUN, S.DAILY_AMERICAN_COATS, A.HANI_KANGSON],
    },
    {
      heading: 'If you walk away',
      paragraphs: [
        'Sanctions stay in place, and so does your leverage. North Korea has not tested a nuclear weapon or an ICBM since late 2017, and the President has said there is no hurry. Walking costs you the deal, some trust and perhaps the test halt; it may also show that you will not accept a weak deal.',
        "So a deal is only worth signing if it is clearly better than that. Broad relief for Yongbyon alone, in your advisers' view, is not.",
      ],
      sources: [S.GOVBALL, A.LATIMES_CHOE],
    },
    {
      heading: 'Red lines',
      paragraphs: [
        'No lifting of all, or nearly all, UN sanctions unless North Korea dismantles sites beyond Yongbyon and accepts monitoring at every declared site.',
        'No large relief handed over up front, before North Korea has acted.',
      ],
    },
    {
      heading: 'What your advisers are pushing',
      paragraphs: [
        'The hawk (NSC): go for the big deal. Put everything in writing: weapons, fuel, a full declaration. Step-by-step deals have been pocketed before.',
        'The working-level diplomat: a first step is better than nothing. An end-of-war declaration and liaison offices cost little; partial relief can come with snapback.',
        'The political adviser: news at home can turn against the President at any moment. A weak deal will be attacked in Washington; a walkout can be explained.',
      ],
      sources: [S.REUTERS_PAPER, A.JT_LAWYER],
    },
    {
      heading: 'What you do not know',
      paragraphs: [
        'Which Yongbyon facilities North Korea means to include. Whether Kim can add anything beyond Yongbyon at the table, or only in Pyongyang. How much the sanctions really hurt, and how long Pyongyang can wait. Whether the test halt will last without a deal.',
      ],
    },
  ],
};

const DPRK: Brief = {
  id: 'brief.confidential.dprk',
  side: 'dprk',
  kind: 'confidential',
  title: 'DPRK: confidential brief',
  sections: [
    {
      heading: 'What you want',
      paragraphs: [
        'Relief from the parts of the 2016–17 UN sanctions that hit the civilian economy. Steps toward security: a declaration ending the war, a peace regime, liaison offices. And a process of action for action, in which each step you take is answered by one from Washington.',
        'You do not want to give up your deterrent before you can trust the Americans to deliver. And the chairman has travelled about 65 hours by train: he needs to return with something visible.',
      ],
      sources: [S.ASIATIMES, S.JT_ENDWAR, S.WAPO_TRAIN],
    },
    {
      heading: 'If you walk away',
      paragraphs: [
        "You keep your weapons and your facilities, and you can wait for a better offer, or warn that you may return to pyongjin, as you hinted in November. But the sanctions keep biting, the chairman's prestige suffers, and there may not be a third summit soon.",
        'So a deal is worth signing only if the relief is real and the first steps do not leave you exposed.',
      ],
      sources: [S.AMN_NOV],
    },
    {
      heading: 'Red lines',
      paragraphs: [
        'No handing over of nuclear weapons or bomb fuel to the United States.',
        'No giving up of all ballistic missiles.',
      ],
    },
    {
      heading: 'What your advisers are pushing',
      paragraphs: [
        'The Foreign Ministry: dismantling Yongbyon with US experts present is a serious offer. Put the test halt in writing, and ask for partial relief, not all of it.',
        'The United Front Department: the leaders decide, not the working level. Keep the details for the chairman, and do not let the Americans narrow his options in advance.',
        'The party economist: the economy needs relief. A small deal now is better than a big deal never. A full declaration up front, though, would hand the Americans a target list.',
      ],
      sources: [A.HANOI_TIMES, A.CGTN_RI],
    },
    {
      heading: 'What you do not know',
      paragraphs: [
        'What the Americans know about your sites outside Yongbyon. Whether the President can sell partial relief at home, and whether he or his hawks will decide. Whether, once you have dismantled something, Washington will keep its side of the bargain.',
      ],
    },
  ],
};

export const CONFIDENTIAL_BRIEFS: Readonly<Record<Side, Brief>> = { us: US, dprk: DPRK };
