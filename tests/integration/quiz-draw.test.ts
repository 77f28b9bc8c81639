// Question banks through the real quiz page read model and submission action: an attempt asks the
// questions drawn for it (balanced across objectives, the same on reload), grades only those, refuses
// an answer to any other, records a replay once, and a retake asks other questions.
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { quizAttempts, type User } from "@/db/schema";
import { findUnitById } from "@/lib/content/load";
import type { Quiz } from "@/lib/content/schemas";
import { submitQuizAction } from "@/lib/quiz/actions";
import { getQuizView, getResultView } from "@/lib/quiz/views";
import { createLearner, studyUnit } from "../support/factories";
import { inRequest, openSession, presentSession, resetRequest, type SignedIn } from "../support/next-request-mock";

const unit = findUnitById("m1-u1")!.unit;
const original = unit.quiz;
/** m1-u1's questions as a bank of two objectives (o1: odd positions, o2: even), 3 per attempt. */
const bank: Quiz = {
  perAttempt: 3,
  objectives: [
    { id: "m1-u1-o1", text: { fr: "Objectif 1", en: "Objective 1" } },
    { id: "m1-u1-o2", text: { fr: "Objectif 2", en: "Objective 2" } },
  ],
  questions: original.questions.map((q, i) => ({ ...q, objective: i % 2 === 0 ? "m1-u1-o1" : "m1-u1-o2" })),
};
const objectiveOf = (id: string) => bank.questions.find((q) => q.id === id)!.objective;

beforeAll(() => {
  unit.quiz = bank;
});
afterAll(() => {
  unit.quiz = original;
});

const quizView = (learner: User) => getQuizView(learner.id, unit.moduleSlug, unit.slug, "fr", new Date());

/** Posts the quiz form with right answers to `questionIds` and the page's token. */
async function post(session: SignedIn, token: string, questionIds: string[]) {
  resetRequest();
  presentSession(session);
  const form = new FormData();
  form.set("locale", "fr");
  form.set("token", token);
  for (const id of questionIds)
    for (const c of bank.questions.find((q) => q.id === id)!.correct) form.append(`q_${id}`, c);
  const outcome = await inRequest(() => submitQuizAction(undefined, form));
  if ("value" in outcome) return { result: outcome.value };
  return { redirect: ((outcome.thrown as { digest?: string }).digest ?? "").split(";")[2] };
}

const attemptsOf = (learner: User) =>
  db
    .select()
    .from(quizAttempts)
    .where(and(eq(quizAttempts.userId, learner.id), eq(quizAttempts.unitId, unit.id)));

describe("quiz attempts drawn from a question bank", () => {
  let learner: User;
  let session: SignedIn;

  beforeAll(async () => {
    learner = await createLearner();
    session = await openSession(learner);
    await studyUnit(learner.id, unit.id);
  });

  it("shows perAttempt questions, balanced across the objectives, and the same ones on reload", async () => {
    const first = (await quizView(learner))!;
    const asked = first.questions.map((q) => q.id);
    expect(asked).toHaveLength(3);
    const perObjective = ["m1-u1-o1", "m1-u1-o2"].map((o) => asked.filter((id) => objectiveOf(id) === o).length);
    expect(perObjective.sort()).toEqual([1, 2]);
    const reload = (await quizView(learner))!;
    expect(reload.questions.map((q) => q.id)).toEqual(asked);
    expect(reload.token).not.toBe(first.token);
  });

  it("refuses an answer to a question of the bank the attempt did not ask, and records nothing", async () => {
    const view = (await quizView(learner))!;
    const asked = view.questions.map((q) => q.id);
    const other = bank.questions.find((q) => !asked.includes(q.id))!.id;
    expect(await post(session, view.token, [...asked, other])).toEqual({
      result: { ok: false, formError: "questionNotDrawn", values: expect.any(Object) },
    });
    expect(await post(session, view.token, [...asked.slice(1), other])).toMatchObject({
      result: { ok: false, formError: "questionNotDrawn" },
    });
    expect(await attemptsOf(learner)).toEqual([]);
  });

  it("asks for every drawn question", async () => {
    const view = (await quizView(learner))!;
    const asked = view.questions.map((q) => q.id);
    expect(await post(session, view.token, asked.slice(1))).toMatchObject({
      result: { ok: false, fieldErrors: { [`q_${asked[0]}`]: ["answerRequired"] } },
    });
  });

  it("grades the drawn questions only, records a replay once, and the result shows those questions", async () => {
    const view = (await quizView(learner))!;
    const asked = view.questions.map((q) => q.id);
    const sent = await post(session, view.token, asked);
    expect(sent.redirect).toMatch(/\/result\/[0-9a-f-]{36}$/);
    expect(await post(session, view.token, asked)).toEqual(sent);
    const rows = await attemptsOf(learner);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ questionCount: 3, correctCount: 3, scorePercent: 100, passed: true });
    expect(rows[0]!.questionOrder.map((q) => q.questionId)).toEqual(asked);
    expect(Object.keys(rows[0]!.answers).sort()).toEqual([...asked].sort());
    const result = await getResultView(learner.id, unit.moduleSlug, unit.slug, rows[0]!.id, "fr");
    expect(result?.feedback.questions.map((q) => q.id)).toEqual(asked);
    expect(result).toMatchObject({ questionCount: 3, correctCount: 3 });
  });

  it("draws other questions for a retake, still balanced", async () => {
    const [previous] = await attemptsOf(learner);
    const shown = previous!.questionOrder.map((q) => q.questionId);
    const retake = (await quizView(learner))!.questions.map((q) => q.id);
    expect(retake).toHaveLength(3);
    expect(retake.filter((id) => shown.includes(id))).toEqual([]);
    const perObjective = ["m1-u1-o1", "m1-u1-o2"].map((o) => retake.filter((id) => objectiveOf(id) === o).length);
    expect(perObjective.sort()).toEqual([1, 2]);
  });
});
