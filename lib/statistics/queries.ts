// Reads the statistics rollups for a date range and track (never the attempts themselves).
import "server-only";
import { and, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { db, rowsOf } from "@/db/client";
import { statsTrackDays, statsUnitDays, statsUnitStudyMinutes } from "@/db/schema";
import { getCourse } from "@/lib/content/load";
import { splitByMonths, type StatisticsFilters } from "./filters";
import { buildReport, type StatTable } from "./report";

function within(f: StatisticsFilters, day: PgColumn, track: PgColumn, from = f.from): SQL | undefined {
  return and(gte(day, from), lte(day, f.to), f.track === "all" ? undefined : eq(track, f.track));
}
const int = (column: PgColumn) => sql<number>`coalesce(sum(${column}), 0)::int`;

/**
 * The rows of a day rollup and its month rollup that together cover the range exactly once: whole
 * months from the month table, the days at the ends from the day table (lib/statistics/filters.ts).
 */
function dayAndMonthRows(f: StatisticsFilters, columns: SQL, days: string, months: string): SQL {
  const split = splitByMonths(f.from, f.to);
  const track = f.track === "all" ? sql`true` : sql`track = ${f.track}`;
  const parts = split.days.map(
    (r) => sql`select ${columns} from ${sql.identifier(days)} where ${track} and day between ${r.from} and ${r.to}`,
  );
  if (split.months) {
    const { from, to } = split.months;
    parts.push(
      sql`select ${columns} from ${sql.identifier(months)} where ${track} and month between ${from} and ${to}`,
    );
  }
  return sql.join(parts, sql` union all `);
}

interface QuestionSums {
  unitId: string;
  questionId: string;
  answered: number;
  correct: number;
  sumRest: number;
  sumRestSquared: number;
  sumCorrectRest: number;
}

async function readQuestions(f: StatisticsFilters): Promise<QuestionSums[]> {
  const columns = sql.raw("unit_id, question_id, answered, correct, sum_rest, sum_rest_squared, sum_correct_rest");
  return rowsOf<QuestionSums>(
    await db.execute(sql`
      select unit_id as "unitId", question_id as "questionId", sum(answered)::int as answered,
        sum(correct)::int as correct, sum(sum_rest)::float8 as "sumRest",
        sum(sum_rest_squared)::float8 as "sumRestSquared", sum(sum_correct_rest)::float8 as "sumCorrectRest"
      from (${dayAndMonthRows(f, columns, "stats_question_days", "stats_question_months")}) r
      group by 1, 2`),
  );
}

async function readChoices(f: StatisticsFilters) {
  const columns = sql.raw("unit_id, question_id, choice_id, chosen");
  return rowsOf<{ unitId: string; questionId: string; choiceId: string; chosen: number }>(
    await db.execute(sql`
      select unit_id as "unitId", question_id as "questionId", choice_id as "choiceId", sum(chosen)::int as chosen
      from (${dayAndMonthRows(f, columns, "stats_choice_days", "stats_choice_months")}) r
      group by 1, 2, 3`),
  );
}

export async function readRollups(f: StatisticsFilters) {
  const t = statsTrackDays;
  const u = statsUnitDays;
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
    readQuestions(f),
    readChoices(f),
  ]);
  return { events, weeks, units, studyMinutes, questions, choices };
}

export type Rollups = Awaited<ReturnType<typeof readRollups>>;

/** The tables for these filters, in `locale` (`tr`: a message of the staffStatistics namespace). */
export async function loadReport(
  filters: StatisticsFilters,
  locale: string,
  tr: (key: string) => string,
  granularity: "auto" | "day" = "auto",
): Promise<StatTable[]> {
  return buildReport(getCourse(), await readRollups(filters), filters, locale, tr, granularity);
}
