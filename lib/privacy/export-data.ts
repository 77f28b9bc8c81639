// "Download my data": everything the platform holds about one learner, as machine-readable JSON
// (its shape: lib/privacy/export-schema.ts; the same data for a person to read: lib/privacy/summary.ts).
import "server-only";
import { asc, eq, or } from "drizzle-orm";
import { db } from "@/db/client";
import {
  certificates,
  dataRequestEvents,
  dataRequests,
  emailOutbox,
  emailTokens,
  organisationInvitations,
  organisationMembers,
  organisations,
  policyAcceptances,
  policyVersions,
  quizAttempts,
  rateLimitBuckets,
  unitPositions,
  checklistTicks,
  unitProgress,
  staffRecoveryCodes,
  staffSecondFactors,
  userIdentities,
  userSessions,
  users,
} from "@/db/schema";
import { now as clockNow } from "@/lib/clock";
import { BODY_KEPT_UNTIL_DELIVERY, EXPORT_FORMAT, PROVIDER_TOKEN_WITHHELD, WITHHELD } from "./export-schema";

export async function exportUserData(userId: string, now = clockNow()) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user) return null;
  const [
    sessions,
    tokens,
    acceptances,
    attempts,
    progress,
    positions,
    ticks,
    certs,
    requests,
    emails,
    throttle,
    factor,
    codes,
    requestEvents,
    memberships,
    invitations,
    identities,
  ] = await Promise.all([
    db.select().from(userSessions).where(eq(userSessions.userId, userId)),
    db.select().from(emailTokens).where(eq(emailTokens.userId, userId)),
    db
      .select({ acceptance: policyAcceptances, policy: policyVersions })
      .from(policyAcceptances)
      .innerJoin(policyVersions, eq(policyVersions.id, policyAcceptances.policyVersionId))
      .where(eq(policyAcceptances.userId, userId)),
    db.select().from(quizAttempts).where(eq(quizAttempts.userId, userId)),
    db.select().from(unitProgress).where(eq(unitProgress.userId, userId)),
    db.select().from(unitPositions).where(eq(unitPositions.userId, userId)),
    db.select().from(checklistTicks).where(eq(checklistTicks.userId, userId)),
    db.select().from(certificates).where(eq(certificates.userId, userId)),
    db.select().from(dataRequests).where(eq(dataRequests.userId, userId)),
    db.select().from(emailOutbox).where(eq(emailOutbox.userId, userId)),
    db
      .select()
      .from(rateLimitBuckets)
      .where(eq(rateLimitBuckets.key, `signin:account:${userId}`)),
    db.select().from(staffSecondFactors).where(eq(staffSecondFactors.userId, userId)),
    db.select().from(staffRecoveryCodes).where(eq(staffRecoveryCodes.userId, userId)),
    db
      .select({ event: dataRequestEvents })
      .from(dataRequestEvents)
      .innerJoin(dataRequests, eq(dataRequests.id, dataRequestEvents.requestId))
      .where(eq(dataRequests.userId, userId))
      .orderBy(asc(dataRequestEvents.at), asc(dataRequestEvents.id)),
    db
      .select({ member: organisationMembers, name: organisations.name, kind: organisations.kind })
      .from(organisationMembers)
      .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
      .where(eq(organisationMembers.userId, userId)),
    // Invitations emailed to the account's address (a manager typed it in a CSV) or accepted by this
    // account from another address, and how they were answered.
    db
      .select({ invitation: organisationInvitations, name: organisations.name })
      .from(organisationInvitations)
      .innerJoin(organisations, eq(organisations.id, organisationInvitations.organisationId))
      .where(
        or(eq(organisationInvitations.email, user.email.toLowerCase()), eq(organisationInvitations.joinedBy, userId)),
      )
      .orderBy(asc(organisationInvitations.createdAt)),
    db.select().from(userIdentities).where(eq(userIdentities.userId, userId)),
  ]);
  return {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    profile: { ...user, passwordHash: WITHHELD },
    sessions: sessions.map((s) => ({
      ...s,
      id: WITHHELD,
      oidcIdToken: s.oidcIdToken ? PROVIDER_TOKEN_WITHHELD : null,
    })),
    identities,
    emailTokens: tokens.map((t) => ({ ...t, tokenHash: WITHHELD })),
    policyAcceptances: acceptances.map(({ acceptance, policy }) => ({
      ...acceptance,
      kind: policy.kind,
      version: policy.version,
    })),
    quizAttempts: attempts,
    unitProgress: progress,
    unitPositions: positions,
    checklistTicks: ticks,
    certificates: certs,
    dataRequests: requests.map((r) => ({
      ...r,
      history: requestEvents.filter(({ event }) => event.requestId === r.id).map(({ event }) => event),
    })),
    emails: emails.map((e) => ({
      ...e,
      payload: e.payload ? BODY_KEPT_UNTIL_DELIVERY : null,
      html: e.html ? BODY_KEPT_UNTIL_DELIVERY : null,
      text: e.text ? BODY_KEPT_UNTIL_DELIVERY : null,
    })),
    organisationMemberships: memberships.map(({ member, name, kind }) => ({
      organisationId: member.organisationId,
      userId: member.userId,
      organisationName: name,
      organisationKind: kind,
      role: member.role,
      consentedAt: member.consentedAt,
    })),
    organisationInvitations: invitations.map(({ invitation, name }) => ({
      ...invitation,
      tokenHash: WITHHELD,
      organisationName: name,
    })),
    signInThrottling: throttle,
    staffSecondFactor: factor.map((f) => ({ ...f, secretCiphertext: WITHHELD })),
    staffRecoveryCodes: codes.map((c) => ({ ...c, codeHash: WITHHELD })),
  };
}
