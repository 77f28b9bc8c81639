"use server";
// Quiz submission: validate → authorise (owner, open module) → grade and record in one statement, only once
// the lesson was studied (lib/progress/study-time.ts) → result; too early, the answers come back.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { parseForm, type ActionResult } from "@/lib/action-result";
import { getCurrentSession } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { isOpen } from "@/lib/content/availability";
import { findUnitById } from "@/lib/content/load";
import { minStudySeconds } from "@/lib/progress/study-time";
import { isAttemptTokenCurrent, readAttemptToken } from "./attempt-token";
import { recordAttempt } from "./attempts";
import { answerValues } from "./answer-values";
import { answersFromSubmission, submissionSchema } from "./schemas";
import { orderQuiz } from "./shuffle";

export async function submitQuizAction(_prev: unknown, form: FormData): Promise<ActionResult> {
  const locale = form.get("locale") === "en" ? "en" : "fr";
  const token = readAttemptToken(String(form.get("token") ?? ""));
  const current = await getCurrentSession();
  if (!current) redirect(`/${locale}/sign-in`);
  if (!current.acceptedSitePolicy) redirect(`/${locale}/accept-policy`);
  if (!token || token.userId !== current.user.id) return { ok: false, formError: "attemptExpired" };
  const found = findUnitById(token.unitId);
  if (!found) return { ok: false, formError: "attemptExpired" };
  const now = clockNow();
  if (!isAttemptTokenCurrent(token, now)) return { ok: false, formError: "attemptExpired" };
  if (!isOpen(found.module.releaseDate, now)) return { ok: false, formError: "moduleClosed" };
  const input = parseForm(submissionSchema(found.unit.quiz), form);
  if (!input.ok) {
    // Fields this quiz does not have, or a repeated token: not the form this attempt served (an older
    // version of the quiz, or tampering). Only errors on questions can be shown next to a question.
    const { _form: unknownFields, token: tokenErrors, ...questionErrors } = input.fieldErrors;
    if (unknownFields || tokenErrors) return { ok: false, formError: "attemptExpired" };
    return { ok: false, fieldErrors: questionErrors, values: answerValues(form) };
  }
  const answers = answersFromSubmission(found.unit.quiz, input.data as Record<string, unknown>);
  const order = orderQuiz(found.unit.quiz, token.seed);
  const outcome = await recordAttempt(current.user.id, found.unit, token.submissionId, order, answers, new Date(token.issuedAt), now);
  if (!outcome.ok && outcome.error === "notStudied") {
    // Too early: the answers come back (also without JavaScript) with the time left before the quiz opens.
    const formError = outcome.waitSeconds === null ? "studyFirst" : "studyLonger";
    return { ok: false, formError, retryAfterSeconds: outcome.waitSeconds ?? minStudySeconds(found.unit), values: answerValues(form) };
  }
  if (!outcome.ok) return { ok: false, formError: outcome.error };
  revalidatePath(`/${locale}/dashboard`);
  redirect(`/${locale}/learn/${found.module.slug}/${found.unit.slug}/result/${outcome.attempt.id}`);
}
