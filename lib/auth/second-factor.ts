// Staff second factor: TOTP enrolment, the code asked at each sign-in, single-use recovery codes.
// The secret is stored encrypted (AES-256-GCM, key derived from AUTH_SECRET) and never leaves here
// except as the QR code and manual key of a pending enrolment shown to its own holder.
import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { db, type Executor } from "@/db/client";
import { staffRecoveryCodes, staffSecondFactors, userSessions, type User } from "@/db/schema";
import { env } from "@/lib/env.mjs";
import { now as clockNow } from "@/lib/clock";
import { clearSignInFailures, peekSignInBlock, recordSignInFailure, withSignInLock } from "./rate-limit";
import { hashToken } from "./tokens";
import {
  generateTotpSecret,
  matchTotp,
  normaliseRecoveryCode,
  RECOVERY_RANDOM_BYTES,
  recoveryCodesFrom,
  totpUri,
} from "./totp";

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", env.AUTH_SECRET, "vigie", "staff-totp-secret", 32));
}

function encrypt(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

function decrypt(stored: string): string {
  const [iv, tag, body] = stored.split(".").map((part) => Buffer.from(part, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", key(), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(body!), decipher.final()]).toString("utf8");
}

/** Stored for tests and the e2e seed, which need a known secret. */
export function encryptTotpSecret(secret: string): string {
  return encrypt(secret);
}

export type SecondFactorState = "none" | "pending" | "confirmed";

export async function getSecondFactorState(userId: string, exec: Executor = db): Promise<SecondFactorState> {
  const [row] = await exec
    .select({ confirmedAt: staffSecondFactors.confirmedAt })
    .from(staffSecondFactors)
    .where(eq(staffSecondFactors.userId, userId));
  return !row ? "none" : row.confirmedAt ? "confirmed" : "pending";
}

/**
 * The pending enrolment of this staff member (created on first call, kept across reloads so the QR
 * code scanned stays valid): what the enrolment page shows. Null once an authenticator is confirmed.
 */
export async function getPendingEnrolment(user: User): Promise<{ secret: string; uri: string } | null> {
  const [row] = await db.select().from(staffSecondFactors).where(eq(staffSecondFactors.userId, user.id));
  if (row?.confirmedAt) return null;
  let secret = row ? decrypt(row.secretCiphertext) : null;
  if (!secret) {
    secret = generateTotpSecret();
    await db
      .insert(staffSecondFactors)
      .values({ userId: user.id, secretCiphertext: encrypt(secret) })
      .onConflictDoNothing();
    // Two tabs opened at once: the first insert wins, and both show its secret.
    const [kept] = await db.select().from(staffSecondFactors).where(eq(staffSecondFactors.userId, user.id));
    if (!kept || kept.confirmedAt) return null;
    secret = decrypt(kept.secretCiphertext);
  }
  return { secret, uri: totpUri(secret, user.username) };
}

const subject = (userId: string) => `second-factor:${userId}`;

export type SecondFactorOutcome<T> = { ok: true; data: T } | { ok: false; reason: "wrong" | "throttled" };

/**
 * One code check under the same throttle as a password (lib/auth/rate-limit.ts: nothing before 5
 * failures, then 1, 2, 4… minutes, at most 25 a day), per account, with a lock so guesses cannot race.
 */
async function throttled<T>(
  userId: string,
  now: Date,
  check: (tx: Executor) => Promise<T | null>,
): Promise<SecondFactorOutcome<T>> {
  return withSignInLock(subject(userId), async (tx) => {
    if ((await peekSignInBlock(subject(userId), now, tx)).limited) return { ok: false, reason: "throttled" };
    const data = await check(tx);
    if (data === null) {
      await recordSignInFailure(subject(userId), now, tx);
      return { ok: false, reason: "wrong" };
    }
    await clearSignInFailures([subject(userId)], tx);
    return { ok: true, data };
  });
}

async function markSessionPassed(tx: Executor, sid: string, now: Date) {
  await tx
    .update(userSessions)
    .set({ secondFactorAt: now })
    .where(eq(userSessions.id, hashToken(sid)));
}

/** Confirms the pending enrolment with a first code; returns the ten recovery codes, shown once. */
export async function confirmEnrolment(
  user: User,
  sid: string,
  code: string,
  now = clockNow(),
): Promise<SecondFactorOutcome<string[]>> {
  return throttled(user.id, now, async (tx) => {
    const [row] = await tx
      .select()
      .from(staffSecondFactors)
      .where(and(eq(staffSecondFactors.userId, user.id), isNull(staffSecondFactors.confirmedAt)))
      .for("update");
    if (!row) return null;
    const step = matchTotp(decrypt(row.secretCiphertext), code, now, row.lastStep);
    if (step === null) return null;
    await tx
      .update(staffSecondFactors)
      .set({ confirmedAt: now, lastStep: step })
      .where(eq(staffSecondFactors.userId, user.id));
    const codes = recoveryCodesFrom(randomBytes(RECOVERY_RANDOM_BYTES));
    await tx.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.userId, user.id));
    await tx
      .insert(staffRecoveryCodes)
      .values(codes.map((c) => ({ userId: user.id, codeHash: hashToken(normaliseRecoveryCode(c)) })));
    await markSessionPassed(tx, sid, now);
    return codes;
  });
}

/** The code asked at each sign-in: a TOTP code, or one of the recovery codes (then spent). */
export async function verifySecondFactor(
  user: User,
  sid: string,
  code: string,
  now = clockNow(),
): Promise<SecondFactorOutcome<"totp" | "recovery">> {
  return throttled(user.id, now, async (tx) => {
    const [row] = await tx
      .select()
      .from(staffSecondFactors)
      .where(eq(staffSecondFactors.userId, user.id))
      .for("update");
    if (!row?.confirmedAt) return null;
    const step = matchTotp(decrypt(row.secretCiphertext), code, now, row.lastStep);
    if (step !== null) {
      await tx.update(staffSecondFactors).set({ lastStep: step }).where(eq(staffSecondFactors.userId, user.id));
      await markSessionPassed(tx, sid, now);
      return "totp" as const;
    }
    const spent = await tx
      .update(staffRecoveryCodes)
      .set({ usedAt: now })
      .where(
        and(
          eq(staffRecoveryCodes.userId, user.id),
          eq(staffRecoveryCodes.codeHash, hashToken(normaliseRecoveryCode(code))),
          isNull(staffRecoveryCodes.usedAt),
        ),
      )
      .returning({ id: staffRecoveryCodes.id });
    if (spent.length === 0) return null;
    await markSessionPassed(tx, sid, now);
    return "recovery" as const;
  });
}

/** A role change resets the second factor: demoting and promoting again is how a lost authenticator is replaced. */
export async function resetSecondFactor(userId: string, exec: Executor = db): Promise<void> {
  await exec.delete(staffSecondFactors).where(eq(staffSecondFactors.userId, userId));
  await exec.delete(staffRecoveryCodes).where(eq(staffRecoveryCodes.userId, userId));
  await exec.update(userSessions).set({ secondFactorAt: null }).where(eq(userSessions.userId, userId));
}
