// Credential check for sign-in: throttling, constant-work password verification, session creation.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { eq, or, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users, type User } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { now as clockNow } from "@/lib/clock";
import { burnPasswordCheck, hashPassword, needsRehash, verifyPassword } from "./password";
import { checkSignInAllowed, clearSignInFailures, peekAccountBlock, recordSignInFailure, withAccountLock } from "./rate-limit";
import { createSession } from "./sessions";
import { hashToken } from "./tokens";

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

/** Unknown identifiers are throttled under their own hash, so throttling never reveals an account. */
function accountRef(user: User | null, identifier: string): string {
  return user ? user.id : `unknown:${hashToken(identifier.trim().toLowerCase())}`;
}

export async function authenticate(identifier: string, password: string, ip: string, now = clockNow()): Promise<Authentication> {
  const user = await findUserByIdentifier(identifier);
  const ref = accountRef(user, identifier);
  const checked = await withAccountLock(ref, async (tx): Promise<Authentication | "ok"> => {
    const throttle = await checkSignInAllowed(ref, ip, now, tx);
    if (throttle.limited) return { ok: false, reason: "throttled", retryAfterSeconds: throttle.retryAfterSeconds };
    const valid = user ? await verifyPassword(user.passwordHash, password) : (await burnPasswordCheck(password), false);
    if (!valid) {
      await recordSignInFailure(ref, now, tx);
      return { ok: false, reason: "invalid" };
    }
    await clearSignInFailures(ref, tx);
    return "ok";
  });
  if (checked !== "ok") return checked;
  if (!user) return { ok: false, reason: "invalid" };
  if (!user.emailVerifiedAt) return { ok: false, reason: "unconfirmed" };
  const updates: Partial<User> = { lastActivityAt: now, retentionWarningSentAt: null };
  if (needsRehash(user.passwordHash)) updates.passwordHash = await hashPassword(password);
  await db.update(users).set(updates).where(eq(users.id, user.id));
  return { ok: true, user, sid: await createSession(user.id, now) };
}

/** A password typed again in a signed-in session (re-authentication, deletion…), throttled like sign-in. */
export async function verifyPasswordThrottled(user: User, password: string, now = clockNow()): Promise<"ok" | "wrong" | "throttled"> {
  return withAccountLock(user.id, async (tx) => {
    if ((await peekAccountBlock(user.id, now, tx)).limited) return "throttled";
    if (await verifyPassword(user.passwordHash, password)) return "ok";
    await recordSignInFailure(user.id, now, tx);
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
