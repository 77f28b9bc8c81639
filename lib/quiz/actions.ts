"use server";
// Quiz submission, through the one pipeline: authorise → check the attempt token (owner, unit, age) →
// parse against the questions the token drew (an answer to any other is refused) → grade and record in one statement, only once the lesson was studied
// (lib/progress/study-time.ts) → result; too early, the answers come back.
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import { parseForm } from "@/lib/actions/parse-form";
import { now as clockNow } from "@/lib/clock";
import { isOpen } from "@/lib/content/availability";
import { findUnitById } from "@/lib/content/load";
import { metrics } from "@/lib/observability/metrics";
import { minStudySeconds } from "@/lib/progress/study-time";
import { answerValues } from "./answer-values";
import { isAttemptTokenCurrent, readAttemptToken } from "./attempt-token";
import { recordAttempt, type RecordOutcome } from "./attempts";
import { answeredQuestionIds, answersFromSubmission, submissionSchema } from "./schemas";
import { orderQuiz } from "./shuffle";

const expired = () => ({ ok: false as const, formError: "attemptExpired" });

function outcomeLabel(outcome: RecordOutcome): "passed" | "failed" | "too_early" | "refused" {
  if (outcome.ok) return outcome.attempt.passed ? "passed" : "failed";
  return outcome.error === "notStudied" ? "too_early" : "refused";
}

/** The answers are checked against the quiz the token names; here only the token is required. */
const attemptSchema = z.object({ token: z.string().min(10).max(1000) });

export const submitQuizAction = formAction(
  {
    schema: attemptSchema,
    access: "user",
    invalid: expired,
    revalidate: ({ locale }) => [`/${locale}/dashboard`],
    redirect: ({ locale }, resultPath: string) => `/${locale}${resultPath}`,
  },
  async ({ token: rawToken }, { session, form }) => {
    const token = readAttemptToken(rawToken);
    if (!token || token.userId !== session.user.id) return expired();
    const found = findUnitById(token.unitId);
    if (!found) return expired();
    const now = clockNow();
    if (!isAttemptTokenCurrent(token, now)) return expired();
    if (!isOpen(found.module.releaseDate, now)) return { ok: false, formError: "moduleClosed" };
    const { quiz } = found.unit;
    // The questions drawn for this attempt; one the bank no longer has means the quiz changed since.
    const drawn = token.questionIds;
    if (!drawn.every((id) => quiz.questions.some((q) => q.id === id))) return expired();
    // An answer to a question this attempt did not ask: a forged or stale form, refused as such.
    if (answeredQuestionIds(form).some((id) => !drawn.includes(id)))
      return { ok: false, formError: "questionNotDrawn" };
    const input = parseForm(submissionSchema(quiz, drawn), form);
    if (!input.ok) {
      // Fields this quiz does not have, or a repeated token: not the form this attempt served (an older
      // version of the quiz, or tampering). Only errors on questions can be shown next to a question.
      const { _form: unknownFields, token: tokenErrors, ...questionErrors } = input.fieldErrors;
      if (unknownFields || tokenErrors) return expired();
      return { ok: false, fieldErrors: questionErrors, values: answerValues(form) };
    }
    const answers = answersFromSubmission(quiz, input.data as Record<string, unknown>, drawn);
    const order = orderQuiz(quiz, token.seed, drawn);
    const outcome = await recordAttempt(
      session.user.id,
      found.unit,
      token.submissionId,
      order,
      answers,
      new Date(token.issuedAt),
      now,
    );
    metrics.quizSubmissions.inc({ outcome: outcomeLabel(outcome) });
    if (!outcome.ok && outcome.error === "notStudied") {
      // Too early: the answers come back (also without JavaScript) with the time left before the quiz opens.
      const formError = outcome.waitSeconds === null ? "studyFirst" : "studyLonger";
      return {
        ok: false,
        formError,
        retryAfterSeconds: outcome.waitSeconds ?? minStudySeconds(found.unit),
        values: answerValues(form),
      };
    }
    if (!outcome.ok) return { ok: false, formError: outcome.error };
    return { ok: true, data: `/learn/${found.module.slug}/${found.unit.slug}/result/${outcome.attempt.id}` };
  },
);
