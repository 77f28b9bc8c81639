import { describe, expect, it } from "vitest";
import { issueAttemptToken, readAttemptToken } from "@/lib/quiz/attempt-token";

const now = new Date("2026-03-01T10:00:00Z");

function flip(s: string, at: number): string {
  const c = s[at] === "A" ? "B" : "A";
  return s.slice(0, at) + c + s.slice(at + 1);
}

describe("attempt tokens", () => {
  it("reads back what was issued", () => {
    const token = readAttemptToken(issueAttemptToken("user-1", "m1-u2", now));
    expect(token).toMatchObject({ userId: "user-1", unitId: "m1-u2", issuedAt: now.getTime() });
    expect(token?.submissionId).toMatch(/^[\w-]{22}$/);
    expect(Number.isInteger(token?.seed)).toBe(true);
  });

  it("issues a fresh submission id each time", () => {
    const a = readAttemptToken(issueAttemptToken("u", "m1-u1", now));
    const b = readAttemptToken(issueAttemptToken("u", "m1-u1", now));
    expect(a?.submissionId).not.toBe(b?.submissionId);
  });

  it("refuses a token whose payload was changed", () => {
    const [payload, mac] = issueAttemptToken("user-1", "m1-u1", now).split(".") as [string, string];
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), userId: "user-2" })).toString("base64url");
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
