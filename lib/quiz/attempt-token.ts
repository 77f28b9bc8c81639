// Attempt tokens: issued with the quiz page, signed, carrying the submission id and the shuffle seed.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env.mjs";

export interface AttemptToken {
  userId: string;
  unitId: string;
  submissionId: string;
  seed: number;
  issuedAt: number;
}

export const ATTEMPT_TOKEN_TTL_MS = 12 * 60 * 60 * 1000;

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
    const t = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as AttemptToken;
    return typeof t.userId === "string" && typeof t.unitId === "string" && typeof t.submissionId === "string" ? t : null;
  } catch {
    return null;
  }
}
