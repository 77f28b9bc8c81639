// Staff views: anonymous aggregate statistics (the DPO queue's reads are in request-queries.ts).
import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { certificates, statsDaily, unitProgress, users } from "@/db/schema";

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
