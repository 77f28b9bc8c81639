// Records a quiz attempt and its effect on progress in one transaction, idempotent per submission id.
import "server-only";
import { createHash } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { quizAttempts, unitProgress, users, type QuizAttempt } from "@/db/schema";
import type { Unit } from "@/lib/content/load";
import { gradeQuiz, type Answers } from "./grade";
import type { QuestionOrder } from "./shuffle";

export type RecordOutcome = { ok: true; attempt: QuizAttempt } | { ok: false; error: "attemptReused" };

export function payloadHash(answers: Answers): string {
  const canonical = Object.keys(answers)
    .sort()
    .map((k) => `${k}=${[...(answers[k] ?? [])].sort().join(",")}`)
    .join("&");
  return createHash("sha256").update(canonical).digest("hex");
}

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
  return db.transaction(async (tx) => {
    const [inserted] = await tx
      .insert(quizAttempts)
      .values({
        userId,
        unitId: unit.id,
        submissionId,
        payloadHash: hash,
        questionOrder: order,
        answers,
        correctCount: grade.correctCount,
        questionCount: grade.questionCount,
        scorePercent: grade.scorePercent,
        passed: grade.passed,
        contentVersion: unit.contentVersion,
        startedAt,
        submittedAt: now,
      })
      .onConflictDoNothing({ target: [quizAttempts.userId, quizAttempts.submissionId] })
      .returning();
    if (!inserted) {
      // A replay (double click, retry): same answers → same result; other answers → refused.
      const [existing] = await tx
        .select()
        .from(quizAttempts)
        .where(and(eq(quizAttempts.userId, userId), eq(quizAttempts.submissionId, submissionId)));
      if (!existing || existing.payloadHash !== hash) return { ok: false, error: "attemptReused" } as const;
      return { ok: true, attempt: existing } as const;
    }
    await tx
      .insert(unitProgress)
      .values({
        userId,
        unitId: unit.id,
        firstViewedAt: now,
        attemptCount: 1,
        bestScorePercent: grade.scorePercent,
        validatedAt: grade.passed ? now : null,
        validatedContentVersion: grade.passed ? unit.contentVersion : null,
        updatedAt: now,
      })
      .onConflictDoUpdate({
        target: [unitProgress.userId, unitProgress.unitId],
        set: {
          attemptCount: sql`${unitProgress.attemptCount} + 1`,
          bestScorePercent: sql`greatest(coalesce(${unitProgress.bestScorePercent}, 0), ${grade.scorePercent})`,
          // A validation, once earned, is never removed by a later attempt or a content change.
          validatedAt: grade.passed ? sql`coalesce(${unitProgress.validatedAt}, ${now.toISOString()}::timestamptz)` : sql`${unitProgress.validatedAt}`,
          validatedContentVersion: grade.passed
            ? sql`coalesce(${unitProgress.validatedContentVersion}, ${unit.contentVersion})`
            : sql`${unitProgress.validatedContentVersion}`,
          updatedAt: now,
        },
      });
    await tx.update(users).set({ lastActivityAt: now }).where(and(eq(users.id, userId), lt(users.lastActivityAt, new Date(now.getTime() - 60_000))));
    return { ok: true, attempt: inserted } as const;
  });
}

export async function getOwnAttempt(userId: string, attemptId: string): Promise<QuizAttempt | null> {
  if (!/^[0-9a-f-]{36}$/i.test(attemptId)) return null;
  const [a] = await db.select().from(quizAttempts).where(and(eq(quizAttempts.id, attemptId), eq(quizAttempts.userId, userId)));
  return a ?? null;
}
