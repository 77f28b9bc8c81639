import { describe, expect, it } from "vitest";
import { isOverdue, queueOrder, responseDeadline } from "@/lib/privacy/request-deadline";

describe("response deadline (GDPR art. 12(3))", () => {
  it("is one calendar month after receipt, clamped to the month's last day", () => {
    expect(responseDeadline(new Date("2026-03-15T10:00:00Z"))).toBe("2026-04-15");
    expect(responseDeadline(new Date("2027-01-31T10:00:00Z"))).toBe("2027-02-28");
    expect(responseDeadline(new Date("2028-01-31T10:00:00Z"))).toBe("2028-02-29");
    expect(responseDeadline(new Date("2026-03-31T10:00:00Z"))).toBe("2026-04-30");
    expect(responseDeadline(new Date("2026-12-15T10:00:00Z"))).toBe("2027-01-15");
  });

  it("counts the day of receipt in Paris, not in UTC", () => {
    // 23:30 UTC on 31 January is already 1 February in Paris.
    expect(responseDeadline(new Date("2027-01-31T23:30:00Z"))).toBe("2027-03-01");
  });

  it("an open request is overdue the day after its deadline; a handled one never is", () => {
    const createdAt = new Date("2027-01-31T10:00:00Z");
    expect(isOverdue({ status: "received", createdAt }, new Date("2027-02-28T21:00:00Z"))).toBe(false);
    expect(isOverdue({ status: "in_progress", createdAt }, new Date("2027-03-01T08:00:00Z"))).toBe(true);
    expect(isOverdue({ status: "answered", createdAt }, new Date("2027-06-01T08:00:00Z"))).toBe(false);
    expect(isOverdue({ status: "refused", createdAt }, new Date("2027-06-01T08:00:00Z"))).toBe(false);
  });

  it("puts overdue requests first, then open ones by deadline, then handled ones newest first", () => {
    const now = new Date("2027-03-10T10:00:00Z");
    const r = (id: string, status: "received" | "in_progress" | "answered", created: string, updated = created) => ({
      id,
      status,
      createdAt: new Date(created),
      updatedAt: new Date(updated),
    });
    const order = queueOrder(
      [
        r("done-old", "answered", "2027-01-01T00:00:00Z", "2027-01-05T00:00:00Z"),
        r("open-new", "received", "2027-03-09T00:00:00Z"),
        r("late-2", "in_progress", "2027-02-05T00:00:00Z"),
        r("done-new", "answered", "2027-01-02T00:00:00Z", "2027-03-01T00:00:00Z"),
        r("late-1", "received", "2027-01-20T00:00:00Z"),
        r("open-old", "received", "2027-02-20T00:00:00Z"),
      ],
      now,
    ).map((x) => x.id);
    expect(order).toEqual(["late-1", "late-2", "open-old", "open-new", "done-new", "done-old"]);
  });
});
