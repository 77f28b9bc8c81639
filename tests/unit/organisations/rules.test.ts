import { describe, expect, it } from "vitest";
import {
  canCreateOrganisation,
  filterReport,
  invitationState,
  reportToCsv,
  toMemberReportRow,
  type MemberReportRow,
} from "@/lib/organisations/rules";

const now = new Date("2026-11-30T12:00:00Z");
const later = new Date("2026-12-10T12:00:00Z");
const earlier = new Date("2026-11-01T12:00:00Z");
const link = { expiresAt: later, revokedAt: null, answeredAt: null, email: null };

describe("who may create an organisation", () => {
  it("is a learner of the professional track only", () => {
    expect(canCreateOrganisation({ track: "professional" })).toBe(true);
    expect(canCreateOrganisation({ track: "public" })).toBe(false);
  });
});

describe("invitationState", () => {
  it("a fresh link is usable, by many people", () => {
    expect(invitationState(link, now, false)).toBe("usable");
    expect(invitationState({ ...link, answeredAt: earlier }, now, false)).toBe("usable");
  });
  it("an expired, revoked or already-answered emailed invitation is not", () => {
    expect(invitationState({ ...link, expiresAt: now }, now, false)).toBe("expired");
    expect(invitationState({ ...link, revokedAt: earlier }, now, false)).toBe("revoked");
    expect(invitationState({ ...link, email: "a@b.fr", answeredAt: earlier }, now, false)).toBe("answered");
  });
  it("someone already a member is told so first, whatever the link's state", () => {
    expect(invitationState({ ...link, revokedAt: earlier, expiresAt: earlier }, now, true)).toBe("alreadyMember");
  });
  it("revoked wins over expired (the clearer reason)", () => {
    expect(invitationState({ ...link, revokedAt: earlier, expiresAt: earlier }, now, false)).toBe("revoked");
  });
});

const source = {
  userId: "u1",
  firstName: " Zoë ",
  lastName: "Œlschläger",
  track: "professional" as const,
  validatedUnitIds: ["m2-u1", "m1-u1"],
  certificateIssuedAt: null,
};

describe("the manager's projection", () => {
  it("keeps only name, track, validated units and certificate date", () => {
    const row = toMemberReportRow({ ...source, ...({ bestScore: 95, lastActivityAt: now } as object) });
    expect(Object.keys(row).sort()).toEqual(["certificateIssuedAt", "name", "track", "userId", "validatedUnits"]);
    expect(row).toEqual({
      userId: "u1",
      name: "Zoë Œlschläger",
      track: "professional",
      validatedUnits: ["m1-u1", "m2-u1"],
      certificateIssuedAt: null,
    });
  });

  it("filters by track, certificate and unit", () => {
    const rows: MemberReportRow[] = [
      toMemberReportRow(source),
      toMemberReportRow({ ...source, userId: "u2", track: "public", certificateIssuedAt: now, validatedUnitIds: [] }),
    ];
    expect(filterReport(rows, { track: "public" }).map((r) => r.userId)).toEqual(["u2"]);
    expect(filterReport(rows, { certified: "yes" }).map((r) => r.userId)).toEqual(["u2"]);
    expect(filterReport(rows, { certified: "no" }).map((r) => r.userId)).toEqual(["u1"]);
    expect(filterReport(rows, { unit: "m2-u1" }).map((r) => r.userId)).toEqual(["u1"]);
    expect(filterReport(rows, {})).toHaveLength(2);
  });
});

describe("reportToCsv", () => {
  const labels = {
    header: ["Nom", "Parcours", "Unités", "Attestation"] as [string, string, string, string],
    track: (t: string) => t,
    date: (d: Date) => d.toISOString().slice(0, 10),
  };
  it("writes a BOM, a header and one CRLF line per member", () => {
    const csv = reportToCsv([toMemberReportRow({ ...source, certificateIssuedAt: now })], labels);
    expect(csv).toBe("\uFEFFNom,Parcours,Unités,Attestation\r\nZoë Œlschläger,professional,m1-u1 m2-u1,2026-11-30\r\n");
  });
  it("quotes separators and neutralises formulas", () => {
    const csv = reportToCsv([toMemberReportRow({ ...source, firstName: '=HYPERLINK("x")', lastName: "a,b" })], labels);
    expect(csv.split("\r\n")[1]).toBe(`"'=HYPERLINK(""x"") a,b",professional,m1-u1 m2-u1,`);
  });
});
