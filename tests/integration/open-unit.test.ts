// Try before signing up: a visitor who studied the open unit (m1-u1) and signs up or signs in from it
// finds it studied, from that moment on — never earlier, so the minimum study time before its quiz is
// not shortened — and nothing else is recorded for anyone else.
import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { unitProgress, users } from "@/db/schema";
import { confirmEmailAction, signInAction } from "@/lib/auth/actions";
import { registerAccount } from "@/lib/auth/accounts";
import { findUnitById } from "@/lib/content/load";
import { minStudySeconds, secondsBeforeQuiz } from "@/lib/progress/study-time";
import { PASSWORD, createLearner } from "../support/factories";
import { lastEmailTo } from "../support/outbox";
import { inRequest, resetRequest } from "../support/next-request-mock";

const QUIZ = "/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme/quiz";

async function progressOf(userId: string, unitId = "m1-u1") {
  const [row] = await db
    .select()
    .from(unitProgress)
    .where(and(eq(unitProgress.userId, userId), eq(unitProgress.unitId, unitId)));
  return row ?? null;
}

async function register(next?: string, now = new Date()) {
  const tag = randomBytes(4).toString("hex");
  const email = `visitor-${tag}@example.org`;
  const outcome = await registerAccount(
    {
      locale: "fr",
      firstName: "Inès",
      lastName: "Moreau",
      username: `visitor_${tag}`,
      email,
      password: PASSWORD,
      track: "public",
      next,
    },
    now,
  );
  expect(outcome).toEqual({ ok: true });
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return { user: user!, mail: (await lastEmailTo(email))! };
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

describe("signing up from the open unit's quiz", () => {
  it("records the lesson as opened when the account is created, and the confirmation link returns to the quiz", async () => {
    const at = new Date(Date.now() - 5_000);
    const { user, mail } = await register(QUIZ, at);
    expect((await progressOf(user.id))?.firstViewedAt?.toISOString()).toBe(at.toISOString());
    // The study time counts from that moment, not from any earlier visit: the quiz still has to wait.
    const unit = findUnitById("m1-u1")!.unit;
    expect(secondsBeforeQuiz(at, minStudySeconds(unit), new Date(at.getTime() + 10_000))).toBeGreaterThan(0);
    const link = mail.links.find((l) => l.includes("/confirm-email/"))!;
    expect(new URL(link).searchParams.get("next")).toBe(QUIZ);
    // Confirming goes on to sign in, still on the way back to the quiz.
    const token = new URL(link).pathname.split("/").pop()!;
    resetRequest();
    const outcome = await inRequest(() => confirmEmailAction(undefined, form({ locale: "fr", token, next: QUIZ })));
    expect(outcome).toMatchObject({ thrown: { message: "NEXT_REDIRECT" } });
    expect(JSON.stringify(outcome)).toContain(`/fr/sign-in?confirmed=1&next=${encodeURIComponent(QUIZ)}`);
  });

  it("records nothing when the sign-up comes from anywhere else, and never carries another site's address", async () => {
    for (const next of [
      undefined,
      "/fr/dashboard",
      "/fr/learn/tous-impliques/reagir/quiz",
      "https://evil.example/fr",
    ]) {
      const { user, mail } = await register(next);
      expect(await progressOf(user.id), String(next)).toBeNull();
      const link = mail.links.find((l) => l.includes("/confirm-email/"))!;
      expect(new URL(link).searchParams.get("next"), String(next)).toBe(next?.startsWith("/") ? next : null);
    }
  });
});

describe("signing in on the way back to the open unit", () => {
  it("records the lesson as opened then, and keeps an earlier first view as it was", async () => {
    const learner = await createLearner();
    expect(await progressOf(learner.id)).toBeNull();
    const signIn = (next: string) =>
      inRequest(() =>
        signInAction(undefined, form({ locale: "fr", identifier: learner.username, password: PASSWORD, next })),
      );
    resetRequest();
    await signIn("/fr/learn/tous-impliques/reagir/quiz");
    expect(await progressOf(learner.id)).toBeNull();
    expect(await progressOf(learner.id, "m2-u3")).toBeNull();
    const before = Date.now();
    resetRequest();
    expect(await signIn(QUIZ)).toMatchObject({ thrown: { message: "NEXT_REDIRECT" } });
    const first = (await progressOf(learner.id))!.firstViewedAt!;
    expect(first.getTime()).toBeGreaterThanOrEqual(before - 1000);
    resetRequest();
    await signIn("/en/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme");
    expect((await progressOf(learner.id))!.firstViewedAt).toEqual(first);
  });

  it("records nothing when the password is wrong", async () => {
    const learner = await createLearner();
    resetRequest();
    await inRequest(() =>
      signInAction(
        undefined,
        form({ locale: "fr", identifier: learner.username, password: "not the password", next: QUIZ }),
      ),
    );
    expect(await progressOf(learner.id)).toBeNull();
  });
});
