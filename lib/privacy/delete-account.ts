// Account deletion: one transaction removes every personal row; only anonymous daily counters and the
// anonymous trace of the data requests (who asked for what, when, and who fulfilled it) remain.
import "server-only";
import { and, eq, inArray, like, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import {
  certificates,
  dataRequestEvents,
  dataRequests,
  rateLimitBuckets,
  statsDaily,
  unitProgress,
  users,
  type User,
} from "@/db/schema";
import type { DataRequestStatus } from "./request-vocabulary";
import { now as clockNow } from "@/lib/clock";
import { queueEmails, sendEmail } from "@/lib/email/send";
import { deleteOrganisationsManagedOnlyBy, forgetInvitationsTo } from "@/lib/organisations/organisations";

async function countAnonymously(tx: Executor, day: string, metric: string, value: number) {
  if (value <= 0) return;
  await tx
    .insert(statsDaily)
    .values({ day, metric, value })
    .onConflictDoUpdate({
      target: [statsDaily.day, statsDaily.metric],
      set: { value: sql`${statsDaily.value} + ${value}` },
    });
}

/**
 * The learner's open data requests are answered by this deletion (each with its history step), and a
 * deletion the learner asked for themself is an erasure request in its own right: recorded (answered at
 * once) unless one was pending. Deleting the user then detaches the requests and the database clears
 * their messages, answers and history notes (migrations 0005, 0010).
 */
async function recordFulfilment(tx: Executor, user: User, reason: "self" | "retention", now: Date) {
  const fulfilledBy = reason === "self" ? "learner" : "retention";
  const open = await tx
    .select({ id: dataRequests.id, kind: dataRequests.kind, status: dataRequests.status })
    .from(dataRequests)
    .where(and(eq(dataRequests.userId, user.id), inArray(dataRequests.status, ["received", "in_progress"])))
    .for("update");
  if (open.length > 0) {
    await tx
      .update(dataRequests)
      .set({ status: "answered", fulfilledAt: now, fulfilledBy, updatedAt: now })
      .where(
        inArray(
          dataRequests.id,
          open.map((r) => r.id),
        ),
      );
  }
  const closed: { requestId: string; fromStatus: DataRequestStatus | null }[] = open.map((r) => ({
    requestId: r.id,
    fromStatus: r.status,
  }));
  if (reason === "self" && !open.some((r) => r.kind === "erasure")) {
    const [erasure] = await tx
      .insert(dataRequests)
      .values({
        userId: user.id,
        kind: "erasure",
        message: null,
        status: "answered",
        createdAt: now,
        updatedAt: now,
        fulfilledAt: now,
        fulfilledBy,
      })
      .returning({ id: dataRequests.id });
    if (erasure) closed.push({ requestId: erasure.id, fromStatus: null });
  }
  if (closed.length > 0) {
    await tx
      .insert(dataRequestEvents)
      .values(closed.map((c) => ({ ...c, at: now, step: "account_deleted" as const, toStatus: "answered" as const })));
  }
}

/**
 * Deletes the user (foreign keys cascade to sessions, tokens, consents, attempts, progress, certificates,
 * emails and organisation memberships; data requests stay, anonymised). Organisations the user alone
 * managed are deleted with it. `onlyIfInactiveSince` makes the retention purge skip a
 * learner who came back.
 */
export async function deleteAccount(
  user: User,
  reason: "self" | "retention",
  options: { now?: Date; onlyIfInactiveSince?: Date } = {},
): Promise<boolean> {
  const now = options.now ?? clockNow();
  const day = now.toISOString().slice(0, 10);
  const deleted = await db.transaction(async (tx) => {
    const [validated] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(unitProgress)
      .where(and(eq(unitProgress.userId, user.id), sql`${unitProgress.validatedAt} is not null`));
    const [certs] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(certificates)
      .where(eq(certificates.userId, user.id));
    const condition = options.onlyIfInactiveSince
      ? and(
          eq(users.id, user.id),
          // Truncated to the milliseconds a Date holds (see inactiveSince in purge.ts).
          sql`date_trunc('milliseconds', ${users.lastActivityAt}) <= ${options.onlyIfInactiveSince.toISOString()}::timestamptz`,
        )
      : eq(users.id, user.id);
    // Locked first: a learner who comes back meanwhile waits, and the condition is checked on their latest row.
    const [stillThere] = await tx.select({ id: users.id }).from(users).where(condition).for("update");
    if (!stillThere) return false;
    await recordFulfilment(tx, user, reason, now);
    const managed = await deleteOrganisationsManagedOnlyBy(tx, user.id);
    await forgetInvitationsTo(tx, user.id);
    await tx.delete(users).where(eq(users.id, user.id));
    await tx.delete(rateLimitBuckets).where(like(rateLimitBuckets.key, `%:${user.id}`));
    await countAnonymously(tx, day, `accounts_deleted_${reason}`, 1);
    await countAnonymously(tx, day, `accounts_deleted_track_${user.track}`, 1);
    await countAnonymously(tx, day, "units_validated_by_deleted_accounts", Number(validated?.n ?? 0));
    await countAnonymously(tx, day, "certificates_of_deleted_accounts", Number(certs?.n ?? 0));
    await countAnonymously(tx, day, "organisations_deleted_with_their_manager", managed.deleted);
    return managed.emailIds;
  });
  if (deleted) {
    // Members of the organisations that went with the account (their notices recorded in the transaction).
    await queueEmails(deleted);
    // Not recorded in the outbox: nothing personal may remain once the account is gone.
    await sendEmail({ to: user.email, userId: null, template: "accountDeleted", locale: user.locale, record: false });
  }
  return deleted !== false;
}
