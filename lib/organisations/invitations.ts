// Invitations to an organisation: a shareable link or one emailed per CSV address (recorded with the
// emails in one transaction), revoked by a manager, answered (join with consent, or decline) by anyone signed in.
import "server-only";
import { and, asc, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { organisationInvitations, organisationMembers, organisations, type User } from "@/db/schema";
import { accountLink } from "@/lib/auth/accounts";
import { consume } from "@/lib/auth/rate-limit";
import { generateToken, hashToken } from "@/lib/auth/tokens";
import { now as clockNow } from "@/lib/clock";
import { queueEmails, recordEmail } from "@/lib/email/send";
import type { Locale } from "@/lib/i18n/locales";
import { parseInvitationCsv, type CsvRejection } from "./csv";
import { getMembership } from "./organisations";
import {
  CSV_FILES_PER_HOUR,
  CSV_WINDOW_MS,
  csvThrottleKey,
  emailedInvitationStatus,
  INVITATION_TTL_MS,
  invitationState,
  type InvitationState,
} from "./rules";

export const joinPath = (locale: string, token: string) => `/${locale}/organisations/join/${token}`;

async function requireManagerOf(user: User, organisationId: string) {
  const membership = await getMembership(user.id, organisationId);
  return membership?.role === "manager" ? membership.organisation : null;
}

/** A new shareable link; the token is returned once, to show to the manager, and never stored. */
export async function createInvitationLink(manager: User, organisationId: string, now = clockNow()) {
  if (!(await requireManagerOf(manager, organisationId))) return null;
  const token = generateToken();
  await db.insert(organisationInvitations).values({
    organisationId,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    createdAt: now,
  });
  return token;
}

/** The invitations a manager can still revoke (links and emailed ones alike), newest first. */
export async function findOpenInvitations(organisationId: string, now = clockNow()) {
  return db
    .select({
      id: organisationInvitations.id,
      email: organisationInvitations.email,
      expiresAt: organisationInvitations.expiresAt,
      createdAt: organisationInvitations.createdAt,
    })
    .from(organisationInvitations)
    .where(
      and(
        eq(organisationInvitations.organisationId, organisationId),
        isNull(organisationInvitations.revokedAt),
        isNull(organisationInvitations.answeredAt),
        gt(organisationInvitations.expiresAt, now),
      ),
    )
    .orderBy(sql`${organisationInvitations.createdAt} desc`)
    .limit(500);
}

/**
 * Every invitation sent by email and where it stands (pending, joined, declined, expired, revoked): only
 * the address the manager typed and that state, nothing else about the person.
 */
export async function findEmailedInvitations(organisationId: string, now = clockNow()) {
  const rows = await db
    .select({
      id: organisationInvitations.id,
      email: organisationInvitations.email,
      expiresAt: organisationInvitations.expiresAt,
      revokedAt: organisationInvitations.revokedAt,
      answeredAt: organisationInvitations.answeredAt,
      declinedAt: organisationInvitations.declinedAt,
    })
    .from(organisationInvitations)
    .where(and(eq(organisationInvitations.organisationId, organisationId), isNotNull(organisationInvitations.email)))
    .orderBy(asc(organisationInvitations.email))
    .limit(1000);
  return rows.map((r) => ({ id: r.id, email: r.email ?? "", status: emailedInvitationStatus(r, now) }));
}

export async function revokeInvitation(manager: User, organisationId: string, invitationId: string, now = clockNow()) {
  if (!(await requireManagerOf(manager, organisationId))) return false;
  const rows = await db
    .update(organisationInvitations)
    .set({ revokedAt: now })
    .where(
      and(
        eq(organisationInvitations.id, invitationId),
        eq(organisationInvitations.organisationId, organisationId),
        isNull(organisationInvitations.revokedAt),
      ),
    )
    .returning({ id: organisationInvitations.id });
  return rows.length > 0;
}

export type CsvInvitationOutcome =
  | { ok: true; invited: string[]; alreadyInvited: string[]; rejected: CsvRejection[] }
  | { ok: false; error: "forbidden" | "rateLimited" | "empty" };

/**
 * Invites every good address of a CSV: each gets an invitation and its email in one transaction. An
 * address with a pending invitation is not sent again; an expired, revoked or answered one is renewed.
 */
export async function inviteByCsv(
  manager: User,
  organisationId: string,
  text: string,
  locale: Locale,
  now = clockNow(),
): Promise<CsvInvitationOutcome> {
  const organisation = await requireManagerOf(manager, organisationId);
  if (!organisation) return { ok: false, error: "forbidden" };
  const { emails, rejected } = parseInvitationCsv(text);
  if (emails.length === 0) return { ok: true, invited: [], alreadyInvited: [], rejected };
  const throttle = await consume(csvThrottleKey(organisationId), CSV_FILES_PER_HOUR, CSV_WINDOW_MS, now);
  if (throttle.limited) return { ok: false, error: "rateLimited" };
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_MS);
  const { invited, emailIds } = await db.transaction(async (tx) => {
    const invited: string[] = [];
    const emailIds: string[] = [];
    for (const email of emails) {
      const token = generateToken();
      const [row] = await tx
        .insert(organisationInvitations)
        .values({ organisationId, email, tokenHash: hashToken(token), expiresAt, createdAt: now })
        .onConflictDoUpdate({
          target: [organisationInvitations.organisationId, organisationInvitations.email],
          targetWhere: sql`${organisationInvitations.email} is not null`,
          set: {
            tokenHash: hashToken(token),
            expiresAt,
            revokedAt: null,
            answeredAt: null,
            declinedAt: null,
            createdAt: now,
          },
          // Still pending: left alone, so nothing is sent twice.
          setWhere: sql`${organisationInvitations.revokedAt} is not null or ${organisationInvitations.answeredAt} is not null or ${organisationInvitations.expiresAt} <= ${now.toISOString()}::timestamptz`,
        })
        .returning({ id: organisationInvitations.id });
      if (!row) continue;
      invited.push(email);
      emailIds.push(
        await recordEmail(
          {
            to: email,
            userId: null,
            invitationId: row.id,
            template: "organisationInvitation",
            locale,
            values: { organisation: organisation.name, inviter: `${manager.firstName} ${manager.lastName}` },
            url: accountLink(locale, "/organisations/join", token),
          },
          tx,
        ),
      );
    }
    return { invited, emailIds };
  });
  await queueEmails(emailIds);
  const alreadyInvited = emails.filter((e) => !invited.includes(e));
  return { ok: true, invited, alreadyInvited, rejected };
}

/** An invitation as its holder sees it before answering: the organisation, and whether it can be used. */
export async function findInvitation(token: string, user: User, now = clockNow()) {
  const [row] = await db
    .select({ invitation: organisationInvitations, organisation: organisations })
    .from(organisationInvitations)
    .innerJoin(organisations, eq(organisations.id, organisationInvitations.organisationId))
    .where(eq(organisationInvitations.tokenHash, hashToken(token)));
  if (!row) return null;
  const member = await getMembership(user.id, row.organisation.id);
  return { organisation: row.organisation, state: invitationState(row.invitation, now, member !== null) };
}

/**
 * Joins with consent: the membership row is the consent (its time recorded), created only if the
 * invitation is usable at this moment (the row is locked, so a revocation racing this join wins or loses whole).
 * Declining an emailed invitation is recorded on it in the same transaction, for its manager to see.
 */
export async function answerInvitation(
  user: User,
  token: string,
  answer: "join" | "decline",
  now = clockNow(),
): Promise<{ state: InvitationState | "unknown"; organisationId?: string }> {
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(organisationInvitations)
      .where(eq(organisationInvitations.tokenHash, hashToken(token)))
      .for("update");
    if (!invitation) return { state: "unknown" };
    const member = await getMembership(user.id, invitation.organisationId, tx);
    const state = invitationState(invitation, now, member !== null);
    if (state !== "usable") return { state, organisationId: invitation.organisationId };
    if (invitation.email !== null)
      await tx
        .update(organisationInvitations)
        .set({
          answeredAt: now,
          declinedAt: answer === "decline" ? now : null,
          joinedBy: answer === "join" ? user.id : null,
        })
        .where(eq(organisationInvitations.id, invitation.id));
    if (answer === "join")
      await tx
        .insert(organisationMembers)
        .values({ organisationId: invitation.organisationId, userId: user.id, role: "member", consentedAt: now })
        .onConflictDoNothing();
    return { state, organisationId: invitation.organisationId };
  });
}
