// Reads the statistics rollups for a date range and track (never the attempts themselves).
import "server-only";
import { and, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { statsChoiceDays, statsQuestionDays, statsTrackDays, statsUnitDays, statsUnitStudyMinutes } from "@/db/schema";
import { getCourse } from "@/lib/content/load";
import type { StatisticsFilters } from "./filters";
import { buildReport, type StatTable } from "./report";

function within(f: StatisticsFilters, day: PgColumn, track: PgColumn, from = f.from): SQL | undefined {
  return and(gte(day, from), lte(day, f.to), f.track === "all" ? undefined : eq(track, f.track));
}
const int = (column: PgColumn) => sql<number>`coalesce(sum(${column}), 0)::int`;
const float = (column: PgColumn) => sql<number>`coalesce(sum(${column}), 0)::float8`;

export async function readRollups(f: StatisticsFilters) {
  const t = statsTrackDays;
  const u = statsUnitDays;
  const q = statsQuestionDays;
  const c = statsChoiceDays;
  const s = statsUnitStudyMinutes;
  // Weeks are keyed by their Monday: the range takes every week that overlaps it.
  const mondayOfFrom = sql<string>`date_trunc('week', ${f.from}::date)::date`;
  const [events, weeks, units, studyMinutes, questions, choices] = await Promise.all([
    db
      .select({ day: sql<string>`${t.day}::text`, track: t.track, metric: t.metric, value: int(t.value) })
      .from(t)
      .where(and(within(f, t.day, t.track), sql`${t.metric} <> 'active'`))
      .groupBy(t.day, t.track, t.metric),
    db
      .select({ week: sql<string>`${t.day}::text`, value: int(t.value) })
      .from(t)
      .where(
        and(
          sql`${t.day} >= ${mondayOfFrom}`,
          lte(t.day, f.to),
          eq(t.metric, "active"),
          f.track === "all" ? undefined : eq(t.track, f.track),
        ),
      )
      .groupBy(t.day)
      .orderBy(t.day),
    db
      .select({
        unitId: u.unitId,
        studied: int(u.studied),
        attempts: int(u.attempts),
        firstAttempts: int(u.firstAttempts),
        firstPasses: int(u.firstPasses),
        validations: int(u.validations),
        attemptsToValidate: int(u.attemptsToValidate),
      })
      .from(u)
      .where(within(f, u.day, u.track))
      .groupBy(u.unitId),
    db
      .select({ unitId: s.unitId, minutes: s.minutes, learners: int(s.learners) })
      .from(s)
      .where(within(f, s.day, s.track))
      .groupBy(s.unitId, s.minutes),
    db
      .select({
        unitId: q.unitId,
        questionId: q.questionId,
        answered: int(q.answered),
        correct: int(q.correct),
        sumRest: float(q.sumRest),
        sumRestSquared: float(q.sumRestSquared),
        sumCorrectRest: float(q.sumCorrectRest),
      })
      .from(q)
      .where(within(f, q.day, q.track))
      .groupBy(q.unitId, q.questionId),
    db
      .select({ unitId: c.unitId, questionId: c.questionId, choiceId: c.choiceId, chosen: int(c.chosen) })
      .from(c)
      .where(within(f, c.day, c.track))
      .groupBy(c.unitId, c.questionId, c.choiceId),
  ]);
  return { events, weeks, units, studyMinutes, questions, choices };
}

export type Rollups = Awaited<ReturnType<typeof readRollups>>;

/** The tables for these filters, in `locale` (`tr`: a message of the staffStatistics namespace). */
export async function loadReport(
  filters: StatisticsFilters,
  locale: string,
  tr: (key: string) => string,
): Promise<StatTable[]> {
  return buildReport(getCourse(), await readRollups(filters), filters, locale, tr);
}
