import { describe, expect, it } from "vitest";
import { nextCheckIn, SESSION_WARNING_MS, sessionPhase } from "@/lib/auth/session-warning";

const end = new Date("2026-11-30T12:00:00Z");
const before = (ms: number) => new Date(end.getTime() - ms);

describe("sessionPhase", () => {
  it("is active until five minutes before the end, ending within them, ended after", () => {
    expect(sessionPhase(end, before(SESSION_WARNING_MS + 1))).toBe("active");
    expect(sessionPhase(end, before(SESSION_WARNING_MS))).toBe("ending");
    expect(sessionPhase(end, before(1))).toBe("ending");
    expect(sessionPhase(end, end)).toBe("ended");
  });

  it("leaves well over WCAG's 20 seconds to extend", () => {
    expect(SESSION_WARNING_MS).toBeGreaterThanOrEqual(20_000 * 10);
  });
});

describe("nextCheckIn", () => {
  it("checks again at most every minute and at least every second", () => {
    expect(nextCheckIn(end, before(3 * 3600_000))).toBe(60_000);
    expect(nextCheckIn(end, before(SESSION_WARNING_MS + 5_000))).toBe(5_000);
    expect(nextCheckIn(end, before(10))).toBe(1_000);
    expect(nextCheckIn(end, new Date(end.getTime() + 5_000))).toBe(60_000);
  });
});
