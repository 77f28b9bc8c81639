import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { getCourse } from "@/lib/content/load";
import { compactUnits, renderTeamReportPdf, type ReportPdfWording } from "@/lib/organisations/report-pdf";
import { toMemberReportRow } from "@/lib/organisations/rules";
import { extractPdfText } from "../../support/pdf-text";

const wording: ReportPdfWording = {
  title: "Rapport de formation de l'équipe",
  organisation: "Organisation :",
  generated: "Établi le 30 novembre 2026.",
  columns: ["Nom", "Parcours", "Unités validées", "Attestation"],
  track: (t) => (t === "public" ? "Grand public" : "Professionnel"),
  date: (d) => d.toISOString().slice(0, 10),
  none: "—",
  empty: "Aucun membre ne partage sa progression.",
  more: (n) => `… et ${n} autres membres (voir le rapport CSV).`,
  footer: "Vigie.",
};
const UNITS = getCourse().modules.flatMap((m) => m.units.map((u) => u.id));
const member = (i: number) =>
  toMemberReportRow({
    userId: `u${i}`,
    firstName: i === 0 ? "Zoë" : `Membre${i}`,
    lastName: i === 0 ? "Œlschläger-N'Diaye" : "Bénévole",
    track: "professional",
    validatedUnitIds: UNITS,
    certificateIssuedAt: i % 2 ? new Date("2026-11-20T10:00:00Z") : null,
  });

describe("compactUnits", () => {
  it("writes runs of three or more as ranges, per module in order", () => {
    expect(compactUnits(["m2-u1", "m1-u1", "m1-u2", "m1-u3", "m2-u3", "m3-u2", "m3-u3"])).toBe(
      "M1\u00A01–3 · M2\u00A01, 3 · M3\u00A02, 3",
    );
    expect(compactUnits([])).toBe("");
  });
});

describe("the team report PDF", () => {
  it("fits on one page, prints accented names, units and dates", async () => {
    const pdf = await renderTeamReportPdf(
      {
        organisationName: "Fête de la Musique",
        generatedAt: new Date("2026-11-30T12:00:00Z"),
        rows: [member(0), member(1)],
      },
      wording,
    );
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    const text = await extractPdfText(pdf);
    expect(text).toContain("Zoë Œlschläger-N'Diaye");
    expect(text).toContain("Fête de la Musique");
    expect(text, text).toContain("M1 1–4 · M2 1–4 · M3 1–4");
    expect(text).toContain("2026-11-20");
  });

  it("keeps to one page with a large team and says how many more are in the CSV", async () => {
    const rows = Array.from({ length: 120 }, (_, i) => member(i));
    const pdf = await renderTeamReportPdf({ organisationName: "Stade", generatedAt: new Date(0), rows }, wording);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    expect(await extractPdfText(pdf)).toMatch(/… et \d+ autres membres/);
  });

  it("says so when nobody shares their progress", async () => {
    const pdf = await renderTeamReportPdf({ organisationName: "Stade", generatedAt: new Date(0), rows: [] }, wording);
    expect(await extractPdfText(pdf)).toContain(wording.empty);
  });
});
