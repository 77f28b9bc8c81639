// Attempt tokens: issued with the quiz page, signed, carrying the submission id, the shuffle seed and
// the questions drawn for the attempt (only those are graded; an answer to any other is refused).
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env.mjs";

const attemptTokenSchema = z.object({
  userId: z.string(),
  unitId: z.string(),
  submissionId: z.string(),
  seed: z.number().int().nonnegative(),
  issuedAt: z.number().int(),
  /** The questions drawn for this attempt (lib/quiz/draw.ts), in the order they are asked. */
  questionIds: z.array(z.string().max(40)).min(1).max(40),
});

export type AttemptToken = z.infer<typeof attemptTokenSchema>;

export const ATTEMPT_TOKEN_TTL_MS = 12 * 60 * 60 * 1000;
/** Several instances may issue and read tokens: their clocks may differ by this much (NTP keeps them far closer). */
export const ATTEMPT_TOKEN_CLOCK_SKEW_MS = 5_000;

function sign(payload: string): string {
  return createHmac("sha256", env.AUTH_SECRET).update(`attempt:${payload}`).digest("base64url");
}

/** A fresh random seed for the order of an attempt's choices. */
export function newAttemptSeed(): number {
  return randomBytes(4).readUInt32BE(0);
}

/**
 * The seed of a learner's next draw of a unit's questions: the same until another attempt is recorded,
 * so a reload (or a refused form shown again without JavaScript) asks the same questions and offers no
 * new ones to pick from; unpredictable without the secret.
 */
export function drawSeed(userId: string, unitId: string, latestAttemptId: string | null): number {
  return createHmac("sha256", env.AUTH_SECRET)
    .update(`draw:${userId}:${unitId}:${latestAttemptId ?? ""}`)
    .digest()
    .readUInt32BE(0);
}

export function issueAttemptToken(
  userId: string,
  unitId: string,
  now: Date,
  draw: { seed: number; questionIds: readonly string[] },
): string {
  const token: AttemptToken = {
    userId,
    unitId,
    submissionId: randomBytes(16).toString("base64url"),
    seed: draw.seed,
    issuedAt: now.getTime(),
    questionIds: [...draw.questionIds],
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
