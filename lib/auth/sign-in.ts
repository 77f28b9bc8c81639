// Credential check for sign-in: throttling, constant-work password verification, session creation.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { eq, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users, type User } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { metrics } from "@/lib/observability/metrics";
import { now as clockNow } from "@/lib/clock";
import { burnPasswordCheck, hashPassword, needsRehash, verifyPassword } from "./password";
import {
  accountSubject,
  checkSignInAllowed,
  clearSignInFailures,
  identifierSubject,
  peekSignInBlock,
  recordSignInFailure,
  signInSubjects,
  withSignInLock,
} from "./rate-limit";
import { createSession } from "./sessions";

export type Authentication =
  | { ok: true; user: User; sid: string }
  | { ok: false; reason: "invalid" | "unconfirmed" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export async function findUserByIdentifier(identifier: string): Promise<User | null> {
  const id = identifier.trim().toLowerCase();
  // PostgreSQL text cannot hold NUL (the query would fail), so no account can match one.
  if (id.includes("\u0000")) return null;
  const [user] = await db
    .select()
    .from(users)
    .where(or(eq(sql`lower(${users.username})`, id), eq(sql`lower(${users.email})`, id)))
    .limit(1);
  return user ?? null;
}

/**
 * Two counters per attempt, with the same rules (nothing before 5 failures, then 1, 2, 4… minutes,
 * at most 25 a day):
 * - the identifier exactly as typed (trimmed, lowercased), known or not: its block is the only one
 *   ever shown ("throttled", with the wait);
 * - the account, which guards the password whichever identifier is typed: while it is blocked, an
 *   attempt through an identifier that is not itself blocked is refused *as a wrong password*: same
 *   answer, same Argon2 work, same count against that identifier, even with the right password.
 * Showing the account's block would let anyone who blocked an account through its username learn
 * that an email address belongs to it. So an answer depends only on the identifier typed, its own
 * earlier attempts, the IP and the password; never on which other identifiers share its account. A
 * learner refused this way is told by the "wrong username or password" message that a temporarily
 * blocked account answers the same, and to wait a few minutes or reset the password.
 */
export async function authenticate(
  identifier: string,
  password: string,
  ip: string,
  now = clockNow(),
): Promise<Authentication> {
  const result = await checkCredentials(identifier, password, ip, now);
  metrics.signIns.inc({ outcome: result.ok ? "ok" : result.reason });
  return result;
}

async function checkCredentials(identifier: string, password: string, ip: string, now: Date): Promise<Authentication> {
  const user = await findUserByIdentifier(identifier);
  const checked = await checkSignInPassword(identifier, user, password, ip, now);
  if (checked !== "ok") return checked;
  if (!user) return { ok: false, reason: "invalid" }; // "ok" needs an account: never reached
  if (!user.emailVerifiedAt) return { ok: false, reason: "unconfirmed" };
  const updates: Partial<User> = { lastActivityAt: now, retentionWarningSentAt: null };
  if (needsRehash(user.passwordHash)) updates.passwordHash = await hashPassword(password);
  await db.update(users).set(updates).where(eq(users.id, user.id));
  return { ok: true, user, sid: await createSession(user.id, now) };
}

/**
 * A sign-in's password check with its throttling (see authenticate), opening no session: `identifier`
 * is what was typed (or, to link a verified identity, the account's email) and `user` its account.
 */
export async function checkSignInPassword(
  identifier: string,
  user: User | null,
  password: string,
  ip: string,
  now = clockNow(),
): Promise<Extract<Authentication, { ok: false }> | "ok"> {
  const typed = identifierSubject(identifier);
  return withSignInLock(
    user ? accountSubject(user.id) : typed,
    async (tx): Promise<Extract<Authentication, { ok: false }> | "ok"> => {
      const shown = await checkSignInAllowed(typed, ip, now, tx);
      if (shown.limited) return { ok: false, reason: "throttled", retryAfterSeconds: shown.retryAfterSeconds };
      const accountBlocked = user ? (await peekSignInBlock(accountSubject(user.id), now, tx)).limited : false;
      const valid =
        user && !accountBlocked
          ? await verifyPassword(user.passwordHash, password)
          : (await burnPasswordCheck(password), false);
      if (!user || !valid) {
        await recordSignInFailure(typed, now, tx);
        if (user && !accountBlocked) await recordSignInFailure(accountSubject(user.id), now, tx);
        return { ok: false, reason: "invalid" };
      }
      await clearSignInFailures(signInSubjects(user), tx);
      return "ok";
    },
  );
}

/**
 * A password typed again in a signed-in session (re-authentication, deletion…), throttled on the
 * account's counter; its block is shown here, to the account's own holder.
 */
export async function verifyPasswordThrottled(
  user: User,
  password: string,
  now = clockNow(),
): Promise<"ok" | "wrong" | "throttled"> {
  const subject = accountSubject(user.id);
  return withSignInLock(subject, async (tx) => {
    if ((await peekSignInBlock(subject, now, tx)).limited) return "throttled";
    if (await verifyPassword(user.passwordHash, password)) return "ok";
    await recordSignInFailure(subject, now, tx);
    return "wrong";
  });
}

const PROOF_TTL_MS = 30_000;

function sign(payload: string): string {
  return createHmac("sha256", env.AUTH_SECRET).update(`signin-proof:${payload}`).digest("base64url");
}

/** A short-lived signed hand-over from the sign-in action to Auth.js's authorize(). */
export function createSignInProof(sid: string, now = clockNow()): string {
  const payload = `${sid}.${now.getTime() + PROOF_TTL_MS}`;
  return `${payload}.${sign(payload)}`;
}

export async function redeemSignInProof(proof: string, now = clockNow()): Promise<string | null> {
  const parts = proof.split(".");
  if (parts.length !== 3) return null;
  const [sid, expires, mac] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${sid}.${expires}`));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (Number(expires) < now.getTime()) return null;
  return sid;
}
