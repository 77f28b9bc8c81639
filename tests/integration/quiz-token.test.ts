// The quiz action refuses attempt tokens outside their validity window, including ones dated ahead.
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { quizAttempts } from "@/db/schema";
import { issueAttemptToken } from "@/lib/quiz/attempt-token";
import { submitQuizAction } from "@/lib/quiz/actions";
import { answersFor, createLearner, drawFor } from "../support/factories";
import { inRequest, openSession, presentSession, resetRequest } from "../support/next-request-mock";

const UNIT = "m1-u1";
/** The allowed clock skew between instances (ATTEMPT_TOKEN_CLOCK_SKEW_MS, checked in the unit test). */
const SKEW_MS = 5_000;
const TEN_YEARS_MS = 10 * 365 * 24 * 3600_000;
/** A fresh learner submits right answers with a token dated `issuedAt`. */
async function submitWithTokenIssuedAt(issuedAt: Date) {
  const learner = await createLearner();
  resetRequest();
  presentSession(await openSession(learner));
  const form = new FormData();
  form.set("locale", "fr");
  form.set("token", issueAttemptToken(learner.id, UNIT, issuedAt, { seed: 1, questionIds: drawFor(UNIT) }));
  for (const [question, choices] of Object.entries(answersFor(UNIT, true)))
    for (const c of choices) form.append(`q_${question}`, c);
  return { learner, outcome: await inRequest(() => submitQuizAction(undefined, form)) };
}

describe("quiz attempt token dates", () => {
  it("refuses a token dated ten years ahead, and records nothing", async () => {
    const { learner, outcome } = await submitWithTokenIssuedAt(new Date(Date.now() + TEN_YEARS_MS));
    expect(outcome).toMatchObject({ value: { ok: false, formError: "attemptExpired" } });
    expect(await db.select().from(quizAttempts).where(eq(quizAttempts.userId, learner.id))).toEqual([]);
  });

  it("refuses a token dated just beyond the allowed clock skew", async () => {
    const { outcome } = await submitWithTokenIssuedAt(new Date(Date.now() + SKEW_MS + 2_000));
    expect(outcome).toMatchObject({ value: { ok: false, formError: "attemptExpired" } });
  });

  it("accepts a token dated a little ahead, within the clock skew between instances", async () => {
    const { outcome } = await submitWithTokenIssuedAt(new Date(Date.now() + SKEW_MS - 2_000));
    expect(outcome).not.toEqual({ value: { ok: false, formError: "attemptExpired" } });
  });
});
