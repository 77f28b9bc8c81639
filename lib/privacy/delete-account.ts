// Account deletion: one transaction removes every personal row; only anonymous daily counters remain.
import "server-only";
import { and, eq, like, sql } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { certificates, rateLimitBuckets, statsDaily, unitProgress, users, type User } from "@/db/schema";
import { now as clockNow } from "@/lib/clock";
import { sendEmail } from "@/lib/email/send";

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
 * Deletes the user (foreign keys cascade to sessions, tokens, consents, attempts, progress, certificates,
 * requests and emails). `onlyIfInactiveSince` makes the retention purge skip a learner who came back.
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
    const gone = await tx.delete(users).where(condition).returning({ id: users.id });
    if (gone.length === 0) return false;
    await tx.delete(rateLimitBuckets).where(like(rateLimitBuckets.key, `%:${user.id}`));
    await countAnonymously(tx, day, `accounts_deleted_${reason}`, 1);
    await countAnonymously(tx, day, `accounts_deleted_track_${user.track}`, 1);
    await countAnonymously(tx, day, "units_validated_by_deleted_accounts", Number(validated?.n ?? 0));
    await countAnonymously(tx, day, "certificates_of_deleted_accounts", Number(certs?.n ?? 0));
    return true;
  });
  if (deleted) {
    // Not recorded in the outbox: nothing personal may remain once the account is gone.
    await sendEmail({ to: user.email, userId: null, template: "accountDeleted", locale: user.locale, record: false });
  }
  return deleted;
}
