import { describe, expect, it } from "vitest";
import { renderCertificatePdf } from "@/lib/certificates/pdf/render";
import type { CertificateSnapshot } from "@/lib/certificates/pdf/snapshot";
import { attestationLines } from "@/lib/certificates/pdf/wording";
import { extractPdfText as extractText } from "../../../support/pdf-text";

const plain = (value: string) => value.replaceAll("\u00A0", " ").replaceAll("\u202F", " ");
const M1 = { number: 1, title: "Comprendre la menace", durationMinutes: 36 };
const M2 = { number: 2, title: "Tous impliqués", durationMinutes: 40 };
const M3_PATH = {
  number: 3,
  title: "Professionnels : protéger son public, son site, son événement, sa commune",
  durationMinutes: 21,
  units: ["3.1 Cadre et responsabilités", "3.3 Sécuriser un rassemblement ou un événement"],
};

const steward: CertificateSnapshot = {
  firstName: "Inès",
  lastName: "Martin",
  track: "professional",
  locale: "fr",
  issuedAt: new Date("2026-11-30T10:15:00Z"),
  verificationCode: "7K3QF-M0ZT9-XW4HA-2BCNE",
  verificationUrl: "https://vigie.example.fr/fr/verify/7K3QF-M0ZT9-XW4HA-2BCNE",
  category: "Agent de sécurité ou membre d'un service d'ordre (stadier)",
  modules: [M1, M2, M3_PATH],
};

describe("a certificate attesting a category's path", () => {
  it("says the units were those the category requires, and lists them under their module", () => {
    const lines = attestationLines("fr", steward);
    expect(plain(lines.statement)).toContain("a validé chaque unité des modules ci-dessous exigée pour sa catégorie");
    expect(lines.modules.map((m) => m.units && plain(m.units))).toEqual([
      null,
      null,
      "Unités exigées pour la catégorie : 3.1 Cadre et responsabilités · 3.3 Sécuriser un rassemblement ou un événement",
    ]);
    expect(plain(lines.duration)).toBe("Durée annoncée des modules : 1 h 37 min");
  });

  it("keeps the whole-module statement when no module was attested in part", () => {
    const lines = attestationLines("en", { ...steward, modules: [M1, M2] });
    expect(lines.statement).toContain("validated every unit of the modules below:");
    expect(lines.modules.every((m) => m.units === null)).toBe(true);
  });

  it("prints the category and the required units on the PDF", async () => {
    const text = plain(await extractText(await renderCertificatePdf(steward)));
    expect(text).toContain("Catégorie professionnelle : Agent de sécurité ou membre d'un service d'ordre (stadier)");
    expect(text).toContain("3.1 Cadre et responsabilités");
    expect(text).toContain("3.3 Sécuriser un rassemblement ou un événement");
    expect(text).not.toContain("3.2");
  });
});
