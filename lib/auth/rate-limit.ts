// Counters kept in PostgreSQL so limits hold across app instances: sign-in throttling and look-up limits.
import "server-only";
import { eq, inArray, sql } from "drizzle-orm";
import { db, rowsOf, type Executor } from "@/db/client";
import { rateLimitBuckets } from "@/db/schema";
import { now as clockNow } from "@/lib/clock";
import {
  ACCOUNT_WINDOW_MS,
  IP_MAX_ATTEMPTS,
  IP_WINDOW_MS,
  accountBlockedUntil,
  retryAfterSeconds,
} from "./throttle-rules";
import { hashToken } from "./tokens";

export type Throttle = { limited: false } | { limited: true; retryAfterSeconds: number };

/** Adds one hit to a fixed window and returns the new count (atomic upsert). */
async function hit(
  key: string,
  windowMs: number,
  now: Date,
  exec: Executor = db,
): Promise<{ count: number; windowStartedAt: Date }> {
  const windowStart = new Date(now.getTime() - windowMs);
  const rows = rowsOf<{ count: number; window_started_at: string | Date }>(
    await exec.execute(sql`
      insert into rate_limit_buckets (key, count, window_started_at) values (${key}, 1, ${now.toISOString()})
      on conflict (key) do update set
        count = case when rate_limit_buckets.window_started_at <= ${windowStart.toISOString()} then 1 else rate_limit_buckets.count + 1 end,
        window_started_at = case when rate_limit_buckets.window_started_at <= ${windowStart.toISOString()} then excluded.window_started_at else rate_limit_buckets.window_started_at end,
        blocked_until = case when rate_limit_buckets.window_started_at <= ${windowStart.toISOString()} then null else rate_limit_buckets.blocked_until end
      returning count, window_started_at`),
  );
  const row = rows[0];
  return { count: Number(row?.count ?? 1), windowStartedAt: new Date(row?.window_started_at ?? now) };
}

/** A generic limit: at most `limit` hits per window for this key. */
export async function consume(
  key: string,
  limit: number,
  windowMs: number,
  now = clockNow(),
  exec: Executor = db,
): Promise<Throttle> {
  const { count, windowStartedAt } = await hit(key, windowMs, now, exec);
  if (count <= limit) return { limited: false };
  return { limited: true, retryAfterSeconds: retryAfterSeconds(new Date(windowStartedAt.getTime() + windowMs), now) };
}

/** At most this many emails of one kind to one address per hour (password reset, "account exists" notice). */
export const RECIPIENT_MAX_EMAILS = 3;
export const RECIPIENT_WINDOW_MS = 60 * 60_000;

/**
 * Counts one email of this kind to this address and tells whether it may go out. Callers answer the
 * same either way and simply send nothing past the cap: no inbox flooding, no enumeration.
 */
export async function mayEmailRecipient(
  kind: "reset" | "account-exists",
  email: string,
  now = clockNow(),
): Promise<boolean> {
  const throttle = await consume(
    `${kind}:email:${hashToken(email.trim().toLowerCase())}`,
    RECIPIENT_MAX_EMAILS,
    RECIPIENT_WINDOW_MS,
    now,
  );
  return !throttle.limited;
}

const ipKey = (ip: string) => `signin:ip:${ip}`;

/** The account's own counter: its lock is never shown (see authenticate in sign-in.ts). */
export const accountSubject = (userId: string) => `signin:account:${userId}`;

/** The counter of an identifier exactly as typed (trimmed, lowercased), whether or not an account has it. */
export const identifierSubject = (identifier: string) =>
  `signin:identifier:${hashToken(identifier.trim().toLowerCase())}`;

/** Every counter a sign-in of this account can have raised: its own and its two identifiers'. */
export const signInSubjects = (user: { id: string; username: string; email: string }) => [
  accountSubject(user.id),
  identifierSubject(user.username),
  identifierSubject(user.email),
];

/** Counts the attempt against the IP and tells whether the IP or the subject is currently held back. */
export async function checkSignInAllowed(
  subject: string,
  ip: string,
  now = clockNow(),
  exec: Executor = db,
): Promise<Throttle> {
  const byIp = await consume(ipKey(ip), IP_MAX_ATTEMPTS, IP_WINDOW_MS, now, exec);
  if (byIp.limited) return byIp;
  return peekSignInBlock(subject, now, exec);
}

/**
 * Runs one password check per subject (an account, or an identifier no account has) at a time: a
 * transaction-scoped advisory lock, so parallel guesses each see the failures recorded before them
 * and the throttle cannot be raced.
 */
export async function withSignInLock<T>(subject: string, fn: (tx: Executor) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${subject}))`);
    return fn(tx);
  });
}

export async function peekSignInBlock(subject: string, now = clockNow(), exec: Executor = db): Promise<Throttle> {
  const [row] = await exec.select().from(rateLimitBuckets).where(eq(rateLimitBuckets.key, subject));
  if (row?.blockedUntil && row.blockedUntil > now) {
    return { limited: true, retryAfterSeconds: retryAfterSeconds(row.blockedUntil, now) };
  }
  return { limited: false };
}

export async function recordSignInFailure(subject: string, now = clockNow(), exec: Executor = db): Promise<void> {
  const { count, windowStartedAt } = await hit(subject, ACCOUNT_WINDOW_MS, now, exec);
  const until = accountBlockedUntil(count, windowStartedAt, now);
  if (until) {
    await exec.update(rateLimitBuckets).set({ blockedUntil: until }).where(eq(rateLimitBuckets.key, subject));
  }
}

export async function clearSignInFailures(subjects: string[], exec: Executor = db): Promise<void> {
  await exec.delete(rateLimitBuckets).where(inArray(rateLimitBuckets.key, subjects));
}
