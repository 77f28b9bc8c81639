// Staff reads of the DPO queue: the queue, overdue first, and one request with its history.
import "server-only";
import { asc, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { dataRequestEvents, dataRequests, users, type DataRequest, type DataRequestEvent } from "@/db/schema";
import { now as clockNow } from "@/lib/clock";
import { queueOrder } from "@/lib/privacy/request-deadline";

/** A request in the DPO queue; `username` is null once the account is gone (an anonymous record). */
export type QueuedDataRequest = DataRequest & { username: string | null; fulfilledByUsername: string | null };

const staffMember = alias(users, "staff_member");

function requestsWithNames() {
  return db
    .select({ request: dataRequests, username: users.username, fulfilledByUsername: staffMember.username })
    .from(dataRequests)
    .leftJoin(users, eq(users.id, dataRequests.userId))
    .leftJoin(staffMember, eq(staffMember.id, dataRequests.fulfilledByStaffId));
}

const flatten = (r: { request: DataRequest; username: string | null; fulfilledByUsername: string | null }) => ({
  ...r.request,
  username: r.username,
  fulfilledByUsername: r.fulfilledByUsername,
});

/** Every open request (there are few; none may be hidden), then the latest handled ones; overdue first. */
export async function findDataRequests(now = clockNow()): Promise<QueuedDataRequest[]> {
  const [open, handled] = await Promise.all([
    requestsWithNames().where(inArray(dataRequests.status, ["received", "in_progress"])),
    requestsWithNames()
      .where(inArray(dataRequests.status, ["answered", "refused"]))
      .orderBy(desc(dataRequests.updatedAt))
      .limit(100),
  ]);
  return queueOrder([...open, ...handled].map(flatten), now);
}

export type DataRequestHistory = (DataRequestEvent & { staffName: string | null })[];

/** One request with its history, oldest step first; null for an unknown id. */
export async function findDataRequest(
  id: string,
): Promise<{ request: QueuedDataRequest; history: DataRequestHistory } | null> {
  const [row] = await requestsWithNames().where(eq(dataRequests.id, id));
  if (!row) return null;
  const history = await db
    .select({ event: dataRequestEvents, staffName: staffMember.username })
    .from(dataRequestEvents)
    .leftJoin(staffMember, eq(staffMember.id, dataRequestEvents.staffId))
    .where(eq(dataRequestEvents.requestId, id))
    .orderBy(asc(dataRequestEvents.at), asc(dataRequestEvents.id));
  return { request: flatten(row), history: history.map((h) => ({ ...h.event, staffName: h.staffName })) };
}
