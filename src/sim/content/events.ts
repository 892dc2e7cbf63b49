/**
 * Scripted event cards (negotiation-anchors.md §3.7). Each fires on entering its beat: in historical
 * mode exactly when `onRecord`, in open mode with `chance` (seeded).
 */

import { AHRAM_COATS, BEAUFORT, DAILY_AMERICAN_COATS, JT_ENDWAR, PAKISTAN_TODAY_COHEN } from './record/sources.ts';
import { BTIMES, KOREA_POST, ROLLING_STONE } from './record/sourcesAnalysis.ts';
import type { EventCard } from './types.ts';

export const EVENTS: readonly EventCard[] = [
  {
    id: 'ev.coats',
    title: 'Intelligence chief: unlikely to give up its weapons',
    text: 'The Director of National Intelligence tells the Senate that North Korea "is unlikely to completely give up its nuclear weapons and production capabilities." The assessment comes two days before Biegun\'s speech, and strengthens the sceptics in the administration.',
    beforeBeat: 'brief.stanford',
    onRecord: true,
    chance: 0.8,
    effects: { meters: { trustUS: -0.06, hawk: 0.04 } },
    history: {
      text: 'On 29 January 2019 DNI Dan Coats testified to the Senate that North Korea was unlikely to give up its nuclear weapons and production capability completely.',
      confidence: 'C',
      sources: [DAILY_AMERICAN_COATS, AHRAM_COATS],
    },
  },
  {
    id: 'ev.blueHouse',
    title: 'Seoul: an end-of-war declaration is possible',
    text: 'The Blue House says an end-of-war declaration between Washington and Pyongyang is a possibility in Hanoi. Expectations rise in Seoul and Pyongyang, and reporters in Hanoi start asking about it.',
    beforeBeat: 'pre.snubDPRK',
    onRecord: true,
    chance: 0.7,
    effects: { meters: { trustDPRK: 0.04, audienceUS: 0.03, audienceDPRK: 0.03 } },
    history: {
      text: 'On 25 February 2019 the Blue House in Seoul said an end-of-war declaration was a possibility at the Hanoi summit.',
      confidence: 'C',
      sources: [JT_ENDWAR],
    },
  },
  {
    id: 'ev.cohen',
    title: 'Hearing in Washington',
    text: "Overnight in Hanoi, the President's former lawyer Michael Cohen testifies in public before Congress. The hearing dominates the news at home, and the President's attention is divided between Hanoi and Washington. Any deal will now be judged in a harsher light.",
    beforeBeat: 'talks.oneOnOne',
    onRecord: true,
    chance: 0.6,
    effects: { meters: { domesticUS: 0.4 }, setFlags: ['cohenHearing'] },
    history: {
      text: 'Michael Cohen testified in public before Congress on 27 February (US time), during the summit. Trump later said it was terrible to hold the hearing at the same time.',
      confidence: 'C',
      sources: [PAKISTAN_TODAY_COHEN, BEAUFORT],
    },
  },
  {
    id: 'ev.sohaeImagery',
    title: 'Satellite images: Sohae rebuilt',
    text: 'Satellite-imagery projects report that the engine test stand and rail-mounted transfer structure at Sohae are being rebuilt fast. Within days the site appears back at normal operational status. The reports reach the White House before any statement from Pyongyang.',
    beforeBeat: 'after.sohaeResponse',
    when: { agreement: false, flags: ['sohaeRebuilt'] },
    onRecord: true,
    chance: 0.9,
    effects: { meters: { trustUS: -0.06, domesticUS: 0.05, hawk: 0.03 } },
    history: {
      text: 'Between 5 and 8 March CSIS Beyond Parallel and 38 North reported fast rebuilding at Sohae. By 7 March the site looked back at normal operational status.',
      confidence: 'C',
      sources: [ROLLING_STONE, BTIMES, KOREA_POST],
    },
  },
];
