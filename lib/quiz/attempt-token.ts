// Attempt tokens: issued with the quiz page, signed, carrying the submission id and the shuffle seed.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env.mjs";

const attemptTokenSchema = z.object({
  userId: z.string(),
  unitId: z.string(),
  submissionId: z.string(),
  seed: z.number().int().nonnegative(),
  issuedAt: z.number().int(),
});

export type AttemptToken = z.infer<typeof attemptTokenSchema>;

export const ATTEMPT_TOKEN_TTL_MS = 12 * 60 * 60 * 1000;
/** Several instances may issue and read tokens: their clocks may differ by this much (NTP keeps them far closer). */
export const ATTEMPT_TOKEN_CLOCK_SKEW_MS = 5_000;

function sign(payload: string): string {
  return createHmac("sha256", env.AUTH_SECRET).update(`attempt:${payload}`).digest("base64url");
}

export function issueAttemptToken(userId: string, unitId: string, now: Date): string {
  const token: AttemptToken = {
    userId,
    unitId,
    submissionId: randomBytes(16).toString("base64url"),
    seed: randomBytes(4).readUInt32BE(0),
    issuedAt: now.getTime(),
  };
  const payload = Buffer.from(JSON.stringify(token)).toString("base64url");
  return `${payload}.${sign(payload)}`;
}

export function readAttemptToken(raw: string): AttemptToken | null {
  const [payload, mac] = raw.split(".");
  if (!payload || !mac) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = attemptTokenSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Issued at most 12 hours ago, and not in the future (a token dated ahead would never expire). */
export function isAttemptTokenCurrent(token: AttemptToken, now: Date): boolean {
  const age = now.getTime() - token.issuedAt;
  return age >= -ATTEMPT_TOKEN_CLOCK_SKEW_MS && age <= ATTEMPT_TOKEN_TTL_MS;
}
