// Records a quiz attempt and its effect on progress atomically, idempotent per submission id.
import "server-only";
import { createHash } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { db, rowsOf } from "@/db/client";
import { quizAttempts, type QuizAttempt } from "@/db/schema";
import type { Unit } from "@/lib/content/load";
import { gradeQuiz, type Answers } from "./grade";
import type { QuestionOrder } from "./shuffle";

export type RecordedAttempt = Pick<QuizAttempt, "id" | "passed" | "scorePercent">;
export type RecordOutcome = { ok: true; attempt: RecordedAttempt } | { ok: false; error: "attemptReused" };

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
 * the learner's last activity. A replayed submission inserts nothing and changes nothing.
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
  const grade = gradeQuiz(unit.quiz, answers);
  const hash = payloadHash(answers);
  const at = now.toISOString();
  const validatedAt = grade.passed ? at : null;
  const validatedVersion = grade.passed ? unit.contentVersion : null;
  const rows = rowsOf<RecordedAttempt>(
    await db.execute(sql`
      with attempt as (
        insert into quiz_attempts (user_id, unit_id, submission_id, payload_hash, question_order, answers,
          correct_count, question_count, score_percent, passed, content_version, started_at, submitted_at)
        values (${userId}, ${unit.id}, ${submissionId}, ${hash}, ${JSON.stringify(order)}::jsonb, ${JSON.stringify(answers)}::jsonb,
          ${grade.correctCount}, ${grade.questionCount}, ${grade.scorePercent}, ${grade.passed}, ${unit.contentVersion},
          ${startedAt.toISOString()}::timestamptz, ${at}::timestamptz)
        on conflict (user_id, submission_id) do nothing
        returning id, passed, score_percent
      ),
      progress as (
        insert into unit_progress (user_id, unit_id, first_viewed_at, attempt_count, best_score_percent,
          validated_at, validated_content_version, updated_at)
        select ${userId}, ${unit.id}, ${at}::timestamptz, 1, score_percent, ${validatedAt}::timestamptz, ${validatedVersion}, ${at}::timestamptz
        from attempt
        on conflict (user_id, unit_id) do update set
          attempt_count = unit_progress.attempt_count + 1,
          best_score_percent = greatest(coalesce(unit_progress.best_score_percent, 0), excluded.best_score_percent),
          validated_at = coalesce(unit_progress.validated_at, excluded.validated_at),
          validated_content_version = coalesce(unit_progress.validated_content_version, excluded.validated_content_version),
          updated_at = excluded.updated_at
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
    .select({ id: quizAttempts.id, passed: quizAttempts.passed, scorePercent: quizAttempts.scorePercent, payloadHash: quizAttempts.payloadHash })
    .from(quizAttempts)
    .where(and(eq(quizAttempts.userId, userId), eq(quizAttempts.submissionId, submissionId)));
  if (!existing || existing.payloadHash !== hash) return { ok: false, error: "attemptReused" };
  return { ok: true, attempt: { id: existing.id, passed: existing.passed, scorePercent: existing.scorePercent } };
}

export async function getOwnAttempt(userId: string, attemptId: string): Promise<QuizAttempt | null> {
  if (!/^[0-9a-f-]{36}$/i.test(attemptId)) return null;
  const [a] = await db.select().from(quizAttempts).where(and(eq(quizAttempts.id, attemptId), eq(quizAttempts.userId, userId)));
  return a ?? null;
}
