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
  englishProblemText,
  GameProblem,
  PROBLEM_IDS,
  PROBLEM_TEXT,
  type Problem,
  type ProblemId,
  pluralParam,
  renderProblem,
} from '../content/problems.ts';
export {
  BRIEFS,
  type Brief,
  CONCEPT_PROMPTS,
  COUNTERFACTUALS,
  counterfactualById,
  DEBRIEF_QUOTES,
  DISPUTES,
  ENDING_COUNTERFACTUALS,
  ENDING_PROMPTS,
  findGlossaryTerms,
  GLOSSARY,
  glossaryById,
  glossaryMatcher,
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
// The teacher's pack (?print=pack), as data.
export {
  ABOUT_HONESTY,
  ABOUT_HONESTY_HEADING,
  ABOUT_INTRO,
  ABOUT_PRINT,
  ABOUT_PRINT_HEADING,
  ABOUT_TITLE,
  DISPUTES_HANDOUT,
  type EntryRef,
  EXIT_TICKET,
  FRAMEWORK_NAMES,
  type Framework,
  type Handout,
  MAP_LABELS,
  MAP_PLACES,
  MAP_TITLE,
  type MapLabelId,
  type MapPlace,
  OBJECTIVES,
  OUTCOME_FORM,
  PACK_CONTENT,
  PACK_ITEMS,
  PACK_PAGES,
  PACK_TITLES,
  type PackItem,
  type PackItemId,
  PREP_SHEET,
  PRIMER,
  PRIMER_INTRO,
  PRIMER_TITLE,
  type PrimerSection,
  packTexts,
  ROLE_CARDS,
  ROLE_CARDS_HOW,
  ROLE_CARDS_TITLE,
  type RoleCard,
  RUBRIC,
  RUBRIC_LEVELS,
  RUBRIC_TASK_NAMES,
  type RubricRow,
  SOURCE_SHEET,
  TIMELINE_HANDOUTS,
  type Worksheet,
  type WorksheetField,
} from '../content/record/pack/index.ts';
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
export { localizeTree, NOT_TEXT, type TextLeaf, textLeaves } from '../content/textTree.ts';
export {
  type Beat,
  type Choice,
  type Confidence,
  GAME_LENGTHS,
  type GameLength,
  type HistoricalNote,
  type Source,
} from '../content/types.ts';
export { toIso } from '../machine/clock.ts';
export { isHistoricalMove, isHistoricalOffer } from '../machine/onRecord.ts';
export { beatById, choiceById } from '../machine/script.ts';
export { TALK_MINUTES } from '../machine/talk.ts';
export {
  type AssignableSeat,
  type GameEvent,
  isSeatEvent,
  type OfferRecord,
  type SeatEvent,
  type TeacherEvent,
} from '../machine/types.ts';
export type { Reaction } from '../model/counterpart.ts';
export {
  type Importance,
  MAX_FAVOURS,
  MAX_THREATS,
  type Reply,
  type TalkLine,
  UTTERANCE_KINDS,
  type Utterance,
  type UtteranceKind,
} from '../model/dialogue.ts';
export type { Compliance, PhaseCompliance } from '../model/epilogue.ts';
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
export { ISSUES, type IssueId, issueById, issueIndex, LEVEL_COUNTS, OPTIONAL } from '../model/issues.ts';
export type { Scores, SideScore } from '../model/outcome.ts';
export type { Package } from '../model/package.ts';
export { withoutOptional } from '../model/package.ts';
export { frontier } from '../model/pareto.ts';
export type { PhaseId } from '../model/phases.ts';
export { PRESETS, type PresetId } from '../model/presets.ts';
export type { LevelChange, Reasons } from '../model/reasons.ts';
export { rngStream, seedRng } from '../model/rng.ts';
export { rawUtility } from '../model/utility.ts';
export {
  DEAL_ENDINGS,
  type DecisionPoint,
  dealShare,
  decisionPoints,
  type OddsShift,
  oddsShift,
  shiftIsClear,
} from './decisionOdds.ts';
export { type Odds, type OddsStart, ROLLOUT_POLICY } from './odds.ts';
export { moveRecordBasis } from './recordBasis.ts';
export type { GameRecord } from './view.ts';
