// Organisations in the database: creating one, who belongs and with what role, leaving, removing,
// handing over and deleting. Every function checks the caller's role itself (server-side authorisation).
import "server-only";
import { and, asc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { db, rowsOf, type Executor } from "@/db/client";
import {
  organisationInvitations,
  organisationMembers,
  organisations,
  rateLimitBuckets,
  users,
  type Organisation,
  type User,
} from "@/db/schema";
import { now as clockNow } from "@/lib/clock";
import { queueEmails, recordEmail } from "@/lib/email/send";
import { canCreateOrganisation, csvThrottleKey, type MemberRole, type OrganisationKind } from "./rules";

export async function createOrganisation(
  user: User,
  input: { name: string; kind: OrganisationKind },
  now = clockNow(),
): Promise<Organisation | null> {
  if (!canCreateOrganisation(user)) return null;
  return db.transaction(async (tx) => {
    const [org] = await tx
      .insert(organisations)
      .values({ name: input.name, kind: input.kind, createdAt: now })
      .returning();
    if (!org) throw new Error("organisation insert returned nothing");
    await tx
      .insert(organisationMembers)
      .values({ organisationId: org.id, userId: user.id, role: "manager", consentedAt: now });
    return org;
  });
}

/** The organisation and the person's role in it, or null when they do not belong (or it does not exist). */
export async function getMembership(
  userId: string,
  organisationId: string,
  tx: Executor = db,
): Promise<{ organisation: Organisation; role: MemberRole; consentedAt: Date } | null> {
  const [row] = await tx
    .select({
      organisation: organisations,
      role: organisationMembers.role,
      consentedAt: organisationMembers.consentedAt,
    })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(and(eq(organisationMembers.userId, userId), eq(organisationMembers.organisationId, organisationId)));
  return row ?? null;
}

export async function findOwnOrganisations(userId: string) {
  return db
    .select({ organisation: organisations, role: organisationMembers.role })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .orderBy(asc(organisations.name));
}

/** The managers' names, shown to members so they know who sees their progress. */
export async function findManagers(organisationId: string) {
  return db
    .select({ userId: users.id, firstName: users.firstName, lastName: users.lastName })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.role, "manager")))
    .orderBy(asc(users.lastName), asc(users.firstName));
}

/**
 * Forgets the emailed invitations addressed to this person's account address, or through which they
 * joined from another address (in one organisation, or in all when they delete their account): once
 * they leave, their manager no longer sees that they had joined.
 */
export async function forgetInvitationsTo(tx: Executor, userId: string, organisationId?: string): Promise<void> {
  const address = sql`(select lower(${users.email}) from ${users} where ${users.id} = ${userId})`;
  await tx
    .delete(organisationInvitations)
    .where(
      and(
        or(sql`${organisationInvitations.email} = ${address}`, eq(organisationInvitations.joinedBy, userId)),
        organisationId ? eq(organisationInvitations.organisationId, organisationId) : undefined,
      ),
    );
}

async function isManager(tx: Executor, userId: string, organisationId: string): Promise<boolean> {
  const m = await getMembership(userId, organisationId, tx);
  return m?.role === "manager";
}

/**
 * A member leaves (their consent withdrawn with it): the row goes, so no report made after the commit
 * can include them. A manager leaves only by handing over first, or by deleting the organisation.
 */
export async function leaveOrganisation(
  userId: string,
  organisationId: string,
): Promise<"left" | "notMember" | "managerMustHandOver"> {
  return db.transaction(async (tx) => {
    const membership = await getMembership(userId, organisationId, tx);
    if (!membership) return "notMember";
    if (membership.role === "manager") return "managerMustHandOver";
    await tx
      .delete(organisationMembers)
      .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, userId)));
    await forgetInvitationsTo(tx, userId, organisationId);
    return "left";
  });
}

export async function removeMember(
  manager: User,
  organisationId: string,
  memberId: string,
): Promise<"removed" | "forbidden" | "notMember"> {
  return db.transaction(async (tx) => {
    if (!(await isManager(tx, manager.id, organisationId))) return "forbidden";
    const removed = await tx
      .delete(organisationMembers)
      .where(
        and(
          eq(organisationMembers.organisationId, organisationId),
          eq(organisationMembers.userId, memberId),
          eq(organisationMembers.role, "member"),
        ),
      )
      .returning({ userId: organisationMembers.userId });
    if (removed.length === 0) return "notMember";
    await forgetInvitationsTo(tx, memberId, organisationId);
    return "removed";
  });
}

/** Hands the organisation to a member, who becomes its manager; the former manager stays as a member. */
export async function transferOrganisation(
  manager: User,
  organisationId: string,
  memberId: string,
): Promise<"transferred" | "forbidden" | "notMember"> {
  if (memberId === manager.id) return "notMember";
  return db.transaction(async (tx) => {
    if (!(await isManager(tx, manager.id, organisationId))) return "forbidden";
    const promoted = await tx
      .update(organisationMembers)
      .set({ role: "manager" })
      .where(
        and(
          eq(organisationMembers.organisationId, organisationId),
          eq(organisationMembers.userId, memberId),
          ne(organisationMembers.role, "manager"),
        ),
      )
      .returning({ userId: organisationMembers.userId });
    if (promoted.length === 0) return "notMember";
    await tx
      .update(organisationMembers)
      .set({ role: "member" })
      .where(and(eq(organisationMembers.organisationId, organisationId), eq(organisationMembers.userId, manager.id)));
    return "transferred";
  });
}

/**
 * Tells every member of these organisations but `exceptUserId` (each consented: a membership is a
 * consent) that the organisation is gone and nothing of theirs is shared any more. Recorded in the
 * caller's transaction, before the rows go; the subject does not name the organisation, and the body
 * naming it is not kept once delivered. Returns the outbox ids to queue after the commit.
 */
async function recordDeletionNotices(tx: Executor, organisationIds: string[], exceptUserId: string): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const members = await tx
    .select({ userId: users.id, email: users.email, locale: users.locale, organisation: organisations.name })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(
      and(inArray(organisationMembers.organisationId, organisationIds), ne(organisationMembers.userId, exceptUserId)),
    );
  const ids: string[] = [];
  for (const m of members)
    ids.push(
      await recordEmail(
        {
          to: m.email,
          userId: m.userId,
          template: "organisationDeleted",
          locale: m.locale,
          values: { organisation: m.organisation },
        },
        tx,
      ),
    );
  return ids;
}

/**
 * Deletes the organisation; memberships and invitations go with it (foreign keys cascade). The other
 * members are emailed, the emails recorded in the same transaction.
 */
export async function deleteOrganisation(manager: User, organisationId: string): Promise<boolean> {
  const emailIds = await db.transaction(async (tx) => {
    if (!(await isManager(tx, manager.id, organisationId))) return null;
    const notices = await recordDeletionNotices(tx, [organisationId], manager.id);
    await tx.delete(organisations).where(eq(organisations.id, organisationId));
    await tx.delete(rateLimitBuckets).where(eq(rateLimitBuckets.key, csvThrottleKey(organisationId)));
    return notices;
  });
  if (emailIds === null) return false;
  await queueEmails(emailIds);
  return true;
}

/**
 * When an account goes (deletion or retention purge), the organisations it alone managed go too, in the
 * same transaction: a team nobody can manage would keep members' consents with no one to answer for them.
 * Their members are emailed (recorded in that transaction; the caller queues the returned ids after the
 * commit), as the privacy policy says.
 */
export async function deleteOrganisationsManagedOnlyBy(
  tx: Executor,
  userId: string,
): Promise<{ deleted: number; emailIds: string[] }> {
  const managedOnlyBy = rowsOf<{ id: string }>(
    await tx.execute(sql`
      select o.id from organisations o
      where exists (select 1 from organisation_members m
                    where m.organisation_id = o.id and m.user_id = ${userId} and m.role = 'manager')
        and not exists (select 1 from organisation_members m
                        where m.organisation_id = o.id and m.user_id <> ${userId} and m.role = 'manager')
      for update`),
  ).map((r) => r.id);
  if (managedOnlyBy.length === 0) return { deleted: 0, emailIds: [] };
  const emailIds = await recordDeletionNotices(tx, managedOnlyBy, userId);
  await tx.delete(organisations).where(inArray(organisations.id, managedOnlyBy));
  await tx.delete(rateLimitBuckets).where(inArray(rateLimitBuckets.key, managedOnlyBy.map(csvThrottleKey)));
  return { deleted: managedOnlyBy.length, emailIds };
}
