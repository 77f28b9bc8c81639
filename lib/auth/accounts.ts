// Account lifecycle: registration, email confirmation, password reset — with no account enumeration.
import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { isUniqueViolation } from "@/db/errors";
import { afterResponse } from "@/lib/after-response";
import { unitProgress, users, type User } from "@/db/schema";
import { type ProfessionalCategory, type Track } from "@/lib/account/tracks";
import { env } from "@/lib/env.mjs";
import { now as clockNow } from "@/lib/clock";
import { queueEmails, recordEmail, sendEmail } from "@/lib/email/send";
import { acceptCurrentPolicies } from "@/lib/policies/acceptance";
import { OPEN_UNIT, returnsToOpenUnit } from "@/lib/progress/open-unit";
import { hashPassword } from "./password";
import { checkPassword, type PasswordProblem } from "./password-policy";
import { safeNextPath } from "./schemas";
import { clearSignInFailures, mayEmailRecipient, signInSubjects } from "./rate-limit";
import { endAllSessions } from "./sessions";
import { consumeEmailToken, findEmailTokenOwner, invalidateEmailTokens, issueEmailToken } from "./tokens";

type Locale = "fr" | "en";

export interface Registration {
  locale: Locale;
  firstName: string;
  lastName: string;
  username: string;
  email: string;
  password: string;
  track: Track;
  professionalCategory?: ProfessionalCategory;
  /** Where the learner returns after confirming and signing in (carried by the confirmation link). */
  next?: string;
}

export type RegistrationOutcome = { ok: true } | { ok: false; field: "username"; error: "usernameTaken" };

export async function findByEmail(email: string): Promise<User | null> {
  const [u] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
    .limit(1);
  return u ?? null;
}

async function usernameTaken(username: string): Promise<boolean> {
  const [u] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(sql`lower(${users.username})`, username.toLowerCase()))
    .limit(1);
  return Boolean(u);
}

function link(locale: Locale, path: string, token?: string): string {
  return `${env.APP_URL}/${locale}${path}${token ? `/${token}` : ""}`;
}

/**
 * Tells an address's owner, after the response, that someone tried to use it for another account
 * (a registration, an email change). At most RECIPIENT_MAX_EMAILS an hour per address, counted in
 * the database so every instance shares the cap; past it nothing is sent, and the visitor's answer
 * is the same either way (the check itself runs after the response).
 */
export async function notifyAccountExists(notice: {
  to: string;
  userId: string | null;
  locale: Locale;
  record?: boolean;
}): Promise<void> {
  await afterResponse(async () => {
    if (!(await mayEmailRecipient("account-exists", notice.to))) return;
    await sendEmail({ ...notice, template: "accountExists", url: link(notice.locale, "/forgot-password") });
  });
}

/**
 * Known and unknown emails take the same path: the password is hashed either way and the visitor
 * sees the same answer; the existing owner gets a notice instead of a confirmation link.
 */
export async function registerAccount(input: Registration, now = clockNow()): Promise<RegistrationOutcome> {
  const next = input.next && safeNextPath(input.next, input.locale) === input.next ? input.next : undefined;
  const passwordHash = await hashPassword(input.password);
  if (await usernameTaken(input.username)) return { ok: false, field: "username", error: "usernameTaken" };
  const existing = await findByEmail(input.email);
  if (existing) {
    await notifyAccountExists({ to: existing.email, userId: existing.id, locale: existing.locale });
    return { ok: true };
  }
  let created: { user: User; emailId: string } | null = null;
  try {
    created = await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          firstName: input.firstName,
          lastName: input.lastName,
          username: input.username,
          email: input.email,
          passwordHash,
          track: input.track,
          professionalCategory: input.track === "professional" ? (input.professionalCategory ?? "other") : null,
          locale: input.locale,
          ageConfirmedAt: now,
          createdAt: now,
          lastActivityAt: now,
        })
        .returning();
      if (!user) throw new Error("user insert returned nothing");
      await acceptCurrentPolicies(user.id, ["site", "privacy", "cookies"], tx, now);
      // A visitor who studied the open unit signs up from it: the lesson counts as opened now, when the
      // account exists (the minimum study time before its quiz counts from here, as from any first view).
      if (returnsToOpenUnit(next))
        await tx
          .insert(unitProgress)
          .values({ userId: user.id, unitId: OPEN_UNIT.id, firstViewedAt: now, updatedAt: now });
      const token = await issueEmailToken(user.id, "confirm_email", now, { tx });
      // The confirmation email is recorded with the account: committed together or not at all.
      const emailId = await recordEmail(
        {
          to: user.email,
          userId: user.id,
          template: "confirmEmail",
          locale: input.locale,
          values: { firstName: user.firstName },
          url: `${link(input.locale, "/confirm-email", token)}${next ? `?next=${encodeURIComponent(next)}` : ""}`,
        },
        tx,
      );
      return { user, emailId };
    });
  } catch (error) {
    // A concurrent registration took the username or email between our checks and the insert.
    if (isUniqueViolation(error)) {
      return (await usernameTaken(input.username))
        ? { ok: false, field: "username", error: "usernameTaken" }
        : { ok: true };
    }
    throw error;
  }
  const { emailId } = created;
  await afterResponse(() => queueEmails([emailId]));
  return { ok: true };
}

export async function confirmEmail(token: string, now = clockNow()): Promise<boolean> {
  const row = await consumeEmailToken(token, "confirm_email", now);
  if (!row) return false;
  await db.update(users).set({ emailVerifiedAt: now, lastActivityAt: now }).where(eq(users.id, row.userId));
  return true;
}

/** The email goes out in the account's own language (users.locale), whatever the page the request came from. */
export async function requestPasswordReset(email: string, now = clockNow()): Promise<void> {
  const user = await findByEmail(email);
  if (!user) return;
  await afterResponse(async () => {
    // The link and its email are committed together: a token nobody was told about is never left behind.
    const emailId = await db.transaction(async (tx) => {
      const token = await issueEmailToken(user.id, "reset_password", now, { tx });
      return recordEmail(
        {
          to: user.email,
          userId: user.id,
          template: "passwordReset",
          locale: user.locale,
          url: link(user.locale, "/reset-password", token),
        },
        tx,
      );
    });
    await queueEmails([emailId]);
  });
}

export async function isResetTokenUsable(token: string, now = clockNow()): Promise<boolean> {
  return (await findEmailTokenOwner(token, "reset_password", now)) !== null;
}

/** Sets the new password, ends every session, and tells the owner. */
export async function resetPassword(
  token: string,
  newPassword: string,
  now = clockNow(),
): Promise<{ ok: true } | { ok: false; error: "tokenInvalid" | PasswordProblem }> {
  const owner = await findEmailTokenOwner(token, "reset_password", now);
  if (!owner) return { ok: false, error: "tokenInvalid" };
  const problem = checkPassword(newPassword, owner);
  if (problem) return { ok: false, error: problem };
  const passwordHash = await hashPassword(newPassword);
  const changed = await db.transaction(async (tx) => {
    const row = await consumeEmailToken(token, "reset_password", now, tx);
    if (!row) return null;
    const [u] = await tx
      .update(users)
      .set({
        passwordHash,
        passwordChosen: true,
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()})`,
      })
      .where(eq(users.id, row.userId))
      .returning();
    if (!u) return null;
    await endAllSessions(row.userId, undefined, tx);
    await invalidateEmailTokens(row.userId, now, tx);
    const emailId = await recordEmail(
      {
        to: u.email,
        userId: u.id,
        template: "passwordChanged",
        locale: u.locale,
        url: link(u.locale, "/forgot-password"),
      },
      tx,
    );
    return { user: u, emailId };
  });
  if (!changed) return { ok: false, error: "tokenInvalid" };
  await clearSignInFailures(signInSubjects(changed.user));
  await queueEmails([changed.emailId]);
  return { ok: true };
}

export { link as accountLink };
