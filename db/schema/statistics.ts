import { bigint, date, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

// Rollups read by the staff statistics page (lib/statistics): anonymous counts per Paris day and track,
// rebuilt for recent days by the `statistics-rollup` job, so a page view never reads the attempts.

/** How far the rollups are complete: the job rebuilds from the day of this instant (minus a grace) on. */
export const statsRollupState = pgTable("stats_rollup_state", {
  name: text().primaryKey(),
  computedThrough: timestamp({ withTimezone: true }).notNull(),
});

/**
 * Learner events per day and track: registered, confirmed, started (first lesson opened), module:<id>
 * (a module's last unit validated), certificate; `active` is keyed by the week's Monday.
 */
export const statsTrackDays = pgTable(
  "stats_track_days",
  {
    day: date().notNull(),
    track: text().notNull(),
    metric: text().notNull(),
    value: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.track, t.metric] })],
);

/** Per unit: lessons first opened, attempts, first attempts and their passes, validations and the attempts they took. */
export const statsUnitDays = pgTable(
  "stats_unit_days",
  {
    day: date().notNull(),
    track: text().notNull(),
    unitId: text().notNull(),
    studied: integer().notNull(),
    attempts: integer().notNull(),
    firstAttempts: integer().notNull(),
    firstPasses: integer().notNull(),
    validations: integer().notNull(),
    attemptsToValidate: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.track, t.unitId] })],
);

/** First attempts by whole minutes since the lesson's first view (capped): the histogram of the median study time. */
export const statsUnitStudyMinutes = pgTable(
  "stats_unit_study_minutes",
  {
    day: date().notNull(),
    track: text().notNull(),
    unitId: text().notNull(),
    minutes: integer().notNull(),
    learners: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.track, t.unitId, t.minutes] })],
);

// The columns a question's and a choice's rollup rows share, by day and by month (fresh builders per table).
const questionSums = () => ({
  track: text().notNull(),
  unitId: text().notNull(),
  questionId: text().notNull(),
  answered: integer().notNull(),
  correct: integer().notNull(),
  sumRest: bigint({ mode: "number" }).notNull(),
  sumRestSquared: bigint({ mode: "number" }).notNull(),
  sumCorrectRest: bigint({ mode: "number" }).notNull(),
});
const choiceCounts = () => ({
  track: text().notNull(),
  unitId: text().notNull(),
  questionId: text().notNull(),
  choiceId: text().notNull(),
  chosen: integer().notNull(),
});

/**
 * Per question asked: answers, right answers, and the sums the point-biserial correlation needs, where
 * `rest` is the attempt's other questions answered right (x: 1 when this one is right).
 */
export const statsQuestionDays = pgTable(
  "stats_question_days",
  {
    day: date().notNull(),
    ...questionSums(),
  },
  (t) => [primaryKey({ columns: [t.day, t.track, t.unitId, t.questionId] })],
);

/** How often each choice was ticked. */
export const statsChoiceDays = pgTable(
  "stats_choice_days",
  {
    day: date().notNull(),
    ...choiceCounts(),
  },
  (t) => [primaryKey({ columns: [t.day, t.track, t.unitId, t.questionId, t.choiceId] })],
);

/**
 * The question and choice rollups summed per calendar month (`month`: its first day), rebuilt from the
 * day tables with them: a long range reads its whole months here and only the days at its ends from
 * the day tables, so a year is about 14 reads per question instead of 730.
 */
export const statsQuestionMonths = pgTable(
  "stats_question_months",
  {
    month: date().notNull(),
    ...questionSums(),
  },
  (t) => [primaryKey({ columns: [t.month, t.track, t.unitId, t.questionId] })],
);

export const statsChoiceMonths = pgTable(
  "stats_choice_months",
  {
    month: date().notNull(),
    ...choiceCounts(),
  },
  (t) => [primaryKey({ columns: [t.month, t.track, t.unitId, t.questionId, t.choiceId] })],
);
