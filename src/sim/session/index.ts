/**
 * The core's public face: what front ends (`src/app`, `src/ui`, `src/game`) and the server may use.
 * They import this file and the other modules of `sim/session`, never `sim/model`, `sim/machine` or
 * `sim/content` directly (`src/architecture.test.ts` holds the rule), so the core can change inside
 * without the front ends noticing. Add a lookup here when a front end needs one.
 */

export { ADVISERS, adviserNoteId } from '../content/advisers.ts';
export { BEATS } from '../content/beats/index.ts';
export { ENDINGS } from '../content/endings.ts';
export { EVENTS } from '../content/events.ts';
export { FACILITIES, FACILITY_IDS, type FacilityId, facilityNames, scopeLevel } from '../content/facilities.ts';
export {
  BRIEFS,
  type Brief,
  CONCEPT_PROMPTS,
  counterfactualById,
  DEBRIEF_QUOTES,
  DISPUTES,
  ENDING_COUNTERFACTUALS,
  ENDING_PROMPTS,
  findGlossaryTerms,
  GLOSSARY,
  glossaryById,
  glossaryMatches,
  PUBLIC_BRIEF,
  QUOTES,
  quoteSide,
  STAGE_LABELS,
  TEACHER_GUIDE,
  type TeacherGuide,
  TIMELINE,
  type TimelineEntry,
  timelineOf,
} from '../content/record/index.ts';
export {
  type Cast,
  LOCATION_IDS,
  type LocationId,
  PORTRAIT_IDS,
  type PortraitId,
  type SeatStaging,
  type Staging,
  stagingForSeat,
} from '../content/staging.ts';
export {
  DEFAULT_START,
  type SoFarClaim,
  START_POINT_IDS,
  START_POINTS,
  type StartPoint,
  type StartPointId,
  soFarText,
  startPointById,
} from '../content/startPoints.ts';
export { type Confidence, GAME_LENGTHS, type GameLength, type HistoricalNote, type Source } from '../content/types.ts';
export { toIso } from '../machine/clock.ts';
export { isHistoricalMove, isHistoricalOffer } from '../machine/onRecord.ts';
export { beatById, choiceById } from '../machine/script.ts';
export type { GameEvent, SeatEvent } from '../machine/types.ts';
export type { Reaction } from '../model/counterpart.ts';
export {
  ENDING_IDS,
  type EndingId,
  type MeterId,
  otherSide,
  PERSONAS,
  type PersonaId,
  type Phase,
  SIDES,
  type Side,
} from '../model/ids.ts';
export { ISSUES, issueById, LEVEL_COUNTS, OPTIONAL } from '../model/issues.ts';
export type { Scores, SideScore } from '../model/outcome.ts';
export type { Package } from '../model/package.ts';
export { withoutOptional } from '../model/package.ts';
export { frontier } from '../model/pareto.ts';
export { PRESETS, type PresetId } from '../model/presets.ts';
export { rngStream, seedRng } from '../model/rng.ts';
export { rawUtility } from '../model/utility.ts';
export { moveRecordBasis } from './recordBasis.ts';
export type { GameRecord } from './view.ts';
