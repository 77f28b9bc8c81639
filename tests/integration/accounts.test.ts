import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailTokens, userSessions, users } from "@/db/schema";
import { confirmEmailChange, requestEmailChange } from "@/lib/account/profile";
import { confirmEmail, registerAccount, requestPasswordReset, resetPassword } from "@/lib/auth/accounts";
import { ARGON2_PARAMS, hashPassword } from "@/lib/auth/password";
import { checkSignInAllowed } from "@/lib/auth/rate-limit";
import { getSessionUser } from "@/lib/auth/sessions";
import { authenticate } from "@/lib/auth/sign-in";
import { setClockForTests } from "@/lib/clock";
import { PASSWORD, createLearner } from "../support/factories";
import { lastEmailTo, readOutbox, tokenFrom } from "../support/outbox";
import { withCharChanged } from "../support/tamper";

const ip = () => `10.0.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

afterEach(() => setClockForTests(null));

describe("registration", () => {
  it("sends a 24 h confirmation link; the account cannot sign in until confirmed", async () => {
    const email = `new-${randomBytes(4).toString("hex")}@example.org`;
    const username = `u_${randomBytes(4).toString("hex")}`;
    const outcome = await registerAccount({
      locale: "en",
      firstName: "Zoë",
      lastName: "Œlschläger-N'Diaye",
      username,
      email,
      password: PASSWORD,
      track: "professional",
      professionalCategory: "local_official",
    });
    expect(outcome).toEqual({ ok: true });
    expect((await authenticate(username, PASSWORD, ip())).ok).toBe(false);
    const mail = await lastEmailTo(email);
    expect(mail?.subject).toBe("Confirm your email address");
    expect(mail?.html).toContain("/en/confirm-email/");
    const token = tokenFrom(mail?.links[0]);
    const [row] = await db
      .select()
      .from(emailTokens)
      .where(eq(emailTokens.userId, (await db.select().from(users).where(eq(users.email, email)))[0]!.id));
    expect(row?.tokenHash).not.toContain(token);
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeGreaterThanOrEqual(24 * 3600 * 1000 - 5000);
    expect(await confirmEmail(token)).toBe(true);
    expect(await confirmEmail(token)).toBe(false);
    const signedIn = await authenticate(email.toUpperCase(), PASSWORD, ip());
    expect(signedIn.ok).toBe(true);
  });

  it("answers the same for a known email and notifies its owner instead", async () => {
    const owner = await createLearner();
    const before = (await readOutbox()).length;
    const outcome = await registerAccount({
      locale: "fr",
      firstName: "Autre",
      lastName: "Personne",
      username: `other_${randomBytes(3).toString("hex")}`,
      email: owner.email,
      password: PASSWORD,
      track: "public",
    });
    expect(outcome).toEqual({ ok: true });
    const mails = (await readOutbox()).slice(before);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.to).toContain(owner.email);
    expect(mails[0]?.text).toContain("déjà associée à un compte");
    expect(await db.select().from(users).where(eq(users.email, owner.email))).toHaveLength(1);
  });

  it("refuses a username already taken, whatever its case", async () => {
    const owner = await createLearner();
    const outcome = await registerAccount({
      locale: "fr",
      firstName: "A",
      lastName: "B",
      username: owner.username.toUpperCase(),
      email: `x-${randomBytes(3).toString("hex")}@example.org`,
      password: PASSWORD,
      track: "public",
    });
    expect(outcome).toEqual({ ok: false, field: "username", error: "usernameTaken" });
  });

  it("hashes with Argon2id at m=19 MiB, t=2, p=1 in a PHC string", async () => {
    const phc = await hashPassword("correct horse battery staple");
    expect(phc).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(ARGON2_PARAMS.memoryCost).toBeGreaterThanOrEqual(19456);
  });
});

describe("sign-in throttling", () => {
  it("delays an account after 5 failures without revealing whether it exists", async () => {
    const user = await createLearner();
    const from = ip();
    for (let i = 0; i < 5; i++)
      expect(await authenticate(user.username, "wrong password here", from)).toEqual({ ok: false, reason: "invalid" });
    const throttled = await authenticate(user.username, PASSWORD, from);
    expect(throttled.ok).toBe(false);
    expect(throttled).toMatchObject({ reason: "throttled" });
    if (!throttled.ok && throttled.reason === "throttled")
      expect(throttled.retryAfterSeconds).toBeGreaterThanOrEqual(55);
    const ghost = `ghost_${randomBytes(3).toString("hex")}`;
    for (let i = 0; i < 5; i++) await authenticate(ghost, "wrong password here", from);
    expect(await authenticate(ghost, "wrong password here", from)).toMatchObject({ ok: false, reason: "throttled" });
  });

  it("lets the account in again once the delay has passed (no permanent lock)", async () => {
    const user = await createLearner();
    const start = new Date();
    for (let i = 0; i < 5; i++) await authenticate(user.username, "wrong password here", ip(), start);
    const later = new Date(start.getTime() + 2 * 60_000);
    expect((await authenticate(user.username, PASSWORD, ip(), later)).ok).toBe(true);
  });

  it("cannot be raced: 20 parallel wrong guesses test at most 5 passwords", async () => {
    const user = await createLearner();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => authenticate(user.username, "parallel wrong guess", ip())),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid")).toHaveLength(5);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(15);
  });

  it("never tells which email belongs to a username: after 5 failures on the username, its email answers like any other", async () => {
    const [victim, victim2, bystander] = [await createLearner(), await createLearner(), await createLearner()];
    const now = new Date();
    for (const v of [victim, victim2]) {
      for (let i = 0; i < 5; i++) await authenticate(v.username, "wrong password here", ip(), now);
      expect(await authenticate(v.username, PASSWORD, ip(), now)).toEqual({
        ok: false,
        reason: "throttled",
        retryAfterSeconds: 60,
      });
    }
    // Identifiers never tried before: a locked account's email with its right password, another's
    // with a wrong one, an unknown address, and the email of an account nobody locked (with a
    // wrong password: the right one is what an attacker does not have). Six attempts each.
    const probes = {
      lockedEmailRightPassword: [victim.email, PASSWORD],
      lockedEmailWrongPassword: [victim2.email.toUpperCase(), "wrong password here"],
      unknownEmail: [`nobody-${randomBytes(3).toString("hex")}@example.org`, "wrong password here"],
      otherAccountEmail: [bystander.email, "wrong password here"],
    } as const;
    const answers: Record<string, unknown[]> = {};
    for (const [name, [identifier, password]] of Object.entries(probes)) {
      answers[name] = [];
      for (let i = 0; i < 6; i++) answers[name].push(await authenticate(identifier, password, ip(), now));
    }
    const expected = [
      ...Array(5).fill({ ok: false, reason: "invalid" }),
      { ok: false, reason: "throttled", retryAfterSeconds: 60 },
    ];
    expect(answers).toEqual({
      lockedEmailRightPassword: expected,
      lockedEmailWrongPassword: expected,
      unknownEmail: expected,
      otherAccountEmail: expected,
    });
    // Once every block has expired, the right password works again.
    expect((await authenticate(victim.username, PASSWORD, ip(), new Date(now.getTime() + 60 * 60_000))).ok).toBe(true);
  });

  it("keeps the account locked whichever identifier is typed (5 failures through the email, then the username)", async () => {
    const user = await createLearner();
    const now = new Date();
    for (let i = 0; i < 5; i++) await authenticate(user.email, "wrong password here", ip(), now);
    expect(await authenticate(user.username, PASSWORD, ip(), now)).toEqual({ ok: false, reason: "invalid" });
  });

  it("limits one IP to 100 attempts per 5 minutes", async () => {
    const from = ip();
    const now = new Date();
    for (let i = 0; i < 100; i++) expect((await checkSignInAllowed(`probe-${i}`, from, now)).limited).toBe(false);
    expect((await checkSignInAllowed("probe-x", from, now)).limited).toBe(true);
    expect((await checkSignInAllowed("probe-x", from, new Date(now.getTime() + 5 * 60_000 + 1000))).limited).toBe(
      false,
    );
  });
});

describe('"this email already has an account" notices', () => {
  const noticesTo = async (address: string) =>
    (await readOutbox()).filter(
      (m) => m.to.toLowerCase().includes(address.toLowerCase()) && m.text.includes("déjà associée à un compte"),
    );

  it("sends at most 3 an hour to one address (12 registrations + 1 email change), answering the same every time", async () => {
    const owner = await createLearner();
    const mover = await createLearner();
    const register = (email: string) =>
      registerAccount({
        locale: "fr",
        firstName: "Autre",
        lastName: "Personne",
        username: `other_${randomBytes(4).toString("hex")}`,
        email,
        password: PASSWORD,
        track: "public",
      });
    const outcomes = [];
    for (let i = 0; i < 12; i++) outcomes.push(await register(i % 2 ? owner.email.toUpperCase() : owner.email));
    expect(outcomes).toEqual(Array(12).fill({ ok: true }));
    expect(await register(`fresh-${randomBytes(3).toString("hex")}@example.org`)).toEqual({ ok: true });
    const changeToTaken = await requestEmailChange(mover, owner.email);
    const changeToFree = await requestEmailChange(mover, `free-${randomBytes(3).toString("hex")}@example.org`);
    expect(changeToTaken).toEqual(changeToFree);
    expect(await noticesTo(owner.email)).toHaveLength(3);
  });

  it("sends again once the hour has passed", async () => {
    const owner = await createLearner();
    const start = Date.now();
    setClockForTests(() => new Date(start));
    for (let i = 0; i < 4; i++)
      await registerAccount({
        locale: "fr",
        firstName: "A",
        lastName: "B",
        username: `again_${randomBytes(4).toString("hex")}`,
        email: owner.email,
        password: PASSWORD,
        track: "public",
      });
    expect(await noticesTo(owner.email)).toHaveLength(3);
    setClockForTests(() => new Date(start + 60 * 60_000 + 1000));
    await registerAccount({
      locale: "fr",
      firstName: "A",
      lastName: "B",
      username: `again_${randomBytes(4).toString("hex")}`,
      email: owner.email,
      password: PASSWORD,
      track: "public",
    });
    expect(await noticesTo(owner.email)).toHaveLength(4);
  });
});

describe("password reset", () => {
  it("resets once with a valid link, signs out other sessions and notifies", async () => {
    const user = await createLearner();
    const first = await authenticate(user.username, PASSWORD, ip());
    if (!first.ok) throw new Error("sign-in failed");
    await requestPasswordReset(user.email);
    const token = tokenFrom((await lastEmailTo(user.email))?.links[0]);
    expect(await resetPassword(token, "une toute nouvelle phrase de passe")).toEqual({ ok: true });
    expect(await getSessionUser(first.sid)).toBeNull();
    expect(await db.select().from(userSessions).where(eq(userSessions.userId, user.id))).toHaveLength(0);
    expect((await lastEmailTo(user.email))?.subject).toBe("Votre mot de passe a été modifié");
    expect(await resetPassword(token, "encore une autre phrase de passe")).toEqual({
      ok: false,
      error: "tokenInvalid",
    });
    expect((await authenticate(user.username, "une toute nouvelle phrase de passe", ip())).ok).toBe(true);
  });

  it("refuses an expired link after 24 hours (controlled clock) and a forged one", async () => {
    const user = await createLearner();
    const issued = new Date();
    await requestPasswordReset(user.email, issued);
    const token = tokenFrom((await lastEmailTo(user.email))?.links[0]);
    const expired = new Date(issued.getTime() + 24 * 3600 * 1000 + 1000);
    expect(await resetPassword(token, "une toute nouvelle phrase de passe", expired)).toEqual({
      ok: false,
      error: "tokenInvalid",
    });
    expect(await resetPassword(withCharChanged(token, -2), "une toute nouvelle phrase de passe")).toEqual({
      ok: false,
      error: "tokenInvalid",
    });
  });

  it("sends nothing and answers the same for an unknown email", async () => {
    const before = (await readOutbox()).length;
    await expect(requestPasswordReset(`nobody-${randomBytes(3).toString("hex")}@example.org`)).resolves.toBeUndefined();
    expect((await readOutbox()).length).toBe(before);
  });

  it("voids a pending email-change link when the password is reset", async () => {
    const user = await createLearner();
    const newEmail = `moved-${randomBytes(3).toString("hex")}@example.org`;
    await requestEmailChange(user, newEmail);
    const changeToken = tokenFrom((await lastEmailTo(newEmail))?.links[0]);
    await requestPasswordReset(user.email);
    const resetToken = tokenFrom((await lastEmailTo(user.email))?.links[0]);
    expect(await resetPassword(resetToken, "une toute nouvelle phrase de passe")).toEqual({ ok: true });
    expect(await confirmEmailChange(changeToken)).toBe(false);
    expect((await db.select().from(users).where(eq(users.id, user.id)))[0]?.email).toBe(user.email);
  });

  it("changes the email only through the link sent to the new address, and tells the old one", async () => {
    const user = await createLearner();
    const newEmail = `moved-${randomBytes(3).toString("hex")}@example.org`;
    await requestEmailChange(user, newEmail);
    expect(await confirmEmailChange(tokenFrom((await lastEmailTo(newEmail))?.links[0]))).toBe(true);
    expect((await db.select().from(users).where(eq(users.id, user.id)))[0]?.email).toBe(newEmail);
    expect((await lastEmailTo(user.email))?.subject).toBe("L'adresse e-mail de votre compte a changé");
  });

  it("refuses a new password built from the username", async () => {
    const user = await createLearner();
    await requestPasswordReset(user.email);
    const token = tokenFrom((await lastEmailTo(user.email))?.links[0]);
    expect(await resetPassword(token, `${user.username}${user.username}`)).toMatchObject({ ok: false });
  });
});
