// The retention jobs: warns learners 30 days before their deadline, then deletes expired accounts; and
// the cleanup of accounts never confirmed, of expired tokens and counters, and of anonymous request
// records past their accountability period. Both are idempotent and safe to run concurrently: each step
// is a conditional write that only one run wins.
import "server-only";
import { and, eq, isNull, lt, lte, max, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { certificates, dataRequests, emailTokens, rateLimitBuckets, users } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { now as clockNow } from "@/lib/clock";
import { queueEmails, recordEmail } from "@/lib/email/send";
import { deleteAccount } from "./delete-account";
import { ACCOUNTABILITY_MS, RETENTION_MS, WARNING_NOTICE_MS, retentionAction, retentionDeadline } from "./retention";

/**
 * "Still inactive since the value read": PostgreSQL keeps microseconds (now() defaults, moved data) and a
 * JavaScript Date only milliseconds, so the column is truncated before comparing, or it never matches.
 */
export function inactiveSince(lastActivityAt: Date) {
  return sql`date_trunc('milliseconds', ${users.lastActivityAt}) <= ${lastActivityAt.toISOString()}::timestamptz`;
}

const UNCONFIRMED_TTL_MS = 7 * 24 * 3600 * 1000;

export interface PurgeReport {
  warned: number;
  deleted: number;
  dryRun: boolean;
}

export interface CleanupReport {
  unconfirmed: number;
  expiredTokens: number;
  expiredRateLimits: number;
  /** Anonymous traces of data requests whose accountability period is over. */
  expiredRequestRecords: number;
  dryRun: boolean;
}

export async function runRetentionPurge({ dryRun = false, now = clockNow() } = {}): Promise<PurgeReport> {
  const horizon = new Date(now.getTime() - (RETENTION_MS - WARNING_NOTICE_MS));
  const candidates = await db
    .select({ user: users, lastCertificateAt: max(certificates.issuedAt) })
    .from(users)
    .leftJoin(certificates, eq(certificates.userId, users.id))
    .where(lte(users.lastActivityAt, horizon))
    .groupBy(users.id);
  const report: PurgeReport = { warned: 0, deleted: 0, dryRun };
  for (const { user, lastCertificateAt } of candidates) {
    const deadline = retentionDeadline(user.lastActivityAt, lastCertificateAt ? new Date(lastCertificateAt) : null);
    const action = retentionAction(deadline, user.retentionWarningSentAt, now);
    if (action === "keep") continue;
    if (dryRun) {
      report[action === "warn" ? "warned" : "deleted"]++;
      continue;
    }
    if (action === "warn") {
      // The warning is recorded with the mark that it was sent: one run wins, and its email is never lost.
      const emailId = await db.transaction(async (tx) => {
        const won = await tx
          .update(users)
          .set({ retentionWarningSentAt: now })
          .where(
            and(
              eq(users.id, user.id),
              inactiveSince(user.lastActivityAt),
              or(
                isNull(users.retentionWarningSentAt),
                lt(users.retentionWarningSentAt, new Date(deadline.getTime() - WARNING_NOTICE_MS)),
              ),
            ),
          )
          .returning({ id: users.id });
        if (won.length === 0) return null;
        return recordEmail(
          {
            to: user.email,
            userId: user.id,
            template: "retentionWarning",
            locale: user.locale,
            values: {
              date: new Intl.DateTimeFormat(user.locale === "en" ? "en-GB" : "fr-FR", {
                dateStyle: "long",
                timeZone: "Europe/Paris",
              }).format(deadline),
            },
            url: `${env.APP_URL}/${user.locale}/sign-in`,
          },
          tx,
        );
      });
      if (!emailId) continue;
      report.warned++;
      await queueEmails([emailId]);
    } else if (await deleteAccount(user, "retention", { now, onlyIfInactiveSince: user.lastActivityAt })) {
      report.deleted++;
    }
  }
  return report;
}

export async function runAccountCleanup({ dryRun = false, now = clockNow() } = {}): Promise<CleanupReport> {
  const report: CleanupReport = {
    unconfirmed: 0,
    expiredTokens: 0,
    expiredRateLimits: 0,
    expiredRequestRecords: 0,
    dryRun,
  };
  // Accounts never confirmed are removed after 7 days: their owner never started the training.
  const unconfirmedCutoff = new Date(now.getTime() - UNCONFIRMED_TTL_MS);
  const unconfirmed = and(isNull(users.emailVerifiedAt), lte(users.createdAt, unconfirmedCutoff));
  if (dryRun) {
    const [u] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(users)
      .where(unconfirmed);
    report.unconfirmed = Number(u?.n ?? 0);
  } else {
    report.unconfirmed = (await db.delete(users).where(unconfirmed).returning({ id: users.id })).length;
  }
  // The anonymous trace of a request handled by an account's deletion, once the accountability period is over.
  const recordExpired = and(
    isNull(dataRequests.userId),
    lte(dataRequests.fulfilledAt, new Date(now.getTime() - ACCOUNTABILITY_MS)),
  );
  if (dryRun) {
    const [r] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(dataRequests)
      .where(recordExpired);
    report.expiredRequestRecords = Number(r?.n ?? 0);
  } else {
    report.expiredRequestRecords = (
      await db.delete(dataRequests).where(recordExpired).returning({ id: dataRequests.id })
    ).length;
  }
  const tokenCutoff = new Date(now.getTime() - 24 * 3600 * 1000);
  if (dryRun) {
    const [t] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(emailTokens)
      .where(lte(emailTokens.expiresAt, tokenCutoff));
    report.expiredTokens = Number(t?.n ?? 0);
  } else {
    report.expiredTokens = (
      await db.delete(emailTokens).where(lte(emailTokens.expiresAt, tokenCutoff)).returning({ id: emailTokens.id })
    ).length;
    report.expiredRateLimits = (
      await db
        .delete(rateLimitBuckets)
        .where(lte(rateLimitBuckets.windowStartedAt, new Date(now.getTime() - 48 * 3600 * 1000)))
        .returning({ key: rateLimitBuckets.key })
    ).length;
  }
  return report;
}
