// Seeds benchmark learners straight into PostgreSQL: confirmed accounts with accepted policies
// and one open server-side session each.
import { createHash, randomBytes } from "node:crypto";
import postgres from "postgres";
import { generateVerificationCode } from "../lib/certificates/verification-code";
import { sessionCookie } from "./harness";

export interface BenchLearner {
  id: string;
  username: string;
  cookie: string;
  /** Set for the learners given a certificate. */
  certificateCode?: string;
}

/** The twelve units, for seeding progress without loading the course content. */
export const UNIT_IDS = [
  "m1-u1",
  "m1-u2",
  "m1-u3",
  "m1-u4",
  "m2-u1",
  "m2-u2",
  "m2-u3",
  "m2-u4",
  "m3-u1",
  "m3-u2",
  "m3-u3",
  "m3-u4",
];

export const BENCH_PASSWORD = "bench password, long enough";

const hashToken = (t: string) => createHash("sha256").update(t).digest("hex");

/** `count` learners; the first `withCertificate` of them also hold a general-public certificate. */
export async function seedLearners(
  databaseUrl: string,
  count: number,
  passwordHash: string,
  withCertificate = 0,
): Promise<BenchLearner[]> {
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  const learners: BenchLearner[] = [];
  const policies = await sql<{ id: number }[]>`select id from policy_versions`;
  for (let i = 0; i < count; i++) {
    const username = `bench_${i}_${randomBytes(3).toString("hex")}`;
    const [user] = await sql<{ id: string }[]>`
      insert into users (first_name, last_name, username, email, password_hash, track, age_confirmed_at, email_verified_at)
      values ('Bench', ${`Learner ${i}`}, ${username}, ${`${username}@example.org`}, ${passwordHash}, 'public', now(), now())
      returning id`;
    const sid = randomBytes(32).toString("base64url");
    await sql`insert into user_sessions (id, user_id, authenticated_at, expires_at) values (${hashToken(sid)}, ${user!.id}, now(), now() + interval '12 hours')`;
    for (const p of policies)
      await sql`insert into policy_acceptances (user_id, policy_version_id) values (${user!.id}, ${p.id})`;
    // Lessons opened a day ago: the benchmarked quiz submissions pass the study-time check (lib/progress/study-time.ts).
    await sql`insert into unit_progress (user_id, unit_id, first_viewed_at) select ${user!.id}::uuid, id, now() - interval '1 day' from string_to_table(${UNIT_IDS.join(",")}, ',') as id`;
    const learner: BenchLearner = { id: user!.id, username, cookie: await sessionCookie(sid) };
    if (i < withCertificate) {
      learner.certificateCode = generateVerificationCode();
      await sql`insert into certificates (user_id, track, first_name, last_name, verification_code, locale, module_versions)
        values (${user!.id}, 'public', 'Bench', ${`Learner ${i}`}, ${learner.certificateCode}, 'fr', ${sql.json([])})`;
    }
    learners.push(learner);
  }
  await sql.end();
  return learners;
}

/**
 * The statistics volume (issue #14): `learners` confirmed learners registered over the last year and
 * `attempts` quiz attempts spread over the units and their lifetime, answered from the real question
 * banks (each question right with its own probability, so item analysis has something to find), and
 * their unit progress; all in set-based statements (generate_series), in a few minutes at most.
 */
export async function seedVolume(databaseUrl: string, learners: number, attempts: number, passwordHash: string) {
  const { getCourse } = await import("../lib/content/load");
  const units = getCourse().modules.flatMap((m) =>
    m.units.map((u) => ({
      unit_id: u.id,
      questions: u.quiz.questions.slice(0, u.quiz.perAttempt ?? 10).map((q, i) => ({
        questionId: q.id,
        choiceIds: q.choices.map((c) => c.id),
        right: q.correct,
        wrong: [q.choices.find((c) => !q.correct.includes(c.id))?.id ?? "x"],
        p: 0.45 + ((i * 7) % 10) * 0.06,
      })),
    })),
  );
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await sql`
    insert into users (first_name, last_name, username, email, password_hash, track, age_confirmed_at, email_verified_at, created_at, last_activity_at)
    select 'Volume', 'Learner ' || i, 'volume_' || i, 'volume_' || i || '@example.org', ${passwordHash},
      case when i % 5 = 0 then 'professional' else 'public' end, at, case when i % 10 < 9 then at + interval '1 hour' end, at, at
    from (select i, now() - (365 * (${learners}::int - i) / ${learners}::float) * interval '1 day' as at
      from generate_series(1, ${learners}::int) i) s`;
  await sql`create temp table volume_units as
    select (row_number() over ()) - 1 as n, unit_id, questions, jsonb_array_length(questions) as asked,
      (select jsonb_agg(jsonb_build_object('questionId', q->>'questionId', 'choiceIds', q->'choiceIds'))
        from jsonb_array_elements(questions) q) as question_order
    from jsonb_to_recordset(${sql.json(units)}::jsonb) as u(unit_id text, questions jsonb)`;
  await sql`create temp table volume_users as
    select (row_number() over (order by created_at)) - 1 as n, id, created_at from users where username like 'volume\_%'`;
  const unitCount = units.length;
  // Each attempt: a learner, a unit, a time between registration and now, and one answer per question
  // (right with the question's probability), scored as it is drawn.
  await sql`
    insert into quiz_attempts (user_id, unit_id, submission_id, payload_hash, question_order, answers,
      correct_count, question_count, score_percent, passed, content_version, started_at, submitted_at)
    select uu.id, un.unit_id, 'volume-' || a.i, 'x', un.question_order, g.answers, g.correct, un.asked,
      100 * g.correct / un.asked, g.correct * 100 >= 80 * un.asked, 'volume', t.at - interval '5 minutes', t.at
    from (select i, (i::bigint * 7919) % ${learners}::int as user_n,
        (i / ${learners}::int + (i::bigint * 7919) % ${learners}::int) % ${unitCount}::int as unit_n, random() as f
      from generate_series(1, ${attempts}::int) i) a
    join volume_users uu on uu.n = a.user_n
    join volume_units un on un.n = a.unit_n
    cross join lateral (select uu.created_at + a.f * (now() - uu.created_at) as at) t
    cross join lateral (
      select jsonb_object_agg(q.value->>'questionId', case when r.ok then q.value->'right' else q.value->'wrong' end) as answers,
        (count(*) filter (where r.ok))::int as correct
      from jsonb_array_elements(un.questions) q cross join lateral (select random() < (q.value->>'p')::float + (a.f - 0.5) * 0.5 as ok) r
    ) g`;
  // Drawn in random time order, but a real table receives its attempts as they happen: lay them out so.
  await sql`cluster quiz_attempts using quiz_attempts_submitted_idx`;
  await sql`
    insert into unit_progress (user_id, unit_id, first_viewed_at, attempt_count, best_score_percent, validated_at, validated_content_version, updated_at)
    select user_id, unit_id, min(submitted_at) - interval '25 minutes', count(*), max(score_percent),
      min(submitted_at) filter (where passed), case when bool_or(passed) then 'volume' end, max(submitted_at)
    from quiz_attempts where content_version = 'volume' group by user_id, unit_id
    on conflict do nothing`;
  await sql`analyze`;
  await sql.end();
}
