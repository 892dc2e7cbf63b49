/** The record and the lesson: timeline, disputes, quotes, counterfactuals, briefs, glossary, discussion, the teacher's pack. */
export * from './briefs.ts';
export * from './check.ts';
export * from './counterfactuals.ts';
export * from './discussion.ts';
export * from './disputes.ts';
export * from './glossary.ts';
export * from './limits.ts';
export * from './pack/index.ts';
export * from './quotes.ts';
export * from './sourceRegistry.ts';
export * from './teacherGuide.ts';
export * from './timeline.ts';
