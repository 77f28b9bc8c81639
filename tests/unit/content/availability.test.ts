import { describe, expect, it } from "vitest";
import { getAvailability, isOpen } from "@/lib/content/availability";

const release = "2026-09-20";
const at = (iso: string) => new Date(iso);

describe("getAvailability", () => {
  it("opens at 00:00 UTC on the release date and closes at the same instant three years later", () => {
    const a = getAvailability(release, at("2027-01-01T00:00:00Z"));
    expect(a.opensAt.toISOString()).toBe("2026-09-20T00:00:00.000Z");
    expect(a.closesAt.toISOString()).toBe("2029-09-20T00:00:00.000Z");
  });

  it("is upcoming until the release instant", () => {
    expect(getAvailability(release, at("2020-01-01T00:00:00Z")).status).toBe("upcoming");
    expect(getAvailability(release, at("2026-09-19T23:59:59.999Z")).status).toBe("upcoming");
  });

  it("is open from the release instant", () => {
    expect(getAvailability(release, at("2026-09-20T00:00:00.000Z")).status).toBe("open");
    expect(getAvailability(release, at("2028-02-29T12:00:00Z")).status).toBe("open");
  });

  it("is still open 1 ms before the end of the third year", () => {
    expect(getAvailability(release, at("2029-09-19T23:59:59.999Z")).status).toBe("open");
  });

  it("is closed exactly at the end of the third year and afterwards", () => {
    expect(getAvailability(release, at("2029-09-20T00:00:00.000Z")).status).toBe("closed");
    expect(getAvailability(release, at("2035-01-01T00:00:00Z")).status).toBe("closed");
  });

  it("does not depend on the local time zone of the release date", () => {
    // 2026-09-19 23:30 in UTC is already 2026-09-20 in Paris, but the module opens at 00:00 UTC.
    expect(getAvailability(release, at("2026-09-20T01:30:00+02:00")).status).toBe("upcoming");
  });

  it("moves a 29 February release to 1 March three years later", () => {
    expect(getAvailability("2028-02-29", at("2028-03-01T00:00:00Z")).closesAt.toISOString()).toBe("2031-03-01T00:00:00.000Z");
  });

  it("isOpen agrees with the status", () => {
    expect(isOpen(release, at("2026-09-19T23:59:59.999Z"))).toBe(false);
    expect(isOpen(release, at("2026-09-20T00:00:00Z"))).toBe(true);
    expect(isOpen(release, at("2029-09-20T00:00:00Z"))).toBe(false);
  });
});
