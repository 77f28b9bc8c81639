// Profile changes: names (until a certificate freezes them; never those a provider verified), track,
// password, email re-confirmation.
import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { hasDatabaseMessage, isUniqueViolation } from "@/db/errors";
import { afterResponse } from "@/lib/after-response";
import { users, type User } from "@/db/schema";
import { PROFESSIONAL_CATEGORIES, TRACKS, type ProfessionalCategory, type Track } from "@/lib/account/tracks";
import { describeTrackChange, type TrackChange } from "@/lib/account/track-change";
import { changedNameFields, nameChangeRefusal, type NameChangeRefusal } from "@/lib/account/name-change";
import { findOwnCertificates } from "@/lib/certificates/queries";
import { getCourse } from "@/lib/content/load";
import { findProgress, moduleUnits } from "@/lib/progress/queries";
import { accountLink, notifyAccountExists } from "@/lib/auth/accounts";
import { consumeEmailToken, invalidateEmailTokens, issueEmailToken } from "@/lib/auth/tokens";
import { hashPassword } from "@/lib/auth/password";
import { checkPassword, type PasswordProblem } from "@/lib/auth/password-policy";
import { endAllSessions } from "@/lib/auth/sessions";
import { now as clockNow } from "@/lib/clock";
import { queueEmails, recordEmail } from "@/lib/email/send";

export interface ProfileChange {
  firstName?: string;
  lastName?: string;
  track: Track;
  professionalCategory?: ProfessionalCategory;
}

export type ProfileOutcome =
  | { ok: true; trackChanged: boolean }
  | { ok: false; error: "nameLocked" }
  | { ok: false; error: "namesVerified"; refusal: Extract<NameChangeRefusal, { reason: "namesVerified" }> };

/**
 * One transaction with the learner's row locked: a track switch sent twice (double click, replayed form)
 * waits for the first and then finds nothing left to change, so it reports one change, not two.
 */
export async function updateProfile(user: User, change: ProfileChange): Promise<ProfileOutcome> {
  try {
    return await db.transaction(async (tx): Promise<ProfileOutcome> => {
      const [current] = await tx.select().from(users).where(eq(users.id, user.id)).for("update");
      if (!current) return { ok: true, trackChanged: false };
      // Checked here, on the locked row, whatever the form showed: names a provider verified stay its own.
      const refusal = nameChangeRefusal(current, change);
      if (refusal?.reason === "namesVerified") return { ok: false, error: "namesVerified", refusal };
      if (refusal) return { ok: false, error: "nameLocked" };
      const renaming = changedNameFields(current, change).length > 0;
      await tx
        .update(users)
        .set({
          ...(renaming
            ? { firstName: change.firstName ?? current.firstName, lastName: change.lastName ?? current.lastName }
            : {}),
          track: change.track,
          professionalCategory: change.track === "professional" ? (change.professionalCategory ?? "other") : null,
        })
        .where(eq(users.id, user.id));
      return { ok: true, trackChanged: current.track !== change.track };
    });
  } catch (error) {
    // The database trigger is the last guard: a certificate issued in the meantime froze the name.
    if (hasDatabaseMessage(error, /name is locked/)) return { ok: false, error: "nameLocked" };
    throw error;
  }
}

/**
 * What switching to each other track would change for this learner (shown before the switch is
 * confirmed). Going professional depends on the category chosen with it: one preview per category,
 * each computed on that category's path, and one with no category yet.
 */
export async function findTrackChanges(
  user: Pick<User, "id" | "track" | "professionalCategory">,
): Promise<TrackChange[]> {
  const [progress, certificates] = await Promise.all([findProgress(user.id), findOwnCertificates(user.id)]);
  const validated = new Set(progress.filter((p) => p.validatedAt).map((p) => p.unitId));
  const issued = certificates.map((c) => c.track);
  const { tracks } = getCourse();
  const modules = moduleUnits();
  return TRACKS.filter((t) => t !== user.track).flatMap((to) =>
    (to === "professional" ? [null, ...PROFESSIONAL_CATEGORIES] : [null]).map((category) =>
      describeTrackChange(user.track, to, tracks, modules, validated, issued, category),
    ),
  );
}

/** The caller verified the current password first (the form pipeline's `currentPassword`, throttled). */
export async function changePassword(
  user: User,
  currentSid: string,
  newPassword: string,
): Promise<{ ok: true } | { ok: false; field: "newPassword"; error: PasswordProblem }> {
  const problem = checkPassword(newPassword, { username: user.username, email: user.email });
  if (problem) return { ok: false, field: "newPassword", error: problem };
  const passwordHash = await hashPassword(newPassword);
  const emailId = await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, passwordChosen: true }).where(eq(users.id, user.id));
    await endAllSessions(user.id, currentSid, tx);
    await invalidateEmailTokens(user.id, clockNow(), tx);
    return recordEmail(
      {
        to: user.email,
        userId: user.id,
        template: "passwordChanged",
        locale: user.locale,
        url: accountLink(user.locale, "/forgot-password"),
      },
      tx,
    );
  });
  await queueEmails([emailId]);
  return { ok: true };
}

/**
 * The new address only replaces the old one once its owner clicks the link sent to it. The caller
 * verified the current password first (the form pipeline's `currentPassword`, throttled).
 */
export async function requestEmailChange(user: User, newEmail: string, now = clockNow()) {
  const [taken] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(sql`lower(${users.email})`, newEmail.toLowerCase()), ne(users.id, user.id)));
  // Same answer, sent after the response, whether or not the address is taken: its owner gets a notice.
  if (taken) {
    await notifyAccountExists({ to: newEmail, userId: null, locale: user.locale, record: false });
    return { ok: true as const };
  }
  await afterResponse(async () => {
    const emailId = await db.transaction(async (tx) => {
      const token = await issueEmailToken(user.id, "change_email", now, { newEmail, tx });
      return recordEmail(
        {
          to: newEmail,
          userId: user.id,
          template: "changeEmail",
          locale: user.locale,
          url: accountLink(user.locale, "/confirm-email-change", token),
        },
        tx,
      );
    });
    await queueEmails([emailId]);
  });
  return { ok: true as const };
}

/**
 * Switches to the new address, tells the old one, ends other sessions and voids older links. One
 * transaction: when the address was taken meanwhile, nothing is written (the link is not spent either).
 */
export async function confirmEmailChange(token: string, currentSid?: string, now = clockNow()): Promise<boolean> {
  let emailId: string | null;
  try {
    emailId = await db.transaction(async (tx) => {
      const row = await consumeEmailToken(token, "change_email", now, tx);
      if (!row?.newEmail) return null;
      const [before] = await tx.select().from(users).where(eq(users.id, row.userId));
      if (!before) return null;
      await tx.update(users).set({ email: row.newEmail, emailVerifiedAt: now }).where(eq(users.id, row.userId));
      await endAllSessions(row.userId, currentSid, tx);
      await invalidateEmailTokens(row.userId, now, tx);
      if (before.email.toLowerCase() === row.newEmail.toLowerCase()) return "";
      // The old address is told in the same transaction as the switch.
      return recordEmail(
        {
          to: before.email,
          userId: before.id,
          template: "emailChanged",
          locale: before.locale,
          url: accountLink(before.locale, "/forgot-password"),
        },
        tx,
      );
    });
  } catch (error) {
    if (isUniqueViolation(error)) return false; // taken in the meantime
    throw error;
  }
  if (emailId === null) return false;
  if (emailId) await queueEmails([emailId]);
  return true;
}
