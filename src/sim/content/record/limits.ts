/**
 * Readable lengths, in words, for each kind of text the game shows.
 *
 * Why these numbers: the game is read on a projector or a 1280×720 screen, often aloud, by a class.
 * A class reads about 200–250 words a minute, so 120 words (a beat's narrative) is about 30–35 seconds;
 * we keep each screen's main text under about 30 seconds so the room stays together. Choice outcomes,
 * history notes, timeline entries and glossary definitions sit beside other text and should be taken in
 * at a glance (15–20 seconds at most). Briefs are printed: 450 words fits one A4/Letter side with
 * headings, and takes about two minutes to read, which is what the 45-minute plan allows for reading.
 */
export const READABLE_LIMITS = {
  beatText: 120,
  choiceOutcome: 70,
  historyNote: 80,
  timelineEntry: 60,
  glossaryDefinition: 60,
  briefPublic: 450,
  briefConfidential: 450,
} as const;

export type ReadableKind = keyof typeof READABLE_LIMITS;

/** The teacher guide is one printed page. */
export const TEACHER_GUIDE_WORDS = 500;

/** Words in a text: whitespace-separated tokens containing at least one letter or digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

/** Does `text` fit the limit for its kind? */
export const withinLimit = (kind: ReadableKind, text: string): boolean => wordCount(text) <= READABLE_LIMITS[kind];
