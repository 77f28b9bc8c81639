import { describe, expect, it } from "vitest";
import { renderCertificatePdf } from "@/lib/certificates/pdf/render";
import type { CertificateSnapshot } from "@/lib/certificates/pdf/snapshot";
import { attestationLines } from "@/lib/certificates/pdf/wording";
import { extractPdfText } from "../../../support/pdf-text";

const plain = (value: string) => value.replaceAll("\u00A0", " ").replaceAll("\u202F", " ");
const MODULES = [
  { number: 1, title: "Comprendre la menace", durationMinutes: 36 },
  { number: 2, title: "Tous impliqués", durationMinutes: 40 },
];
const PATH = [MODULES[0]!, { ...MODULES[1]!, units: ["2.1 Observer"] }];

const snapshot = (locale: "fr" | "en", namesVerifiedBy?: string): CertificateSnapshot => ({
  firstName: "Marie-Hélène",
  lastName: "Dupont",
  track: "public",
  locale,
  issuedAt: new Date("2026-11-24T10:15:00Z"),
  verificationCode: "7K3QF-M0ZT9-XW4HA-2BCNE",
  verificationUrl: "https://vigie.example.fr/fr/verify/7K3QF-M0ZT9-XW4HA-2BCNE",
  category: null,
  modules: MODULES,
  ...(namesVerifiedBy ? { namesVerifiedBy } : {}),
});

describe("a certificate whose names a provider verified", () => {
  it("says so on one line, and no longer says the identity was not verified (both languages, both statements)", () => {
    for (const modules of [MODULES, PATH]) {
      const fr = attestationLines("fr", { track: "public", category: null, modules, namesVerifiedBy: "FranceConnect" });
      expect(fr.identity).toBe("Identité vérifiée par FranceConnect");
      expect(fr.statement).not.toMatch(/identité/i);
      const en = attestationLines("en", { track: "public", category: null, modules, namesVerifiedBy: "FranceConnect" });
      expect(en.identity).toBe("Identity verified by FranceConnect");
      expect(en.statement).not.toMatch(/identity/i);
    }
  });

  it("keeps the typed-name statement word for word when no provider did", () => {
    const fr = attestationLines("fr", { track: "public", category: null, modules: MODULES });
    expect(fr.identity).toBeNull();
    expect(plain(fr.statement)).toMatch(/80 % de bonnes réponses\. Son identité n'a pas été vérifiée\.$/);
    const en = attestationLines("en", { track: "public", category: null, modules: PATH });
    expect(en.statement).toMatch(/correct answers\. Their identity was not verified\.$/);
  });

  it("prints the line in the PDF, in the certificate's language", async () => {
    const fr = await extractPdfText(await renderCertificatePdf(snapshot("fr", "FranceConnect")));
    expect(fr).toContain("Identité vérifiée par FranceConnect");
    expect(fr).not.toContain("Son identité n'a pas été vérifiée");
    const en = await extractPdfText(await renderCertificatePdf(snapshot("en", "FranceConnect")));
    expect(en).toContain("Identity verified by FranceConnect");
    const typed = await extractPdfText(await renderCertificatePdf(snapshot("fr")));
    expect(typed).not.toContain("vérifiée par");
    expect(typed).toContain("Son identité n'a pas été vérifiée");
  });
});
