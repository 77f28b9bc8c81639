import { PDFDocument } from "pdf-lib";
import { describe, expect, it, vi } from "vitest";
import { renderCertificatePdf } from "@/lib/certificates/pdf/render";
import type { CertificateSnapshot } from "@/lib/certificates/pdf/snapshot";
import { extractPdfText as extractText } from "../../../support/pdf-text";

const CODE = "7K3QF-M0ZT9-XW4HA-2BCNE";
const PAGE = "https://vigie.example.fr/fr/verify";
/** A signed link for a long name, a category and three modules (lib/certificates/signing/signed-link.ts). */
const TOKEN =
  "eyJhbGciOiJFZERTQSIsImtpZCI6InkyTmtmZ2ZMcEI1In0.eyJpZCI6IjdLM1FGLU0wWlQ5LVhXNEhBLTJCQ05FIiwiZm4iOiJNYXJpZS1Iw6lsw6huZSIsImxuIjoiZGUgTGEgRm9udGFpbmUtRHVwb250IiwidCI6InBybyIsImMiOiJlcnBfbWFuYWdlciIsIm0iOlsibTFAMDEyMzQ1NjciLCJtMkAwMTIzNDU2NyIsIm0zQDAxMjM0NTY3Il0sImQiOjE3OTYwMjkyMDB9.zAwNDQVJctY08szrLnslTMxGsEaYUksSM9bbuOszKXN4I3YKvT7I9nzS7HnoxAKVDUy6iKkFmecBO1H7ZQ0_Cw";
const URL = `${PAGE}/${TOKEN}`;

const MODULES_FR = [
  { number: 1, title: "Comprendre la menace terroriste et le dispositif Vigipirate", durationMinutes: 36 },
  { number: 2, title: "Tous impliqués face à la menace terroriste !", durationMinutes: 40 },
  {
    number: 3,
    title: "Professionnels : protéger son public, son site, son événement, sa commune",
    durationMinutes: 42,
  },
];
const MODULES_EN = [
  { number: 1, title: "Understanding the terrorist threat and the VIGIPIRATE plan", durationMinutes: 36 },
  { number: 2, title: "Everyone involved in facing the terrorist threat!", durationMinutes: 40 },
];

const frSnapshot: CertificateSnapshot = {
  firstName: "Zoë",
  lastName: "Œlschläger-N'Diaye",
  track: "professional",
  locale: "fr",
  issuedAt: new Date("2026-11-24T10:15:00Z"),
  verificationCode: CODE,
  verificationUrl: URL,
  category: "Responsable d'un établissement recevant du public",
  modules: MODULES_FR,
};

const enSnapshot: CertificateSnapshot = {
  firstName: "Łukasz",
  lastName: "Dvořák",
  track: "public",
  locale: "en",
  issuedAt: new Date("2026-11-24T10:15:00Z"),
  verificationCode: CODE,
  verificationUrl: URL,
  category: null,
  modules: MODULES_EN,
};

describe("renderCertificatePdf — French", () => {
  it("prints the name, date, track, category, modules, duration, statement, disclaimer and verification data", async () => {
    const pdf = await renderCertificatePdf(frSnapshot);
    const text = await extractText(pdf);

    expect(text).toContain("Zoë Œlschläger-N'Diaye");
    expect(text).toContain("ATTESTATION DE SUIVI");
    expect(text).toContain("Faire face ensemble — sensibilisation à la menace terroriste et au plan Vigipirate");
    expect(text).toContain("Parcours professionnel (modules 1 à 3)");
    expect(text).toContain("Catégorie professionnelle : Responsable d'un établissement recevant du public");
    for (const mod of MODULES_FR) expect(text).toContain(mod.title);
    expect(text).toContain("Module 1 — Comprendre la menace terroriste et le dispositif Vigipirate (36 min)");
    expect(text).toContain("(42 min)");
    expect(text).toContain("Durée annoncée des modules : 1 h 58 min");
    // The rule as it is: every unit validated, each by its own quiz at 80 %; not "each module".
    expect(text).toContain("a validé chaque unité des modules ci-dessous");
    expect(text).toContain("au moins 80 % de bonnes réponses");
    expect(text).not.toMatch(/chaque module/i);
    // Exactly what was checked: each lesson opened, the minimum study time, each quiz passed; not the identity.
    expect(text).toContain(
      "elle en a ouvert la leçon et, une fois écoulée la durée minimale d'étude fixée pour l'unité, en a réussi le quiz",
    );
    expect(text).toContain("Son identité n'a pas été vérifiée.");
    expect(text).not.toContain("a suivi l'intégralité de la formation");
    expect(text).toContain("Délivrée le 24 novembre 2026");
    expect(text).toContain("Sans durée de validité");
    expect(text).toContain(
      "Cette plateforme n'est pas agréée : cette attestation ne constitue ni un diplôme ni une certification professionnelle.",
    );
    // The signed link is in the QR code; the text names the verification page, where a code can be typed.
    expect(text).toContain(
      `Vérifiez cette attestation en scannant le code QR (lien signé, vérifiable même hors ligne) ou sur ${PAGE} — code ${CODE}`,
    );
    expect(text).not.toContain(TOKEN.slice(0, 20));
  });

  it("prints the public track and the other test name", async () => {
    const text = await extractText(
      await renderCertificatePdf({
        ...frSnapshot,
        firstName: "Łukasz",
        lastName: "Dvořák",
        track: "public",
        category: "Élu local",
        modules: MODULES_FR.slice(0, 2),
      }),
    );
    expect(text).toContain("Łukasz Dvořák");
    expect(text).toContain("Parcours grand public (modules 1 et 2)");
    expect(text).not.toContain(MODULES_FR[2]?.title ?? "unreachable");
    expect(text).toContain("Durée annoncée des modules : 1 h 16 min");
    // A general-public certificate names no category, even if one was somehow recorded.
    expect(text).not.toContain("Catégorie professionnelle");
  });

  it("dates the certificate in Europe/Paris time, with the French ordinal for the 1st", async () => {
    // 23:30 UTC on 24 November is already 25 November in Paris.
    const late = await extractText(
      await renderCertificatePdf({ ...frSnapshot, issuedAt: new Date("2026-11-24T23:30:00Z") }),
    );
    expect(late).toContain("Délivrée le 25 novembre 2026");

    const first = await extractText(
      await renderCertificatePdf({ ...frSnapshot, issuedAt: new Date("2025-12-31T23:30:00Z") }),
    );
    expect(first).toContain("Délivrée le 1er janvier 2026");
  });
});

describe("renderCertificatePdf — English", () => {
  it("prints the name, date, track, modules, duration, statement, disclaimer and verification data", async () => {
    const text = await extractText(await renderCertificatePdf(enSnapshot));

    expect(text).toContain("Łukasz Dvořák");
    expect(text).toContain("CERTIFICATE OF COMPLETION");
    expect(text).toContain("Facing the threat together — awareness of the terrorist threat and the VIGIPIRATE plan");
    expect(text).toContain("General public track (modules 1 and 2)");
    expect(text).not.toContain("Professional category");
    for (const mod of MODULES_EN) expect(text).toContain(mod.title);
    expect(text).toContain("Module 2 — Everyone involved in facing the terrorist threat! (40 min)");
    expect(text).toContain("Announced duration of the modules: 1 h 16 min");
    expect(text).toContain("validated every unit of the modules below");
    expect(text).toContain("at least 80% correct answers");
    expect(text).not.toMatch(/each module/i);
    expect(text).toContain(
      "they opened its lesson and, once the minimum study time set for that unit had passed, passed its quiz",
    );
    expect(text).toContain("Their identity was not verified.");
    expect(text).not.toContain("completed the entire course");
    expect(text).toContain("Issued on 24 November 2026");
    expect(text).toContain("No validity period");
    expect(text).toContain(
      "This platform is not accredited: this certificate is neither a diploma nor a professional qualification.",
    );
    expect(text).toContain(
      `Verify this certificate by scanning the QR code (a signed link, verifiable even offline) or at ${PAGE} — code ${CODE}`,
    );
    expect(text).not.toContain("Délivrée");
  });

  it("prints the other test name and the professional track", async () => {
    const text = await extractText(
      await renderCertificatePdf({
        ...enSnapshot,
        firstName: "Zoë",
        lastName: "Œlschläger-N'Diaye",
        track: "professional",
        category: "Local elected official",
        modules: [
          ...MODULES_EN,
          { number: 3, title: "Professionals: protecting your public, site, event, town", durationMinutes: 42 },
        ],
      }),
    );
    expect(text).toContain("Zoë Œlschläger-N'Diaye");
    expect(text).toContain("Professional track (modules 1 to 3)");
    expect(text).toContain("Professional category: Local elected official");
    expect(text).toContain("Announced duration of the modules: 1 h 58 min");
  });
});

describe("renderCertificatePdf — file properties", () => {
  it("is a small PDF", async () => {
    const pdf = await renderCertificatePdf(frSnapshot);
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe("%PDF-");
    expect(pdf.byteLength).toBeLessThan(60 * 1024);
  });

  it("is byte-identical for the same snapshot, whatever was rendered before or concurrently", async () => {
    const first = await renderCertificatePdf(frSnapshot);
    const second = await renderCertificatePdf(frSnapshot);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);

    // Rendering other content in between must not leak into the output.
    await renderCertificatePdf({ ...enSnapshot, firstName: "Ÿvette\u00A0µ", lastName: "Ωmega" });
    const third = await renderCertificatePdf(frSnapshot);
    expect(Buffer.from(third).equals(Buffer.from(first))).toBe(true);

    const [a, , b] = await Promise.all([
      renderCertificatePdf(frSnapshot),
      renderCertificatePdf(enSnapshot),
      renderCertificatePdf(frSnapshot),
    ]);
    expect(a && Buffer.from(a).equals(Buffer.from(first))).toBe(true);
    expect(b && Buffer.from(b).equals(Buffer.from(first))).toBe(true);
  });

  it("does not depend on the rendering history of the process (shared font caches)", async () => {
    // A fresh copy of the module starts with freshly parsed fonts.
    const freshRenderer = async (): Promise<typeof renderCertificatePdf> => {
      vi.resetModules();
      const mod = await import("@/lib/certificates/pdf/render");
      return mod.renderCertificatePdf;
    };
    let manyLetters = "";
    for (let c = 0x100; c < 0x250; c++) manyLetters += String.fromCodePoint(c);
    for (let c = 0x386; c < 0x4ff; c++) manyLetters += String.fromCodePoint(c);
    const other: CertificateSnapshot = { ...enSnapshot, firstName: manyLetters, lastName: "Ω" };
    // Spacing accents and dotless letters are also components of accented glyphs.
    const target: CertificateSnapshot = {
      ...enSnapshot,
      firstName: "\u00B4\u02DD\u02C7\u02D8\u02DB\u00A8\u00B8\u02D9\u02DA\u02C6\u02DC\u00AF",
      lastName: "\u0131\u0237",
    };

    const baseline = await (await freshRenderer())(target);
    const render = await freshRenderer();
    await render(other);
    const afterOther = await render(target);
    expect(Buffer.from(afterOther).equals(Buffer.from(baseline))).toBe(true);
  });

  it("differs when the snapshot differs", async () => {
    const base = await renderCertificatePdf(frSnapshot);
    const other = await renderCertificatePdf({ ...frSnapshot, verificationCode: "7K3QF-M0ZT9-XW4HA-2BCNF" });
    expect(Buffer.from(other).equals(Buffer.from(base))).toBe(false);
  });

  it("has fixed metadata derived from the snapshot", async () => {
    const doc = await PDFDocument.load(await renderCertificatePdf(frSnapshot), {
      updateMetadata: false,
    });
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([Math.round(width * 100) / 100, Math.round(height * 100) / 100].sort()).toEqual([595.28, 841.89]);
    expect(doc.getTitle()).toBe("Attestation de suivi — Zoë Œlschläger-N'Diaye");
    expect(doc.getProducer()).toBe("Vigie");
    expect(doc.getCreator()).toBe("Vigie");
    expect(doc.getCreationDate()?.toISOString()).toBe(frSnapshot.issuedAt.toISOString());
    expect(doc.getModificationDate()?.toISOString()).toBe(frSnapshot.issuedAt.toISOString());
  });
});

describe("the QR code of a signed link", () => {
  it("stays at version 13 or less for a long link, so its modules stay about 0.47 mm wide on paper", async () => {
    const QRCode = (await import("qrcode")).default;
    expect(URL.length).toBeGreaterThan(390);
    expect(QRCode.create(URL, { errorCorrectionLevel: "L" }).version).toBeLessThanOrEqual(13);
  });
});
