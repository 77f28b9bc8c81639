// Records a quiz attempt and its effect on progress atomically, idempotent per submission id.
import "server-only";
import { createHash } from "node:crypto";
import { and, desc, eq, sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import { quizAttempts, unitProgress, type QuizAttempt } from "@/db/schema";
import type { Unit } from "@/lib/content/load";
import { latestFirstViewAllowed, minStudySeconds, secondsBeforeQuiz } from "@/lib/progress/study-time";
import { gradeQuiz, type Answers } from "./grade";
import type { QuestionOrder } from "./shuffle";

export type RecordedAttempt = Pick<QuizAttempt, "id" | "passed" | "scorePercent">;
export type RecordOutcome =
  | { ok: true; attempt: RecordedAttempt }
  | { ok: false; error: "attemptReused" }
  /** The lesson was never opened (waitSeconds null) or opened less than the minimum study time ago. */
  | { ok: false; error: "notStudied"; waitSeconds: number | null };

export function payloadHash(answers: Answers): string {
  const canonical = Object.keys(answers)
    .sort()
    .map((k) => `${k}=${[...(answers[k] ?? [])].sort().join(",")}`)
    .join("&");
  return createHash("sha256").update(canonical).digest("hex");
}

/**
 * One statement, so one transaction and one round trip: the attempt, the unit's progress (best
 * score; a validation, once earned, is never removed by a later attempt or a content change) and
 * the learner's last activity. A replayed submission inserts nothing and changes nothing. Nothing is
 * recorded unless the learner first opened the lesson at least the unit's minimum study time ago
 * (lib/progress/study-time.ts): the database row of that first view is the proof.
 */
export async function recordAttempt(
  userId: string,
  unit: Unit,
  submissionId: string,
  order: QuestionOrder,
  answers: Answers,
  startedAt: Date,
  now: Date,
): Promise<RecordOutcome> {
  const grade = gradeQuiz(
    unit.quiz,
    answers,
    order.map((q) => q.questionId),
  );
  const hash = payloadHash(answers);
  const at = now.toISOString();
  const validatedAt = grade.passed ? at : null;
  const validatedVersion = grade.passed ? unit.contentVersion : null;
  const minSeconds = minStudySeconds(unit);
  const studiedBy = latestFirstViewAllowed(minSeconds, now).toISOString();
  const rows = rowsOf<RecordedAttempt>(
    await db.execute(sql`
      with attempt as (
        insert into quiz_attempts (user_id, unit_id, submission_id, payload_hash, question_order, answers,
          correct_count, question_count, score_percent, passed, content_version, started_at, submitted_at)
        select ${userId}::uuid, ${unit.id}, ${submissionId}, ${hash}, ${JSON.stringify(order)}::jsonb, ${JSON.stringify(answers)}::jsonb,
          ${grade.correctCount}::int, ${grade.questionCount}::int, ${grade.scorePercent}::int, ${grade.passed}::boolean, ${unit.contentVersion},
          ${startedAt.toISOString()}::timestamptz, ${at}::timestamptz
        where exists (
          select 1 from unit_progress
          where user_id = ${userId}::uuid and unit_id = ${unit.id} and first_viewed_at <= ${studiedBy}::timestamptz
        )
        on conflict (user_id, submission_id) do nothing
        returning id, passed, score_percent
      ),
      progress as (
        update unit_progress set
          attempt_count = unit_progress.attempt_count + 1,
          best_score_percent = greatest(coalesce(unit_progress.best_score_percent, 0), attempt.score_percent),
          validated_at = coalesce(unit_progress.validated_at, ${validatedAt}::timestamptz),
          validated_content_version = coalesce(unit_progress.validated_content_version, ${validatedVersion}),
          updated_at = ${at}::timestamptz
        from attempt
        where unit_progress.user_id = ${userId}::uuid and unit_progress.unit_id = ${unit.id}
      ),
      activity as (
        update users set last_activity_at = ${at}::timestamptz
        where id = ${userId} and exists (select 1 from attempt) and last_activity_at < ${at}::timestamptz - interval '1 minute'
      )
      select id, passed, score_percent as "scorePercent" from attempt`),
  );
  if (rows[0]) return { ok: true, attempt: rows[0] };
  // A replay (double click, retry): same answers → same result; other answers → refused.
  const [existing] = await db
    .select({
      id: quizAttempts.id,
      passed: quizAttempts.passed,
      scorePercent: quizAttempts.scorePercent,
      payloadHash: quizAttempts.payloadHash,
    })
    .from(quizAttempts)
    .where(and(eq(quizAttempts.userId, userId), eq(quizAttempts.submissionId, submissionId)));
  if (existing) {
    if (existing.payloadHash !== hash) return { ok: false, error: "attemptReused" };
    return { ok: true, attempt: { id: existing.id, passed: existing.passed, scorePercent: existing.scorePercent } };
  }
  // Not a replay: the study time is what refused it.
  const firstViewedAt = await getFirstView(userId, unit.id);
  return { ok: false, error: "notStudied", waitSeconds: secondsBeforeQuiz(firstViewedAt, minSeconds, now) };
}

/** When the learner first opened the unit's lesson, or null. */
export async function getFirstView(userId: string, unitId: string): Promise<Date | null> {
  const [row] = await db
    .select({ firstViewedAt: unitProgress.firstViewedAt })
    .from(unitProgress)
    .where(and(eq(unitProgress.userId, userId), eq(unitProgress.unitId, unitId)));
  return row?.firstViewedAt ?? null;
}

/** How many earlier attempts a new draw looks back on (a bank is about twice an attempt). */
const DRAW_MEMORY = 5;

/**
 * The learner's latest attempts at a unit, most recent first: the questions each asked, and the id of
 * the latest (a new draw is made once it changes).
 */
export async function getPreviousDraws(
  userId: string,
  unitId: string,
): Promise<{ latestAttemptId: string | null; questionIds: string[][] }> {
  const rows = await db
    .select({ id: quizAttempts.id, questionOrder: quizAttempts.questionOrder })
    .from(quizAttempts)
    .where(and(eq(quizAttempts.userId, userId), eq(quizAttempts.unitId, unitId)))
    .orderBy(desc(quizAttempts.submittedAt), desc(quizAttempts.id))
    .limit(DRAW_MEMORY);
  return {
    latestAttemptId: rows[0]?.id ?? null,
    questionIds: rows.map((r) => r.questionOrder.map((q) => q.questionId)),
  };
}

export async function getOwnAttempt(userId: string, attemptId: string): Promise<QuizAttempt | null> {
  if (!/^[0-9a-f-]{36}$/i.test(attemptId)) return null;
  const [a] = await db
    .select()
    .from(quizAttempts)
    .where(and(eq(quizAttempts.id, attemptId), eq(quizAttempts.userId, userId)));
  return a ?? null;
}
