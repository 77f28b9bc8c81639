import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACCOUNT_WINDOW_MS, accountBlockedUntil, retryAfterSeconds } from "@/lib/auth/throttle-rules";

const windowStart = new Date("2026-05-01T08:00:00Z");
const windowEnd = new Date(windowStart.getTime() + ACCOUNT_WINDOW_MS);
const later = (ms: number) => new Date(windowStart.getTime() + ms);
const MIN = 60_000;

describe("accountBlockedUntil", () => {
  it("blocks nothing before the 5th failure", () => {
    for (let f = 0; f < 5; f++) expect(accountBlockedUntil(f, windowStart, later(MIN))).toBeNull();
  });

  it("blocks for at least one minute after the 5th failure", () => {
    const now = later(MIN);
    expect(accountBlockedUntil(5, windowStart, now)?.getTime()).toBe(now.getTime() + MIN);
  });

  it("doubles the delay with each further failure", () => {
    const now = later(MIN);
    const delay = (f: number) => (accountBlockedUntil(f, windowStart, now)?.getTime() ?? 0) - now.getTime();
    expect([5, 6, 7, 8, 9].map(delay)).toEqual([1, 2, 4, 8, 16].map((m) => m * MIN));
  });

  it("blocks until the end of the window after 25 failures", () => {
    expect(accountBlockedUntil(25, windowStart, later(MIN))).toEqual(windowEnd);
    expect(accountBlockedUntil(40, windowStart, later(MIN))).toEqual(windowEnd);
  });

  it("caps long delays at the end of the window", () => {
    expect(accountBlockedUntil(24, windowStart, later(MIN))).toEqual(windowEnd);
  });

  it("never blocks beyond the end of the window, so no lock is permanent", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 2 * ACCOUNT_WINDOW_MS }),
        (failures, offset) => {
          const until = accountBlockedUntil(failures, windowStart, later(offset));
          if (until) expect(until.getTime()).toBeLessThanOrEqual(windowEnd.getTime());
        },
      ),
    );
  });

  it("never shortens a block when there is one more failure", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 60 }),
        fc.integer({ min: 0, max: ACCOUNT_WINDOW_MS }),
        (failures, offset) => {
          const now = later(offset);
          const a = accountBlockedUntil(failures, windowStart, now)?.getTime() ?? 0;
          const b = accountBlockedUntil(failures + 1, windowStart, now)?.getTime() ?? 0;
          expect(b).toBeGreaterThanOrEqual(a);
        },
      ),
    );
  });
});

describe("retryAfterSeconds", () => {
  it("rounds up to whole seconds", () => {
    expect(retryAfterSeconds(later(61_001), later(0))).toBe(62);
    expect(retryAfterSeconds(later(60_000), later(0))).toBe(60);
  });

  it("is at least 1 second, even when the block has just ended", () => {
    fc.assert(
      fc.property(fc.integer({ min: -ACCOUNT_WINDOW_MS, max: ACCOUNT_WINDOW_MS }), (delta) => {
        expect(retryAfterSeconds(later(delta), later(0))).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
