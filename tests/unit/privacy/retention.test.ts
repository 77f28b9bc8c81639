import { describe, expect, it } from "vitest";
import { endOfTraining, retentionAction, retentionDeadline } from "@/lib/privacy/retention";

const DAY = 24 * 60 * 60 * 1000;
const deadline = new Date("2027-06-01T00:00:00Z");
const days = (n: number) => new Date(deadline.getTime() + n * DAY);

describe("endOfTraining and retentionDeadline", () => {
  const activity = new Date("2026-01-10T12:00:00Z");
  const certificate = new Date("2026-02-20T09:00:00Z");

  it("picks the later of the last activity and the last certificate", () => {
    expect(endOfTraining(activity, certificate)).toEqual(certificate);
    expect(endOfTraining(certificate, activity)).toEqual(certificate);
    expect(endOfTraining(activity, null)).toEqual(activity);
  });

  it("sets the deadline 365 days after the end of the training", () => {
    expect(retentionDeadline(activity, certificate).toISOString()).toBe("2027-02-20T09:00:00.000Z");
    expect(retentionDeadline(activity, null).toISOString()).toBe("2027-01-10T12:00:00.000Z");
  });
});

describe("retentionAction", () => {
  it("keeps the data until 30 days before the deadline", () => {
    expect(retentionAction(deadline, null, days(-300))).toBe("keep");
    expect(retentionAction(deadline, null, new Date(days(-30).getTime() - 1))).toBe("keep");
  });

  it("warns from 30 days before the deadline when no warning was sent", () => {
    expect(retentionAction(deadline, null, days(-30))).toBe("warn");
    expect(retentionAction(deadline, null, days(-1))).toBe("warn");
    expect(retentionAction(deadline, null, days(10))).toBe("warn");
  });

  it("keeps the data between the warning and the deadline", () => {
    expect(retentionAction(deadline, days(-30), days(-15))).toBe("keep");
    expect(retentionAction(deadline, days(-30), new Date(deadline.getTime() - 1))).toBe("keep");
  });

  it("deletes at the deadline when the warning is 30 days old", () => {
    expect(retentionAction(deadline, days(-30), deadline)).toBe("delete");
    expect(retentionAction(deadline, days(-29), days(1))).toBe("delete");
  });

  it("warns again when the recorded warning belongs to an earlier retention period", () => {
    expect(retentionAction(deadline, days(-45), days(1))).toBe("warn");
  });

  it("delays deletion to 30 days after a late warning", () => {
    const warnedAt = days(-10);
    expect(retentionAction(deadline, warnedAt, deadline)).toBe("keep");
    expect(retentionAction(deadline, warnedAt, days(19))).toBe("keep");
    expect(retentionAction(deadline, warnedAt, new Date(days(20).getTime() - 1))).toBe("keep");
    expect(retentionAction(deadline, warnedAt, days(20))).toBe("delete");
  });

  it("never deletes before the deadline, however old the warning", () => {
    expect(retentionAction(deadline, days(-400), days(-1))).not.toBe("delete");
    expect(retentionAction(deadline, days(-20), days(-1))).toBe("keep");
  });
});
