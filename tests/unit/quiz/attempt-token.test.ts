import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { env } from "@/lib/env.mjs";
import {
  ATTEMPT_TOKEN_CLOCK_SKEW_MS,
  ATTEMPT_TOKEN_TTL_MS,
  isAttemptTokenCurrent,
  issueAttemptToken as issue,
  readAttemptToken,
} from "@/lib/quiz/attempt-token";

const now = new Date("2026-03-01T10:00:00Z");
const DRAW = { seed: 7, questionIds: ["m1-u1-q3", "m1-u1-q11", "m1-u1-q1"] };
const issueAttemptToken = (userId: string, unitId: string, at: Date) => issue(userId, unitId, at, DRAW);

function signed(payload: object): string {
  const encoded = Buffer.from(JSON.stringify(payload)).toString("base64url");
  return `${encoded}.${createHmac("sha256", env.AUTH_SECRET).update(`attempt:${encoded}`).digest("base64url")}`;
}

function flip(s: string, at: number): string {
  const c = s[at] === "A" ? "B" : "A";
  return s.slice(0, at) + c + s.slice(at + 1);
}

describe("attempt tokens", () => {
  it("reads back what was issued", () => {
    const token = readAttemptToken(issueAttemptToken("user-1", "m1-u2", now));
    expect(token).toMatchObject({ userId: "user-1", unitId: "m1-u2", issuedAt: now.getTime() });
    expect(token?.submissionId).toMatch(/^[\w-]{22}$/);
    expect(token?.seed).toBe(7);
    expect(token?.questionIds).toEqual(["m1-u1-q3", "m1-u1-q11", "m1-u1-q1"]);
  });

  it("keeps the drawn questions under the signature", () => {
    const [payload, mac] = issueAttemptToken("user-1", "m1-u1", now).split(".") as [string, string];
    const widened = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload, "base64url").toString()),
        questionIds: ["m1-u1-q1", "m1-u1-q2"],
      }),
    ).toString("base64url");
    expect(readAttemptToken(`${widened}.${mac}`)).toBeNull();
  });

  it("refuses a signed token of the format without drawn questions (issued before the question banks)", () => {
    expect(
      readAttemptToken(signed({ userId: "u", unitId: "m1-u1", submissionId: "s", seed: 1, issuedAt: now.getTime() })),
    ).toBeNull();
    const base = { userId: "u", unitId: "m1-u1", submissionId: "s", seed: 1, issuedAt: now.getTime() };
    expect(readAttemptToken(signed({ ...base, questionIds: [] }))).toBeNull();
    expect(readAttemptToken(signed({ ...base, questionIds: ["m1-u1-q1"] }))?.questionIds).toEqual(["m1-u1-q1"]);
  });

  it("issues a fresh submission id each time", () => {
    const a = readAttemptToken(issueAttemptToken("u", "m1-u1", now));
    const b = readAttemptToken(issueAttemptToken("u", "m1-u1", now));
    expect(a?.submissionId).not.toBe(b?.submissionId);
  });

  it("refuses a token whose payload was changed", () => {
    const [payload, mac] = issueAttemptToken("user-1", "m1-u1", now).split(".") as [string, string];
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), userId: "user-2" }),
    ).toString("base64url");
    expect(readAttemptToken(`${forged}.${mac}`)).toBeNull();
    expect(readAttemptToken(`${flip(payload, 5)}.${mac}`)).toBeNull();
  });

  it("refuses a token whose signature was changed", () => {
    const [payload, mac] = issueAttemptToken("user-1", "m1-u1", now).split(".") as [string, string];
    expect(readAttemptToken(`${payload}.${flip(mac, 0)}`)).toBeNull();
    expect(readAttemptToken(`${payload}.${mac.slice(1)}`)).toBeNull();
    expect(readAttemptToken(`${payload}.`)).toBeNull();
  });

  it.each(["", ".", "garbage", "a.b", "….…", "eyJ1c2VySWQiOjF9.abc"])("returns null for garbage %j", (raw) => {
    expect(readAttemptToken(raw)).toBeNull();
  });
});

describe("attempt token validity window", () => {
  const issued = (offsetMs: number) =>
    readAttemptToken(issueAttemptToken("u", "m1-u1", new Date(now.getTime() + offsetMs)))!;

  it("accepts a token from now back to 12 hours ago", () => {
    expect(isAttemptTokenCurrent(issued(0), now)).toBe(true);
    expect(isAttemptTokenCurrent(issued(-ATTEMPT_TOKEN_TTL_MS), now)).toBe(true);
    expect(isAttemptTokenCurrent(issued(-ATTEMPT_TOKEN_TTL_MS - 1), now)).toBe(false);
  });

  it("refuses a token issued in the future, beyond a clock skew of 5 seconds", () => {
    expect(ATTEMPT_TOKEN_CLOCK_SKEW_MS).toBe(5_000);
    expect(isAttemptTokenCurrent(issued(5_000), now)).toBe(true);
    expect(isAttemptTokenCurrent(issued(5_001), now)).toBe(false);
    expect(isAttemptTokenCurrent(issued(10 * 365 * 24 * 3600_000), now)).toBe(false);
  });

  it("refuses a signed payload whose issue time is not a whole number", () => {
    for (const issuedAt of ["2036-01-01", null, 1.5]) {
      const token = signed({
        userId: "u",
        unitId: "m1-u1",
        submissionId: "s",
        seed: 1,
        issuedAt,
        questionIds: ["m1-u1-q1"],
      });
      expect(readAttemptToken(token)).toBeNull();
    }
  });
});
