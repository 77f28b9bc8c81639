import { describe, expect, it } from "vitest";
import { parseInvitationCsv } from "@/lib/organisations/csv";

describe("parseInvitationCsv", () => {
  it("keeps good addresses, lower-cased, and skips a header", () => {
    expect(parseInvitationCsv("email\r\nAnne@Example.org\r\nbob@example.org\r\n")).toEqual({
      emails: ["anne@example.org", "bob@example.org"],
      rejected: [],
    });
  });

  it("reads French spreadsheets (semicolons, BOM, a name column first, quoted cells)", () => {
    const text = '\uFEFFNom;Courriel\r\n"Durand; Camille";camille@example.org\r\nLéa;lea@example.fr\r\n';
    expect(parseInvitationCsv(text).emails).toEqual(["camille@example.org", "lea@example.fr"]);
  });

  it("lists each bad line with its reason, and never an address twice", () => {
    const result = parseInvitationCsv("a@example.org\nnot-an-email\nA@example.org\n\nb@example\nc@example.org\n");
    expect(result.emails).toEqual(["a@example.org", "c@example.org"]);
    expect(result.rejected).toEqual([
      { line: 2, value: "not-an-email", reason: "invalidEmail" },
      { line: 3, value: "a@example.org", reason: "duplicate" },
      { line: 4, value: "b@example", reason: "invalidEmail" },
    ]);
  });

  it("stops at 300 addresses and says so for the rest", () => {
    const lines = Array.from({ length: 302 }, (_, i) => `p${i}@example.org`).join("\n");
    const result = parseInvitationCsv(lines);
    expect(result.emails).toHaveLength(300);
    expect(result.rejected.map((r) => r.reason)).toEqual(["tooMany", "tooMany"]);
  });

  it("reports an unreadable file rather than throwing", () => {
    const result = parseInvitationCsv('"a@example.org\n');
    expect(result.emails.length + result.rejected.length).toBeGreaterThan(0);
  });
});
