// Staff views: anonymous aggregate statistics and the queue of data-protection requests.
import "server-only";
import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { certificates, dataRequests, statsDaily, unitProgress, users, type DataRequest } from "@/db/schema";
import { now as clockNow } from "@/lib/clock";
import { recordAudit } from "./audit";

export async function getStatistics() {
  const [byTrack, validations, certs, deleted] = await Promise.all([
    db
      .select({ track: users.track, count: sql<number>`count(*)::int` })
      .from(users)
      .groupBy(users.track),
    db
      .select({ count: sql<number>`count(*)::int` })
      .from(unitProgress)
      .where(sql`${unitProgress.validatedAt} is not null`),
    db
      .select({ track: certificates.track, count: sql<number>`count(*)::int` })
      .from(certificates)
      .groupBy(certificates.track),
    db
      .select({ metric: statsDaily.metric, total: sql<number>`sum(${statsDaily.value})::int` })
      .from(statsDaily)
      .groupBy(statsDaily.metric),
  ]);
  return { byTrack, validations: validations[0]?.count ?? 0, certificates: certs, kept: deleted };
}

/** A request in the DPO queue; `username` is null once the account is gone (an anonymous record). */
export type QueuedDataRequest = DataRequest & { username: string | null; fulfilledByUsername: string | null };

const staffMember = alias(users, "staff_member");

export async function findDataRequests(): Promise<QueuedDataRequest[]> {
  return db
    .select({ request: dataRequests, username: users.username, fulfilledByUsername: staffMember.username })
    .from(dataRequests)
    .leftJoin(users, eq(users.id, dataRequests.userId))
    .leftJoin(staffMember, eq(staffMember.id, dataRequests.fulfilledByStaffId))
    .orderBy(desc(dataRequests.createdAt))
    .limit(200)
    .then((rows) =>
      rows.map((r) => ({ ...r.request, username: r.username, fulfilledByUsername: r.fulfilledByUsername })),
    );
}

/**
 * Moves a request along and records who did it in the audit trail, in one transaction. Closing records
 * who handled the request and when (closing it again keeps the first); reopening clears it. An
 * anonymous record (the account is gone) is final and left untouched.
 */
export async function setDataRequestStatus(
  staffId: string,
  id: string,
  status: DataRequest["status"],
  now = clockNow(),
): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx
      .select({ status: dataRequests.status, userId: dataRequests.userId })
      .from(dataRequests)
      .where(and(eq(dataRequests.id, id), isNotNull(dataRequests.userId)))
      .for("update");
    if (!before || before.status === status) return;
    const handled =
      status === "closed"
        ? {
            fulfilledAt: sql`coalesce(${dataRequests.fulfilledAt}, ${now.toISOString()}::timestamptz)`,
            fulfilledBy: sql`coalesce(${dataRequests.fulfilledBy}, 'staff')`,
            fulfilledByStaffId: sql`coalesce(${dataRequests.fulfilledByStaffId}, ${staffId}::uuid)`,
          }
        : { fulfilledAt: null, fulfilledBy: null, fulfilledByStaffId: null };
    await tx
      .update(dataRequests)
      .set({ status, updatedAt: now, ...handled })
      .where(eq(dataRequests.id, id));
    await recordAudit(
      tx,
      {
        actor: "staff",
        actorId: staffId,
        action: "data_request_status",
        subjectUserId: before.userId,
        details: { request: id, from: before.status, to: status },
      },
      now,
    );
  });
}
