// Test data built through the real domain functions (no shortcuts around the rules under test).
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users, type User } from "@/db/schema";
import { type ProfessionalCategory, type Track } from "@/lib/account/tracks";
import { confirmEmail, registerAccount } from "@/lib/auth/accounts";
import { findUnitById, getCourse } from "@/lib/content/load";
import { recordUnitViewed } from "@/lib/progress/queries";
import { latestFirstViewAllowed, minStudySeconds } from "@/lib/progress/study-time";
import { recordAttempt } from "@/lib/quiz/attempts";
import { drawQuestionIds } from "@/lib/quiz/draw";
import { orderQuiz, seededRandom } from "@/lib/quiz/shuffle";
import { lastEmailTo, tokenFrom } from "./outbox";

export const PASSWORD = "un cheval bleu traverse la rivière";

export async function createLearner(
  opts: {
    track?: Track;
    firstName?: string;
    lastName?: string;
    locale?: "fr" | "en";
    professionalCategory?: ProfessionalCategory;
    email?: string;
  } = {},
): Promise<User> {
  const tag = randomBytes(4).toString("hex");
  const email = opts.email ?? `learner-${tag}@example.org`;
  const outcome = await registerAccount({
    locale: opts.locale ?? "fr",
    firstName: opts.firstName ?? "Camille",
    lastName: opts.lastName ?? "Durand",
    username: `learner_${tag}`,
    email,
    password: PASSWORD,
    track: opts.track ?? "public",
    professionalCategory: opts.track === "professional" ? (opts.professionalCategory ?? "erp_manager") : undefined,
  });
  if (!outcome.ok) throw new Error("registration failed");
  const mail = await lastEmailTo(email);
  if (!(await confirmEmail(tokenFrom(mail?.links[0])))) throw new Error("confirmation failed");
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user) throw new Error("user missing");
  return user;
}

/** The questions of a unit's first attempt (the same draw every time: tests compare answers). */
export function drawFor(unitId: string): string[] {
  const found = findUnitById(unitId);
  if (!found) throw new Error(`unknown unit ${unitId}`);
  return drawQuestionIds(found.unit.quiz, [], seededRandom(1));
}

/** Right (or one wrong choice per question) answers to the questions drawn by drawFor. */
export function answersFor(unitId: string, correct: boolean): Record<string, string[]> {
  const found = findUnitById(unitId);
  if (!found) throw new Error(`unknown unit ${unitId}`);
  const drawn = drawFor(unitId);
  const answers: Record<string, string[]> = {};
  for (const q of found.unit.quiz.questions.filter((x) => drawn.includes(x.id))) {
    const wrong = q.choices.find((c) => !q.correct.includes(c.id))?.id ?? "x";
    answers[q.id] = correct ? [...q.correct].sort() : [wrong];
  }
  return answers;
}

/** The learner opens the unit's lesson early enough to send its quiz at `now` (a first view is never moved). */
export async function studyUnit(userId: string, unitId: string, now = new Date()): Promise<void> {
  const found = findUnitById(unitId);
  if (!found) throw new Error(`unknown unit ${unitId}`);
  await recordUnitViewed(userId, unitId, latestFirstViewAllowed(minStudySeconds(found.unit), now));
}

/** Studies the unit (see studyUnit), then submits its quiz through the real recording function. */
export async function submit(
  userId: string,
  unitId: string,
  answers: Record<string, string[]>,
  submissionId = randomBytes(8).toString("hex"),
  now = new Date(),
) {
  const found = findUnitById(unitId);
  if (!found) throw new Error(`unknown unit ${unitId}`);
  await studyUnit(userId, unitId, now);
  // The attempt asked the questions answered (drawFor's, as answersFor gives them).
  const order = orderQuiz(found.unit.quiz, 1, Object.keys(answers));
  return recordAttempt(userId, found.unit, submissionId, order, answers, now, now);
}

export async function validateTrack(user: User): Promise<void> {
  const course = getCourse();
  for (const slug of course.tracks[user.track]) {
    const m = course.modules.find((x) => x.slug === slug);
    for (const u of m?.units ?? []) await submit(user.id, u.id, answersFor(u.id, true));
  }
}
