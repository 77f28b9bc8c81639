// Staff views: anonymous aggregate statistics and the queue of data-protection requests.
import "server-only";
import { desc, eq, sql } from "drizzle-orm";
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

export async function findDataRequests(): Promise<(DataRequest & { username: string })[]> {
  return db
    .select({ request: dataRequests, username: users.username })
    .from(dataRequests)
    .innerJoin(users, eq(users.id, dataRequests.userId))
    .orderBy(desc(dataRequests.createdAt))
    .limit(200)
    .then((rows) => rows.map((r) => ({ ...r.request, username: r.username })));
}

/** Moves a request along and records who did it in the audit trail, in one transaction. */
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
      .where(eq(dataRequests.id, id))
      .for("update");
    if (!before || before.status === status) return;
    await tx.update(dataRequests).set({ status, updatedAt: now }).where(eq(dataRequests.id, id));
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
