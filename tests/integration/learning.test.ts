import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { quizAttempts, unitProgress } from "@/db/schema";
import { findUnitById } from "@/lib/content/load";
import { recordAttempt } from "@/lib/quiz/attempts";
import { orderQuiz } from "@/lib/quiz/shuffle";
import { getDashboard } from "@/lib/progress/queries";
import { answersFor, createLearner, submit } from "../support/factories";

const UNIT = "m1-u1";

async function progressOf(userId: string, unitId = UNIT) {
  const [p] = await db
    .select()
    .from(unitProgress)
    .where(and(eq(unitProgress.userId, userId), eq(unitProgress.unitId, unitId)));
  return p;
}

describe("quiz attempts and validation", () => {
  it("validates at 80 % or more and keeps the best score", async () => {
    const user = await createLearner();
    const failed = await submit(user.id, UNIT, answersFor(UNIT, false));
    expect(failed.ok && failed.attempt.passed).toBe(false);
    expect((await progressOf(user.id))?.validatedAt).toBeNull();
    const passed = await submit(user.id, UNIT, answersFor(UNIT, true));
    expect(passed.ok && passed.attempt.scorePercent).toBe(100);
    expect((await progressOf(user.id))?.validatedAt).not.toBeNull();
  });

  it("never removes a validation after a later failed attempt", async () => {
    const user = await createLearner();
    await submit(user.id, UNIT, answersFor(UNIT, true));
    await submit(user.id, UNIT, answersFor(UNIT, false));
    const p = await progressOf(user.id);
    expect(p?.validatedAt).not.toBeNull();
    expect(p?.bestScorePercent).toBe(100);
    expect(p?.attemptCount).toBe(2);
  });

  it("records one attempt for 20 parallel identical submissions, all with the same result", async () => {
    const user = await createLearner();
    const answers = answersFor(UNIT, true);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => submit(user.id, UNIT, answers, "same-submission-id")),
    );
    const ids = new Set(results.map((r) => (r.ok ? r.attempt.id : "refused")));
    expect(ids.size).toBe(1);
    expect(ids.has("refused")).toBe(false);
    const rows = await db
      .select()
      .from(quizAttempts)
      .where(and(eq(quizAttempts.userId, user.id), eq(quizAttempts.submissionId, "same-submission-id")));
    expect(rows).toHaveLength(1);
    expect((await progressOf(user.id))?.attemptCount).toBe(1);
  });

  it("refuses a different payload under a used submission id", async () => {
    const user = await createLearner();
    await submit(user.id, UNIT, answersFor(UNIT, false), "token-1");
    expect(await submit(user.id, UNIT, answersFor(UNIT, true), "token-1")).toEqual({
      ok: false,
      error: "attemptReused",
    });
    expect((await progressOf(user.id))?.validatedAt).toBeNull();
  });

  it("keeps a validation when the quiz is edited afterwards", async () => {
    const user = await createLearner();
    await submit(user.id, UNIT, answersFor(UNIT, true));
    const found = findUnitById(UNIT)!;
    const edited = {
      ...found.unit,
      contentVersion: "edited-version",
      quiz: {
        questions: found.unit.quiz.questions.map((q) =>
          q.kind === "single" ? { ...q, correct: [q.choices.find((c) => !q.correct.includes(c.id))!.id] } : q,
        ),
      },
    };
    const now = new Date();
    const result = await recordAttempt(
      user.id,
      edited,
      "after-edit",
      orderQuiz(edited.quiz, 2),
      answersFor(UNIT, true),
      now,
      now,
    );
    expect(result.ok && result.attempt.passed).toBe(false);
    const p = await progressOf(user.id);
    expect(p?.validatedAt).not.toBeNull();
    expect(p?.validatedContentVersion).toBe(found.unit.contentVersion);
  });

  it("shows progress, states and what is missing on the dashboard", async () => {
    const user = await createLearner();
    await submit(user.id, "m1-u1", answersFor("m1-u1", true));
    await submit(user.id, "m1-u2", answersFor("m1-u2", false));
    const view = await getDashboard(user.id, "public", null, "fr", new Date());
    const m1 = view.modules.find((m) => m.slug === "comprendre-la-menace")!;
    expect(m1.units.map((u) => u.state)).toEqual(["validated", "failed", "not_started", "not_started"]);
    expect(m1.validatedCount).toBe(1);
    expect(view.modules.find((m) => m.slug === "professionnels")?.inTrack).toBe(false);
    expect(view.eligibility.eligible).toBe(false);
    expect(view.eligibility.missing.map((m) => m.moduleSlug)).toEqual(["comprendre-la-menace", "tous-impliques"]);
    expect(view.next?.unitSlug).toBe("modes-operatoires-et-cibles");
  });
});
