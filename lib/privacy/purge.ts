// The retention job: warns learners 30 days before their deadline, then deletes expired accounts (and
// expired tokens, counters and anonymous request records).
// Idempotent and safe to run concurrently: each step is a conditional write that only one run wins.
import "server-only";
import { and, eq, isNull, lt, lte, max, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { certificates, dataRequests, emailTokens, rateLimitBuckets, users } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { now as clockNow } from "@/lib/clock";
import { sendEmail } from "@/lib/email/send";
import { deleteAccount } from "./delete-account";
import { ACCOUNTABILITY_MS, RETENTION_MS, WARNING_NOTICE_MS, retentionAction, retentionDeadline } from "./retention";

const UNCONFIRMED_TTL_MS = 7 * 24 * 3600 * 1000;

export interface PurgeReport {
  warned: number;
  deleted: number;
  expiredTokens: number;
  expiredRateLimits: number;
  unconfirmed: number;
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
  const report: PurgeReport = {
    warned: 0,
    deleted: 0,
    expiredTokens: 0,
    expiredRateLimits: 0,
    unconfirmed: 0,
    expiredRequestRecords: 0,
    dryRun,
  };
  for (const { user, lastCertificateAt } of candidates) {
    const deadline = retentionDeadline(user.lastActivityAt, lastCertificateAt ? new Date(lastCertificateAt) : null);
    const action = retentionAction(deadline, user.retentionWarningSentAt, now);
    if (action === "keep") continue;
    if (dryRun) {
      report[action === "warn" ? "warned" : "deleted"]++;
      continue;
    }
    if (action === "warn") {
      const won = await db
        .update(users)
        .set({ retentionWarningSentAt: now })
        .where(
          and(
            eq(users.id, user.id),
            lte(users.lastActivityAt, user.lastActivityAt),
            or(
              isNull(users.retentionWarningSentAt),
              lt(users.retentionWarningSentAt, new Date(deadline.getTime() - WARNING_NOTICE_MS)),
            ),
          ),
        )
        .returning({ id: users.id });
      if (won.length === 0) continue;
      report.warned++;
      await sendEmail({
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
      });
    } else if (await deleteAccount(user, "retention", { now, onlyIfInactiveSince: user.lastActivityAt })) {
      report.deleted++;
    }
  }
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
