// Rebuilds the statistics rollups of recent days from the source tables (the `statistics-rollup` job).
//
// Why a scheduled job rather than updating counters in the attempt's statement: every submission of a
// unit on one day would update the same rollup rows, so concurrent submissions would queue on their row
// locks and the quiz, the hot path, would pay for the staff page. The job instead rebuilds whole days:
// it deletes the rows of the days since its high-water mark (less a grace for transactions still in
// flight) and inserts them again from the sources, in one transaction per slice of days. So a rerun, a
// crash half-way or two instances at once (an advisory lock serialises them) always leave exact figures,
// and a run reads only the recent days' attempts (index on submitted_at), never all of them.
import "server-only";
import { setTimeout as sleep } from "node:timers/promises";
import { sql, type SQL } from "drizzle-orm";
import { db, rowsOf, type Transaction } from "@/db/client";
import { getCourse } from "@/lib/content/load";
import { now as clockNow } from "@/lib/clock";
import { addDays, daysBetween, parisDay } from "./filters";

const STATE = "rollups";
/** Transactions that started before the last run but committed after it are caught by the next one. */
const GRACE_MS = 15 * 60_000;
/** Days per transaction: the first run over years of history stays a series of bounded statements. */
const SLICE_DAYS = 31;
/** Study times above this many minutes share one bucket (the median only needs the middle). */
const STUDY_MINUTES_CAP = 600;

/** The content's answer key and module map, handed to SQL (grading needs the right answers). */
function contentKey() {
  const course = getCourse();
  return {
    questions: course.modules.flatMap((m) =>
      m.units.flatMap((u) => u.quiz.questions.map((q) => ({ unit_id: u.id, question_id: q.id, correct: q.correct }))),
    ),
    units: course.modules.flatMap((m) =>
      m.units.map((u) => ({ unit_id: u.id, module_id: m.id, units: m.units.length })),
    ),
  };
}

/**
 * A statement runner for the job's transactions. The job shares the machine with the quiz, so it
 * keeps to one core (no parallel workers) and, when paced, rests after each statement `pace` times
 * as long as the statement took: like autovacuum's cost delay, it then uses at most 1/(1 + pace) of
 * a core however often it runs, and takes that much longer.
 */
type Run = (query: SQL) => Promise<unknown>;

async function pacedRunner(tx: Transaction, pace: number): Promise<Run> {
  await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
  await tx.execute(sql`set local work_mem = '64MB'`);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('statistics-rollup'))`);
  return async (query) => {
    const started = performance.now();
    const result = await tx.execute(query);
    if (pace > 0) await sleep((performance.now() - started) * pace);
    return result;
  };
}

const at = (day: string) => sql`(${day}::date::timestamp at time zone 'Europe/Paris')`;
const dayOf = (column: ReturnType<typeof sql.raw>) => sql`(${column} at time zone 'Europe/Paris')::date`;

/** Rebuilds the day-keyed rollups for [from, to) in one transaction. */
async function rebuildSlice(run: Run, from: string, to: string, key: ReturnType<typeof contentKey>) {
  const [start, end] = [at(from), at(to)];
  for (const table of ["stats_unit_days", "stats_unit_study_minutes", "stats_question_days", "stats_choice_days"])
    await run(sql`delete from ${sql.identifier(table)} where day >= ${from}::date and day < ${to}::date`);
  await run(sql`delete from stats_track_days where metric <> 'active' and day >= ${from}::date and day < ${to}::date`);
  const learner = sql`u.role = 'learner'`;
  await run(sql`
    insert into stats_track_days (day, track, metric, value)
    select ${dayOf(sql.raw("created_at"))}, track, 'registered', count(*) from users u
      where created_at >= ${start} and created_at < ${end} and ${learner} group by 1, 2
    union all
    select ${dayOf(sql.raw("email_verified_at"))}, track, 'confirmed', count(*) from users u
      where email_verified_at >= ${start} and email_verified_at < ${end} and ${learner} group by 1, 2
    union all
    select ${dayOf(sql.raw("p.first_viewed_at"))}, u.track, 'started', count(*) from unit_progress p
      join users u on u.id = p.user_id
      where p.first_viewed_at >= ${start} and p.first_viewed_at < ${end} and ${learner}
        and not exists (select 1 from unit_progress q where q.user_id = p.user_id and q.first_viewed_at < p.first_viewed_at)
      group by 1, 2
    union all
    select ${dayOf(sql.raw("issued_at"))}, track, 'certificate', count(*) from certificates
      where issued_at >= ${start} and issued_at < ${end} group by 1, 2`);
  // A module is validated when its last unit is: the latest validation of a learner who has them all.
  await run(sql`
    with m as (select * from jsonb_to_recordset(${JSON.stringify(key.units)}::jsonb) as m(unit_id text, module_id text, units int)),
    touched as (
      select distinct p.user_id, m.module_id from unit_progress p join m on m.unit_id = p.unit_id
      where p.validated_at >= ${start} and p.validated_at < ${end}
    ),
    done as (
      select t.module_id, u.track, max(p.validated_at) as validated_at
      from touched t join users u on u.id = t.user_id and ${learner}
      join unit_progress p on p.user_id = t.user_id join m on m.unit_id = p.unit_id and m.module_id = t.module_id
      where p.validated_at is not null
      group by t.user_id, t.module_id, u.track having count(*) = max(m.units)
    )
    insert into stats_track_days (day, track, metric, value)
    select ${dayOf(sql.raw("validated_at"))}, track, 'module:' || module_id, count(*) from done
    where validated_at >= ${start} and validated_at < ${end} group by 1, 2, 3`);
  // The slice's attempts, once, with what each needs: its rank among the learner's attempts at the unit,
  // and whether it is their first pass. What came before the slice is looked up once per learner and
  // unit, not once per attempt; the window ranks the slice's own attempts.
  await run(sql`
    create temp table rollup_attempts on commit drop as
    with slice as (
      select a.id, a.user_id, a.unit_id, a.passed, a.correct_count, a.answers, a.question_order, a.submitted_at
      from quiz_attempts a where a.submitted_at >= ${start} and a.submitted_at < ${end}
    ),
    before as (
      select g.user_id, g.unit_id, count(b.id)::int as attempts, coalesce(bool_or(b.passed), false) as passed
      from (select distinct user_id, unit_id from slice) g
      left join quiz_attempts b on b.user_id = g.user_id and b.unit_id = g.unit_id and b.submitted_at < ${start}
      group by 1, 2
    )
    select ${dayOf(sql.raw("s.submitted_at"))} as day, u.track, s.user_id, s.unit_id, s.passed, s.correct_count,
      s.answers, s.question_order, s.submitted_at,
      (b.attempts + row_number() over w - 1)::int as earlier,
      (s.passed and not b.passed
        and not coalesce(bool_or(s.passed) over (w rows between unbounded preceding and 1 preceding), false)) as validating
    from slice s join users u on u.id = s.user_id and ${learner}
    join before b on b.user_id = s.user_id and b.unit_id = s.unit_id
    window w as (partition by s.user_id, s.unit_id order by s.submitted_at, s.id)`);
  await run(sql`
    with agg as (
      select day, track, unit_id, count(*) as attempts,
        count(*) filter (where earlier = 0) as first_attempts,
        count(*) filter (where earlier = 0 and passed) as first_passes,
        count(*) filter (where validating) as validations,
        coalesce(sum(earlier + 1) filter (where validating), 0) as attempts_to_validate
      from rollup_attempts group by 1, 2, 3
    ),
    studied as (
      select ${dayOf(sql.raw("p.first_viewed_at"))} as day, u.track, p.unit_id, count(*) as studied
      from unit_progress p join users u on u.id = p.user_id and ${learner}
      where p.first_viewed_at >= ${start} and p.first_viewed_at < ${end} group by 1, 2, 3
    )
    insert into stats_unit_days (day, track, unit_id, studied, attempts, first_attempts, first_passes, validations, attempts_to_validate)
    select day, track, unit_id, coalesce(s.studied, 0), coalesce(a.attempts, 0), coalesce(a.first_attempts, 0),
      coalesce(a.first_passes, 0), coalesce(a.validations, 0), coalesce(a.attempts_to_validate, 0)
    from agg a full join studied s using (day, track, unit_id)`);
  await run(sql`
    insert into stats_unit_study_minutes (day, track, unit_id, minutes, learners)
    select t.day, t.track, t.unit_id,
      least(${STUDY_MINUTES_CAP}, greatest(0, floor(extract(epoch from t.submitted_at - p.first_viewed_at) / 60)))::int, count(*)
    from rollup_attempts t join unit_progress p on p.user_id = t.user_id and p.unit_id = t.unit_id
    where t.earlier = 0 and p.first_viewed_at is not null group by 1, 2, 3, 4`);
  // Right when the choices ticked are exactly the right ones (lib/quiz/grade.ts sameSet): same length,
  // each containing the other. The questions asked are listed first (materialized): joined to the key
  // as a function, the planner would match every attempt with every question of its unit.
  await run(sql`
    create temp table rollup_answers on commit drop as
    with asked as materialized (
      select t.day, t.track, t.unit_id, t.correct_count, o->>'questionId' as question_id,
        case when jsonb_typeof(t.answers -> (o->>'questionId')) = 'array'
          then t.answers -> (o->>'questionId') else '[]'::jsonb end as given
      from rollup_attempts t cross join lateral jsonb_array_elements(t.question_order) o
    )
    select a.day, a.track, a.unit_id, a.question_id, a.correct_count, a.given,
      (jsonb_array_length(a.given) = jsonb_array_length(k.correct) and a.given @> k.correct and a.given <@ k.correct) as ok
    from asked a join jsonb_to_recordset(${JSON.stringify(key.questions)}::jsonb) as k(unit_id text, question_id text, correct jsonb)
      on k.unit_id = a.unit_id and k.question_id = a.question_id`);
  await run(sql`
    insert into stats_question_days (day, track, unit_id, question_id, answered, correct, sum_rest, sum_rest_squared, sum_correct_rest)
    select day, track, unit_id, question_id, count(*), count(*) filter (where ok),
      sum(correct_count - ok::int), sum((correct_count - ok::int) * (correct_count - ok::int)),
      sum(ok::int * (correct_count - ok::int))
    from rollup_answers group by 1, 2, 3, 4`);
  await run(sql`
    insert into stats_choice_days (day, track, unit_id, question_id, choice_id, chosen)
    select day, track, unit_id, question_id, c, count(*)
    from rollup_answers cross join lateral jsonb_array_elements_text(given) c
    group by 1, 2, 3, 4, 5`);
  await rebuildMonths(run, from, to);
}

/** The month rollups of every month [from, to) touches, summed again from their days. */
async function rebuildMonths(run: Run, from: string, to: string) {
  const first = sql`date_trunc('month', ${from}::date)::date`;
  const end = sql`(date_trunc('month', ${to}::date - 1) + interval '1 month')::date`;
  const month = sql`date_trunc('month', day)::date`;
  await run(sql`delete from stats_question_months where month >= ${first} and month < ${end}`);
  await run(sql`
    insert into stats_question_months (month, track, unit_id, question_id, answered, correct, sum_rest, sum_rest_squared, sum_correct_rest)
    select ${month}, track, unit_id, question_id, sum(answered), sum(correct), sum(sum_rest), sum(sum_rest_squared), sum(sum_correct_rest)
    from stats_question_days where day >= ${first} and day < ${end} group by 1, 2, 3, 4`);
  await run(sql`delete from stats_choice_months where month >= ${first} and month < ${end}`);
  await run(sql`
    insert into stats_choice_months (month, track, unit_id, question_id, choice_id, chosen)
    select ${month}, track, unit_id, question_id, choice_id, sum(chosen)
    from stats_choice_days where day >= ${first} and day < ${end} group by 1, 2, 3, 4, 5`);
}

/** Active learners per week (a quiz sent or a lesson first opened), for the weeks from `from`'s Monday on. */
async function rebuildWeeks(run: Run, from: string) {
  const monday = sql`date_trunc('week', ${from}::date)::date`;
  const start = sql`(${monday}::timestamp at time zone 'Europe/Paris')`;
  const week = (column: string) => sql`date_trunc('week', ${sql.raw(column)} at time zone 'Europe/Paris')::date`;
  await run(sql`delete from stats_track_days where metric = 'active' and day >= ${monday}`);
  await run(sql`
    insert into stats_track_days (day, track, metric, value)
    select week, track, 'active', count(distinct user_id) from (
      select ${week("a.submitted_at")} as week, a.user_id from quiz_attempts a where a.submitted_at >= ${start}
      union all
      select ${week("p.first_viewed_at")}, p.user_id from unit_progress p where p.first_viewed_at >= ${start}
    ) e join users u on u.id = e.user_id and u.role = 'learner'
    group by week, track`);
}

export interface RollupReport {
  from: string;
  through: string;
  slices: number;
}

/**
 * How the scheduled job paces itself: at most 1/7 of one core. Its incremental run (seconds of work
 * at 2M attempts) then takes under a minute of its ten, and the first run over a year of history
 * about a quarter of an hour, inside the job's expiry.
 */
export const ROLLUP_JOB_PACE = 6;

/**
 * Brings the rollups up to `now`: from the day of the high-water mark less the grace (or the first
 * account's day on a first run) to today. Safe to run again at any time. `pace`: see pacedRunner;
 * 0 (tests, tools) runs flat out.
 */
export async function runStatisticsRollup(now = clockNow(), { pace = 0 } = {}): Promise<RollupReport> {
  const key = contentKey();
  const [state] = rowsOf<{ through: string | Date | null; first: string | Date | null }>(
    await db.execute(sql`select (select computed_through from stats_rollup_state where name = ${STATE}) as through,
      (select min(created_at) from users) as first`),
  );
  const since = state?.through ? new Date(new Date(state.through).getTime() - GRACE_MS) : state?.first;
  const from = since ? parisDay(new Date(since)) : parisDay(now);
  const end = addDays(parisDay(now), 1);
  let slices = 0;
  for (let day = from; day < end; day = addDays(day, SLICE_DAYS)) {
    const to = daysBetween(day, end) > SLICE_DAYS ? addDays(day, SLICE_DAYS) : end;
    await db.transaction(async (tx) => rebuildSlice(await pacedRunner(tx, pace), day, to, key));
    slices++;
  }
  await db.transaction(async (tx) => {
    const run = await pacedRunner(tx, pace);
    await rebuildWeeks(run, from);
    await run(sql`
      insert into stats_rollup_state (name, computed_through) values (${STATE}, ${now.toISOString()}::timestamptz)
      on conflict (name) do update set computed_through = greatest(stats_rollup_state.computed_through, excluded.computed_through)`);
  });
  return { from, through: now.toISOString(), slices };
}

/** When the rollups were last brought up to date, or null before the first run. */
export async function rollupsComputedThrough(): Promise<Date | null> {
  const [row] = rowsOf<{ through: string | Date }>(
    await db.execute(sql`select computed_through as through from stats_rollup_state where name = ${STATE}`),
  );
  return row ? new Date(row.through) : null;
}
