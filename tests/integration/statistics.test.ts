// The statistics rollup job on a small seeded fixture: exact figures, the same after a rerun, and small
// cells suppressed in the report the page and the CSVs show.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db, rowsOf } from "@/db/client";
import { getCourse } from "@/lib/content/load";
import { addDays, parisDay, splitByMonths } from "@/lib/statistics/filters";
import { loadReport, readRollups } from "@/lib/statistics/queries";
import { runStatisticsRollup } from "@/lib/statistics/rollup";
import { answersFor, createLearner, drawFor, submit } from "../support/factories";

const UNIT = "m1-u1";
const today = parisDay(new Date());
const filters = { from: today, to: today, track: "all" as const };
const tr = (key: string) => key;

async function snapshot() {
  return rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      select 'track' as t, metric as k, track, value::text as v from stats_track_days
      union all select 'unit', unit_id, track, concat_ws('/', studied, attempts, first_attempts, first_passes, validations, attempts_to_validate) from stats_unit_days
      union all select 'question', question_id, track, concat_ws('/', answered, correct, sum_rest, sum_rest_squared, sum_correct_rest) from stats_question_days
      union all select 'choice', question_id || ':' || choice_id, track, chosen::text from stats_choice_days
      union all select 'study', unit_id || ':' || minutes, track, learners::text from stats_unit_study_minutes
      union all select 'question_month', month || ':' || question_id, track, concat_ws('/', answered, correct, sum_rest, sum_rest_squared, sum_correct_rest) from stats_question_months
      union all select 'choice_month', month || ':' || question_id || ':' || choice_id, track, chosen::text from stats_choice_months
      order by 1, 2, 3, 4`),
  );
}

beforeAll(async () => {
  // Six general-public learners: five fail once then pass, one passes at once; one professional learner.
  for (let i = 0; i < 6; i++) {
    const learner = await createLearner();
    if (i > 0) await submit(learner.id, UNIT, answersFor(UNIT, false));
    await submit(learner.id, UNIT, answersFor(UNIT, true));
  }
  await createLearner({ track: "professional" });
}, 120_000);

describe("statistics rollup", () => {
  it("counts what happened and gives the same rows when run again", async () => {
    await runStatisticsRollup();
    const [unit] = rowsOf<Record<string, number>>(
      await db.execute(sql`select sum(studied)::int studied, sum(attempts)::int attempts, sum(first_attempts)::int first_attempts,
        sum(first_passes)::int first_passes, sum(validations)::int validations, sum(attempts_to_validate)::int to_validate
        from stats_unit_days where unit_id = ${UNIT} and track = 'public'`),
    );
    expect(unit).toEqual({
      studied: 6,
      attempts: 11,
      first_attempts: 6,
      first_passes: 1,
      validations: 6,
      to_validate: 11,
    });
    const first = await snapshot();
    await runStatisticsRollup();
    expect(await snapshot()).toEqual(first);
  });

  it("counts, in an incremental run, the attempts made before the days it rebuilds, as a run from scratch does", async () => {
    const unit = "m1-u2";
    const learner = await createLearner();
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
    await db.execute(
      sql`update users set created_at = ${threeDaysAgo.toISOString()}::timestamptz where id = ${learner.id}`,
    );
    await submit(learner.id, unit, answersFor(unit, false), undefined, threeDaysAgo);
    const fromScratch = async () => {
      await db.execute(sql`delete from stats_rollup_state`);
      await runStatisticsRollup();
    };
    await fromScratch();
    await submit(learner.id, unit, answersFor(unit, false));
    await submit(learner.id, unit, answersFor(unit, true));
    const report = await runStatisticsRollup();
    expect(report.from).toBe(today);
    const [row] = rowsOf<Record<string, number>>(
      await db.execute(sql`select attempts, first_attempts, validations, attempts_to_validate from stats_unit_days
        where unit_id = ${unit} and day = ${today}::date and track = 'public'`),
    );
    expect(row).toEqual({ attempts: 2, first_attempts: 0, validations: 1, attempts_to_validate: 3 });
    const incremental = await snapshot();
    await fromScratch();
    expect(await snapshot()).toEqual(incremental);
  });

  it("analyses the items: difficulty, discrimination and choices, with small cells suppressed", async () => {
    const tables = await loadReport(filters, "fr", tr);
    const questions = tables.find((t) => t.id === "questions")!;
    const asked = drawFor(UNIT);
    const row = questions.rows.find((r) => String(r[1]).startsWith(`${asked[0]} —`))!;
    // 11 answers, 6 right; right answers always come with a perfect rest, wrong ones with none: r = 1.
    expect(row.slice(2, 5)).toEqual([11, 0.545, 1]);
    const funnel = tables.find((t) => t.id === "funnel")!;
    expect(funnel.columns).toEqual(["step", "track_public", "track_professional"]);
    expect(funnel.rows[0]).toEqual(["stepRegistered", 6, "< 5"]);
    const units = tables.find((t) => t.id === "units")!;
    const m1u1 = units.rows.find((r) => String(r[0]).includes(getCourse().modules[0]!.units[0]!.title.fr))!;
    // studied, first attempts, first-attempt pass rate, validations, mean attempts to validate.
    expect(m1u1.slice(1, 6)).toEqual([6, 6, 0.167, 6, 1.83]);
    const choices = tables.find((t) => t.id === "choices")!;
    const ticked = choices.rows.filter((r) => r[0] === asked[0]);
    // The right choice 6 times, the same wrong one 5 times, the others never.
    expect(ticked.map((r) => r[2]).sort()).toEqual([0, 0, 0, 0, 5, 6].slice(6 - ticked.length));
  });

  it("reads a long range's whole months from the month rollups: the same sums as its days", async () => {
    const unit = "m1-u3";
    const learner = await createLearner();
    const longAgo = new Date(Date.now() - 75 * 86_400_000);
    await db.execute(sql`update users set created_at = ${longAgo.toISOString()}::timestamptz where id = ${learner.id}`);
    await submit(learner.id, unit, answersFor(unit, false), undefined, longAgo);
    await submit(learner.id, unit, answersFor(unit, true), undefined, new Date(Date.now() - 40 * 86_400_000));
    await db.execute(sql`delete from stats_rollup_state`);
    await runStatisticsRollup();
    const range = { from: addDays(today, -100), to: today, track: "public" as const };
    expect(splitByMonths(range.from, range.to).months).not.toBeNull();
    const { questions, choices } = await readRollups(range);
    const byKey = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
    const daysOnly = (table: string, columns: string) =>
      db.execute(sql`select unit_id as "unitId", question_id as "questionId", ${sql.raw(columns)}
        from ${sql.identifier(table)} where track = 'public' and day between ${range.from} and ${range.to} group by 1, 2${sql.raw(table === "stats_choice_days" ? ", choice_id" : "")}`);
    expect(questions.some((q) => q.unitId === unit && q.answered > 0)).toBe(true);
    expect(byKey(questions)).toEqual(
      byKey(
        rowsOf(
          await daysOnly(
            "stats_question_days",
            `sum(answered)::int as answered, sum(correct)::int as correct, sum(sum_rest)::float8 as "sumRest",
             sum(sum_rest_squared)::float8 as "sumRestSquared", sum(sum_correct_rest)::float8 as "sumCorrectRest"`,
          ),
        ),
      ),
    );
    expect(byKey(choices)).toEqual(
      byKey(rowsOf(await daysOnly("stats_choice_days", `choice_id as "choiceId", sum(chosen)::int as chosen`))),
    );
  });
});
