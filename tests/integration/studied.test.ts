// Issue #12: a certificate that means "studied". What the tester's script did (a fresh account
// submitting every quiz with the answers published in this repository, no lesson opened, no waiting)
// must earn nothing; a learner who opened the lesson and took the minimum time must get through.
import { readFileSync } from "node:fs";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { NextRequest, type NextFetchEvent } from "next/server";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { quizAttempts, unitProgress, type User } from "@/db/schema";
import { gateUnitPage } from "@/lib/progress/unit-gate";
import { readUnitPath } from "@/lib/auth/unit-path";
import { issueCertificate, printedName } from "@/lib/certificates/issue";
import { setClockForTests } from "@/lib/clock";
import { getCourse, type Unit } from "@/lib/content/load";
import { getEligibility } from "@/lib/progress/queries";
import { minStudySeconds } from "@/lib/progress/study-time";
import { submitQuizAction } from "@/lib/quiz/actions";
import { getQuizView, getResultView } from "@/lib/quiz/views";
import { createLearner } from "../support/factories";
import { inRequest, openSession, presentSession, resetRequest, type SignedIn } from "../support/next-request-mock";

const UNITS = getCourse().modules.flatMap((m) => m.units);
const COOKIE = "authjs.session-token";

afterEach(() => setClockForTests(null));

/** The answers as the tester took them: straight from the repository's quiz.json, not from the app. */
function publishedAnswers(unit: Unit, right = true): [string, string][] {
  const quiz = JSON.parse(readFileSync(path.join(unit.dir, "quiz.json"), "utf8")) as {
    questions: { id: string; correct: string[]; choices: { id: string }[] }[];
  };
  return quiz.questions.flatMap((q) =>
    right
      ? q.correct.map((c) => [`q_${q.id}`, c] as [string, string])
      : [[`q_${q.id}`, q.choices.find((c) => !q.correct.includes(c.id))!.id] as [string, string]],
  );
}

/** GET of the unit page (or of one of its segment prefetches) through the proxy's gate, as a browser would send it. */
async function openLesson(session: SignedIn, unit: Unit, headers: Record<string, string> = {}, suffix = "") {
  const url = `http://localhost:3000/fr/learn/${unit.moduleSlug}/${unit.slug}${suffix}`;
  const request = new NextRequest(url, { headers: { cookie: `${COOKIE}=${session.cookie}`, ...headers } });
  const pending: Promise<unknown>[] = [];
  const event = { waitUntil: (p: Promise<unknown>) => pending.push(p) } as unknown as NextFetchEvent;
  const response = await gateUnitPage(request, event, readUnitPath(new URL(url).pathname)!);
  await Promise.all(pending);
  return response;
}

/** What the action answered, and the questions the quiz page asked (drawn from the unit's bank). */
type Submission = (
  { kind: "redirect"; url: string } | { kind: "result"; value: Awaited<ReturnType<typeof submitQuizAction>> }
) & {
  asked: string[];
};

/**
 * Fetches the quiz page's attempt token, then posts the form with the answers to the questions it
 * shows (the ones drawn for this attempt), as the tester's script did.
 */
async function submitQuiz(session: SignedIn, unit: Unit, answers: [string, string][]): Promise<Submission> {
  resetRequest();
  presentSession(session);
  const view = await getQuizView(session.user.id, unit.moduleSlug, unit.slug, "fr", new Date());
  const shown = new Set(view!.questions.map((q) => `q_${q.id}`));
  const form = new FormData();
  form.set("locale", "fr");
  form.set("token", view!.token);
  for (const [k, v] of answers) if (shown.has(k)) form.append(k, v);
  const outcome = await inRequest(() => submitQuizAction(undefined, form));
  const asked = view!.questions.map((q) => q.id);
  if ("value" in outcome) return { kind: "result", value: outcome.value, asked };
  const digest = (outcome.thrown as { digest?: string }).digest ?? "";
  if (!digest.startsWith("NEXT_REDIRECT")) throw outcome.thrown;
  return { kind: "redirect", url: digest.split(";")[2]!, asked };
}

async function progressOf(userId: string) {
  return db.select().from(unitProgress).where(eq(unitProgress.userId, userId));
}

describe("a certificate that means studied", () => {
  let tester: User;

  beforeAll(async () => {
    tester = await createLearner({ track: "professional" });
  });

  it("refuses every quiz a fresh account submits with the published answers without opening a lesson, and issues no certificate", async () => {
    const session = await openSession(tester);
    for (const unit of UNITS) {
      const outcome = await submitQuiz(session, unit, publishedAnswers(unit));
      expect(outcome, unit.id).toEqual({
        asked: expect.any(Array),
        kind: "result",
        value: {
          ok: false,
          formError: "studyFirst",
          retryAfterSeconds: minStudySeconds(unit),
          values: expect.any(Object),
        },
      });
    }
    expect(await db.select().from(quizAttempts).where(eq(quizAttempts.userId, tester.id))).toEqual([]);
    expect((await progressOf(tester.id)).filter((p) => p.validatedAt)).toEqual([]);
    expect((await getEligibility(tester.id, "professional", tester.professionalCategory)).eligible).toBe(false);
    expect(await issueCertificate(tester.id, printedName(tester))).toEqual({ ok: false, error: "notEligible" });
  });

  it("does not count a prefetch of the lesson as opening it", async () => {
    const learner = await createLearner();
    const session = await openSession(learner);
    const unit = UNITS[0]!;
    // Next removes its router headers (Next-Router-Prefetch…) before the proxy: what reaches the
    // gate is a browser's own prefetch, or a segment-prefetch path (Next has cut its final .rsc).
    await openLesson(session, unit, { purpose: "prefetch" });
    await openLesson(session, unit, { "sec-purpose": "prefetch;prerender" });
    await openLesson(session, unit, {}, ".segments/_full.segment");
    expect(await progressOf(learner.id)).toEqual([]);
    const outcome = await submitQuiz(session, unit, publishedAnswers(unit));
    expect(outcome.kind === "result" && !outcome.value.ok && outcome.value.formError).toBe("studyFirst");
  });

  it("refuses a quiz sent right after opening the lesson, says how long is left and gives the answers back", async () => {
    const learner = await createLearner();
    const session = await openSession(learner);
    const unit = UNITS[1]!;
    const opened = new Date();
    setClockForTests(() => opened);
    expect((await openLesson(session, unit)).status).toBe(200);
    setClockForTests(() => new Date(opened.getTime() + 20_000));
    const answers = publishedAnswers(unit);
    const outcome = await submitQuiz(session, unit, answers);
    if (outcome.kind !== "result" || outcome.value.ok) throw new Error("expected a refusal");
    expect(outcome.value.formError).toBe("studyLonger");
    expect(outcome.value.retryAfterSeconds).toBe(minStudySeconds(unit) - 20);
    // Every answer comes back to be ticked again, multiple choices included.
    const sent = new Map<string, string[]>();
    for (const [k, v] of answers) if (outcome.asked.includes(k.slice(2))) sent.set(k, [...(sent.get(k) ?? []), v]);
    expect(sent.size).toBe(outcome.asked.length);
    expect(outcome.value.values).toEqual(Object.fromEntries([...sent].map(([k, v]) => [k, v.join(",")])));
    expect(await db.select().from(quizAttempts).where(eq(quizAttempts.userId, learner.id))).toEqual([]);
  });

  it("lets a learner who opened the lesson and took the minimum time submit, and not one second earlier", async () => {
    const learner = await createLearner();
    const session = await openSession(learner);
    const unit = UNITS[2]!;
    const opened = new Date();
    const min = minStudySeconds(unit);
    setClockForTests(() => opened);
    await openLesson(session, unit);
    // Opening it again later does not move the first view.
    setClockForTests(() => new Date(opened.getTime() + 30_000));
    await openLesson(session, unit);

    setClockForTests(() => new Date(opened.getTime() + (min - 1) * 1000));
    const early = await submitQuiz(session, unit, publishedAnswers(unit));
    expect(
      early.kind === "result" && !early.value.ok && [early.value.formError, early.value.retryAfterSeconds],
    ).toEqual(["studyLonger", 1]);

    setClockForTests(() => new Date(opened.getTime() + min * 1000));
    const onTime = await submitQuiz(session, unit, publishedAnswers(unit));
    expect(onTime.kind === "redirect" && onTime.url).toMatch(
      new RegExp(`^/fr/learn/${unit.moduleSlug}/${unit.slug}/result/[0-9a-f-]{36}$`),
    );
    const [progress] = await db
      .select()
      .from(unitProgress)
      .where(and(eq(unitProgress.userId, learner.id), eq(unitProgress.unitId, unit.id)));
    expect(progress?.validatedAt).not.toBeNull();
    expect(progress?.firstViewedAt?.getTime()).toBe(opened.getTime());
  });

  it("shows after a failed attempt which questions were wrong and where the lesson teaches them, never the right choices or the explanations", async () => {
    const learner = await createLearner();
    const session = await openSession(learner);
    const unit = UNITS[0]!;
    const opened = new Date();
    setClockForTests(() => opened);
    await openLesson(session, unit);
    setClockForTests(() => new Date(opened.getTime() + minStudySeconds(unit) * 1000));
    const failed = await submitQuiz(session, unit, publishedAnswers(unit, false));
    if (failed.kind !== "redirect") throw new Error("expected a result page");
    const view = await getResultView(learner.id, unit.moduleSlug, unit.slug, failed.url.split("/").pop()!, "fr");
    expect(view?.passed).toBe(false);
    const serialised = JSON.stringify(view);
    for (const q of unit.quiz.questions) expect(serialised).not.toContain(q.explanation.fr);
    // The result shows the questions the attempt asked, and only those.
    expect(view!.feedback.questions.map((q) => q.id)).toEqual(failed.asked);
    for (const q of unit.quiz.questions.filter((x) => failed.asked.includes(x.id))) {
      const row = view!.feedback.questions.find((x) => x.id === q.id)!;
      expect(row.correct).toBe(false);
      expect(row).not.toHaveProperty("explanation");
      for (const c of row.choices) expect(c).not.toHaveProperty("isAnswer");
      expect(!view!.feedback.passed && view!.feedback.questions.find((x) => x.id === q.id)?.section?.anchor).toBe(
        q.section.fr,
      );
    }
    expect(serialised).not.toContain("isAnswer");

    const passed = await submitQuiz(session, unit, publishedAnswers(unit));
    if (passed.kind !== "redirect") throw new Error("expected a result page");
    const full = await getResultView(learner.id, unit.moduleSlug, unit.slug, passed.url.split("/").pop()!, "en");
    if (!full?.feedback.passed) throw new Error("expected the full correction");
    expect(full.feedback.questions.map((q) => q.explanation).sort()).toEqual(
      unit.quiz.questions
        .filter((q) => passed.asked.includes(q.id))
        .map((q) => q.explanation.en)
        .sort(),
    );
    expect(full.feedback.questions.every((q) => q.choices.some((c) => c.isAnswer))).toBe(true);
  });
});
