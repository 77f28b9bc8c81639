// Property-based tests of the quiz submission action (lib/quiz/actions.ts) on hostile input: forged,
// expired, foreign or replayed attempt tokens, unknown and repeated answers, answers to questions the
// attempt did not draw, extra fields.
import { eq } from "drizzle-orm";
import fc from "fast-check";
import { beforeAll, describe, expect } from "vitest";
import { db } from "@/db/client";
import { policyAcceptances, type User } from "@/db/schema";
import { getCourse } from "@/lib/content/load";
import { ATTEMPT_TOKEN_TTL_MS, issueAttemptToken } from "@/lib/quiz/attempt-token";
import { submitQuizAction } from "@/lib/quiz/actions";
import { drawQuestionIds } from "@/lib/quiz/draw";
import { seededRandom } from "@/lib/quiz/shuffle";
import { createLearner, studyUnit } from "../../support/factories";
import {
  CLIENT_IP,
  LOCALE,
  REFUSAL_REDIRECT,
  checkAction,
  describeOutcome,
  extraFields,
  field,
  fuzzEveryTarget,
  hostileString,
  newRequest,
  prepareFuzzing,
  recentOrAnyAuth,
  runProperty,
  toFormData,
  type FieldValue,
  type FuzzTarget,
  type GeneratedForm,
} from "../../support/fuzz";

let learner: User;
let other: User;
let noPolicy: User;

beforeAll(async () => {
  await prepareFuzzing();
  learner = await createLearner({ track: "professional" });
  other = await createLearner();
  noPolicy = await createLearner();
  await db.delete(policyAcceptances).where(eq(policyAcceptances.userId, noPolicy.id));
  // The learner studied every lesson, so valid submissions are recorded (the study time has its own tests).
  for (const unit of getCourse().modules.flatMap((m) => m.units)) await studyUnit(learner.id, unit.id);
});

const UNITS = getCourse().modules.flatMap((m) => m.units);

type TokenKind = "valid" | "drawn" | "replay" | "otherUser" | "expired" | "unknownUnit" | "tampered" | "none";
const TOKEN_KIND = fc.constantFrom<TokenKind>(
  "valid",
  "valid",
  "drawn",
  "replay",
  "otherUser",
  "expired",
  "unknownUnit",
  "tampered",
  "none",
);

/** Answers for one unit's questions: valid choices mostly, then missing, unknown, repeated, files… */
function answersFor(unitIndex: number): fc.Arbitrary<Record<string, FieldValue>> {
  const unit = UNITS[unitIndex];
  if (!unit) throw new Error("no unit");
  const shape: Record<string, fc.Arbitrary<FieldValue>> = {};
  for (const q of unit.quiz.questions) {
    const ids = q.choices.map((c) => c.id);
    shape[`q_${q.id}`] =
      q.kind === "multiple"
        ? fc.oneof(
            { weight: 6, arbitrary: fc.subarray(ids, { minLength: 1 }) },
            { weight: 4, arbitrary: field(fc.constantFrom(...ids), 8) },
          )
        : field(fc.constantFrom(...ids), 12);
  }
  return fc.record(shape);
}

const SUBMISSION = fc.integer({ min: 0, max: UNITS.length - 1 }).chain((unitIndex) =>
  fc.record({
    unitIndex: fc.constant(unitIndex),
    tokenKind: TOKEN_KIND,
    tokenField: field(fc.constant("⟦token⟧"), 12),
    locale: LOCALE,
    answers: answersFor(unitIndex),
    extras: extraFields,
    ip: CLIENT_IP,
    auth: recentOrAnyAuth(6, 4),
    who: fc.constantFrom("learner", "learner", "learner", "noPolicy"),
    suffix: hostileString,
    seed: fc.nat(),
  }),
);

let lastValid: string | null = null;

const TARGETS: Record<string, FuzzTarget> = {
  "lib/quiz/actions.ts#submitQuizAction": {
    run: (name) =>
      runProperty(name, SUBMISSION, async (s) => {
        const unit = UNITS[s.unitIndex];
        if (!unit) throw new Error("no unit");
        const user = s.who === "noPolicy" ? noPolicy : learner;
        await newRequest(s.ip, s.auth, user);
        const now = new Date();
        // "valid" draws the whole bank, so the generated answers match; "drawn" a real attempt's share of it
        // (answers to the other questions are then refused as not asked).
        const bank = { seed: s.seed, questionIds: unit.quiz.questions.map((q) => q.id) };
        const drawn = { seed: s.seed, questionIds: drawQuestionIds(unit.quiz, [], seededRandom(s.seed)) };
        const issue = (userId: string, unitId: string, at: Date) => issueAttemptToken(userId, unitId, at, bank);
        const token = (): string => {
          switch (s.tokenKind) {
            case "valid":
              return (lastValid = issue(user.id, unit.id, now));
            case "drawn":
              return issueAttemptToken(user.id, unit.id, now, drawn);
            case "replay":
              return lastValid ?? issue(user.id, unit.id, now);
            case "otherUser":
              return issue(other.id, unit.id, now);
            case "expired":
              return issue(user.id, unit.id, new Date(now.getTime() - ATTEMPT_TOKEN_TTL_MS - 60_000));
            case "unknownUnit":
              return issue(user.id, "m9-u9", now);
            case "tampered":
              return issue(user.id, unit.id, now) + s.suffix;
            case "none":
              return s.suffix;
          }
        };
        const form: GeneratedForm = {
          fields: { locale: s.locale, token: s.tokenField, ...s.answers },
          extras: s.extras,
        };
        const data = await toFormData(form, { "⟦token⟧": token });
        const outcome = await checkAction(() => submitQuizAction(undefined, data));
        if (outcome.kind === "redirect" && !REFUSAL_REDIRECT.test(outcome.url)) {
          expect(outcome.url).toMatch(new RegExp(`^/(fr|en)/learn/[\\w-]+/${unit.slug}/result/[0-9a-f-]{36}$`));
        }
        return describeOutcome(outcome).replace(/\/learn\/.*\/result\/.*/, "/learn/…/result/:id");
      }),
  },
};

describe("fuzz: quiz submission (lib/quiz/actions.ts)", () => {
  fuzzEveryTarget("quiz", TARGETS);
});
