import {
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./users";

/** One row per submitted quiz; (user, submission id) is unique so a replayed post records nothing new. */
export const quizAttempts = pgTable(
  "quiz_attempts",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    unitId: text().notNull(),
    submissionId: text().notNull(),
    payloadHash: text().notNull(),
    questionOrder: jsonb().$type<{ questionId: string; choiceIds: string[] }[]>().notNull(),
    answers: jsonb().$type<Record<string, string[]>>().notNull(),
    correctCount: integer().notNull(),
    questionCount: integer().notNull(),
    scorePercent: integer().notNull(),
    passed: boolean().notNull(),
    contentVersion: text().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.userId, t.submissionId),
    index("quiz_attempts_user_unit_idx").on(t.userId, t.unitId),
    // The statistics rollup rebuilds recent days only.
    index("quiz_attempts_submitted_idx").on(t.submittedAt),
  ],
);

/** A learner's state for one unit: studied, best score, validation (never removed by a later attempt). */
export const unitProgress = pgTable(
  "unit_progress",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    unitId: text().notNull(),
    firstViewedAt: timestamp({ withTimezone: true }),
    attemptCount: integer().notNull().default(0),
    bestScorePercent: integer(),
    validatedAt: timestamp({ withTimezone: true }),
    validatedContentVersion: text(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.unitId] }),
    index("unit_progress_first_viewed_idx").on(t.firstViewedAt),
    index("unit_progress_validated_idx").on(t.validatedAt),
  ],
);

export type QuizAttempt = typeof quizAttempts.$inferSelect;
export type UnitProgress = typeof unitProgress.$inferSelect;
