// One submit reports every error (RGAA / DSFR): a wrong current password and a track switch left
// unconfirmed come with the schema's errors, never in a second wave; the password is verified once per
// submit, so a refused form counts one failed attempt, and a right password counts none.
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { rateLimitBuckets, users, type User } from "@/db/schema";
import { changeEmailAction, changePasswordAction, updateProfileAction } from "@/lib/account/actions";
import { accountSubject } from "@/lib/auth/rate-limit";
import { deleteAccountAction } from "@/lib/privacy/actions";
import { createLearner, PASSWORD } from "../support/factories";
import { newRequest } from "../support/fuzz";
import { inRequest } from "../support/next-request-mock";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  data.set("locale", "fr");
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

/** The action's answer (these refusals must answer in place, never redirect). */
async function run(action: (prev: unknown, form: FormData) => Promise<unknown>, data: FormData) {
  const outcome = await inRequest(() => action(undefined, data));
  if (!("value" in outcome)) throw new Error(`expected an answer, got ${String(outcome.thrown)}`);
  return outcome.value;
}

async function failedAttempts(user: User): Promise<number> {
  const [row] = await db
    .select()
    .from(rateLimitBuckets)
    .where(eq(rateLimitBuckets.key, accountSubject(user.id)));
  return row?.count ?? 0;
}

let learner: User;
beforeEach(async () => {
  learner = await createLearner();
  await newRequest("198.51.100.60", "recent", learner);
});

describe("errors come at once", () => {
  it("password change: a wrong current password with a refused new one, counted once", async () => {
    const answer = await run(changePasswordAction, form({ currentPassword: "pas le bon", newPassword: "court" }));
    expect(answer).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ["wrongPassword"], newPassword: ["passwordTooShort"] },
    });
    expect(JSON.stringify(answer)).not.toContain("pas le bon");
    expect(await failedAttempts(learner)).toBe(1);
  });

  it("password change: a new password holding the username is refused with the wrong current one", async () => {
    const newPassword = `${learner.username}2024!`;
    const answer = await run(changePasswordAction, form({ currentPassword: "pas le bon", newPassword }));
    expect(answer).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: ["wrongPassword"], newPassword: ["passwordContext"] },
    });
  });

  it("a right current password with another error counts no failure and reports only that error", async () => {
    const answer = await run(changePasswordAction, form({ currentPassword: PASSWORD, newPassword: "court" }));
    expect(answer).toEqual(expect.objectContaining({ ok: false, fieldErrors: { newPassword: ["passwordTooShort"] } }));
    expect(await failedAttempts(learner)).toBe(0);
  });

  it("an empty current password is refused by the schema without touching the throttle", async () => {
    const answer = await run(changePasswordAction, form({ currentPassword: "", newPassword: "court" }));
    expect(answer).toMatchObject({ fieldErrors: { currentPassword: ["required"], newPassword: ["passwordTooShort"] } });
    expect(await failedAttempts(learner)).toBe(0);
  });

  it("email change: a wrong password with an invalid address, the address kept", async () => {
    const answer = await run(changeEmailAction, form({ email: "pas-une-adresse", password: "pas le bon" }));
    expect(answer).toMatchObject({
      ok: false,
      fieldErrors: { email: ["emailInvalid"], password: ["wrongPassword"] },
      values: { email: "pas-une-adresse" },
    });
    expect(await failedAttempts(learner)).toBe(1);
  });

  it("deletion: a wrong password with the confirmation unticked, and nothing deleted", async () => {
    const answer = await run(deleteAccountAction, form({ password: "pas le bon" }));
    expect(answer).toMatchObject({
      ok: false,
      fieldErrors: { confirmDelete: ["confirmRequired"], password: ["wrongPassword"] },
    });
    expect(await db.select().from(users).where(eq(users.id, learner.id))).toHaveLength(1);
    expect(await failedAttempts(learner)).toBe(1);
  });

  it("a throttled account is reported with the other errors and not counted again", async () => {
    for (let i = 0; i < 30 && !(await isBlocked(learner)); i++) {
      await run(changeEmailAction, form({ email: "x@example.org", password: `faux ${i}` }));
    }
    expect(await isBlocked(learner)).toBe(true);
    const before = await failedAttempts(learner);
    const answer = await run(deleteAccountAction, form({ password: PASSWORD }));
    expect(answer).toMatchObject({
      fieldErrors: { confirmDelete: ["confirmRequired"], password: ["tooManyAttempts"] },
    });
    expect(await failedAttempts(learner)).toBe(before);
  });

  it("profile: a track switch left unconfirmed comes with a refused name", async () => {
    const answer = await run(
      updateProfileAction,
      form({ firstName: "", lastName: "Durand", track: "professional", professionalCategory: "local_official" }),
    );
    expect(answer).toMatchObject({
      ok: false,
      fieldErrors: { firstName: ["required"], confirmTrack: ["trackChangeUnconfirmed"] },
      values: { track: "professional", professionalCategory: "local_official" },
    });
    const [row] = await db.select().from(users).where(eq(users.id, learner.id));
    expect(row?.track).toBe("public");
  });

  it("profile: staying on one's track asks for no confirmation", async () => {
    const answer = await run(updateProfileAction, form({ firstName: "", lastName: "Durand", track: "public" }));
    expect(answer).toMatchObject({ ok: false, fieldErrors: { firstName: ["required"] } });
    expect((answer as { fieldErrors: Record<string, unknown> }).fieldErrors.confirmTrack).toBeUndefined();
  });
});

async function isBlocked(user: User): Promise<boolean> {
  const [row] = await db
    .select()
    .from(rateLimitBuckets)
    .where(eq(rateLimitBuckets.key, accountSubject(user.id)));
  return !!row?.blockedUntil && row.blockedUntil > new Date();
}
