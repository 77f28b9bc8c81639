import { readFileSync } from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import { PDFParse } from "pdf-parse";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { nameSchema, profileSchema, registerSchema } from "@/lib/auth/schemas";
import { NAME_LETTER_RANGES, NAME_SEPARATORS, isNameLetter, isPrintableName } from "@/lib/certificates/printable-name";
import { CERTIFICATE_FONT_FILES } from "@/lib/certificates/pdf/fonts";
import { renderCertificatePdf } from "@/lib/certificates/pdf/render";
import type { CertificateSnapshot } from "@/lib/certificates/pdf/snapshot";

const snapshot: CertificateSnapshot = {
  firstName: "Camille",
  lastName: "Durand",
  track: "public",
  locale: "fr",
  issuedAt: new Date("2026-11-24T10:15:00Z"),
  verificationCode: "7K3QF-M0ZT9-XW4HA-2BCNE",
  verificationUrl: "https://vigie.example.fr/fr/verify/7K3QF-M0ZT9-XW4HA-2BCNE",
  category: null,
  modules: [
    { number: 1, title: "Comprendre la menace terroriste et le dispositif Vigipirate", durationMinutes: 36 },
    { number: 2, title: "Tous impliqués face à la menace terroriste !", durationMinutes: 40 },
  ],
};

/** The extracted text between "délivrée à" and the track: the printed name (a long one wraps at its spaces). */
async function printedNameOf(pdf: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: pdf.slice() });
  try {
    const lines = (await parser.getText()).text.split("\n");
    const start = lines.indexOf("délivrée à") + 1;
    const end = lines.findIndex((l) => l.startsWith("Parcours "));
    return lines.slice(start, end).join(" ");
  } finally {
    await parser.destroy();
  }
}

const ACCEPTED: [script: string, first: string, last: string][] = [
  ["Latin", "Zoë", "N’Diaye-Łukasiewicz"],
  ["Latin", "Ana María", "Œlschläger-D'Artagnan"],
  ["Latin (Vietnamese, Czech, Turkish)", "Nguyễn Thị", "Dvořák-Şahin"],
  ["Latin (initials, Ukrainian apostrophe)", "J. R.", "Solʼskyj"],
  ["Greek", "Αλέξανδρος", "Παπαδόπουλος"],
  ["Greek (diaeresis)", "Ευτυχΐα", "Χατζηϊωάννου"],
  ["Cyrillic", "Анна-Мария", "Шевченко"],
  ["Cyrillic (Ukrainian, Serbian)", "Григорій", "Ђорђевић-Мар'янович"],
];

const REFUSED: [script: string, first: string, last: string][] = [
  ["Arabic", "محمد", "علي"],
  ["Hebrew", "משה", "כהן"],
  ["Chinese", "小明", "王"],
  ["Japanese", "はなこ", "山田"],
  ["Korean", "민준", "김"],
  ["Devanagari", "अर्जुन", "शर्मा"],
];

const registration = {
  locale: "fr",
  username: "jeanmartin",
  email: "jean.martin@example.fr",
  password: "un cheval bleu traverse la rivière",
  track: "public",
  ageConfirmed: "on",
  acceptPolicy: "on",
};

describe("the name rule and the certificate fonts", () => {
  it("accepts only code points that both certificate fonts have a glyph for", () => {
    const fonts = Object.entries(CERTIFICATE_FONT_FILES).map(([weight, file]) => ({
      weight,
      font: fontkit.create(new Uint8Array(readFileSync(path.join(process.cwd(), file)))),
    }));
    expect(fonts.map((f) => f.weight)).toEqual(["regular", "bold"]);
    const accepted: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) if (isNameLetter(cp)) accepted.push(cp);
    accepted.push(...NAME_SEPARATORS.map((s) => s.codePointAt(0) ?? -1));
    expect(accepted.length).toBeGreaterThan(1200);
    for (const { weight, font } of fonts) {
      const missing = accepted
        .filter((cp) => !font.hasGlyphForCodePoint(cp))
        .map((cp) => `U+${cp.toString(16).toUpperCase()}`);
      expect(missing, `no glyph in the ${weight} font`).toEqual([]);
    }
  });

  it("accepts as letters only Latin, Greek and Cyrillic letters, all stable under NFC", () => {
    for (const [first, last] of NAME_LETTER_RANGES) {
      for (let cp = first; cp <= last; cp++) {
        const char = String.fromCodePoint(cp);
        expect(
          /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]$/u.test(char) && /^\p{L}$/u.test(char),
          `U+${cp.toString(16)}`,
        ).toBe(true);
      }
    }
  });

  it("prints every accepted letter so that its text extracts as typed", async () => {
    // NFC-stable letters only: the others never reach the certificate (the schema normalises first).
    const letters: string[] = [];
    for (const [first, last] of NAME_LETTER_RANGES) {
      for (let cp = first; cp <= last; cp++) {
        const char = String.fromCodePoint(cp);
        if (char.normalize("NFC") === char) letters.push(char);
      }
    }
    const chunks: string[] = [];
    for (let i = 0; i < letters.length; i += 40) chunks.push(letters.slice(i, i + 40).join(""));
    for (const chunk of chunks) {
      const pdf = await renderCertificatePdf({ ...snapshot, firstName: chunk, lastName: "Durand" });
      expect(await printedNameOf(pdf)).toBe(`${chunk} Durand`);
    }
  }, 60_000);
});

describe("names in the scripts the certificate prints", () => {
  it.each(ACCEPTED)("accepts a name in %s script and prints exactly it (%s %s)", async (_script, first, last) => {
    const parsed = registerSchema.safeParse({ ...registration, firstName: first, lastName: last });
    expect(parsed.success).toBe(true);
    const pdf = await renderCertificatePdf({
      ...snapshot,
      firstName: parsed.data!.firstName,
      lastName: parsed.data!.lastName,
    });
    expect(await printedNameOf(pdf)).toBe(`${first} ${last}`);
    expect(isPrintableName(first) && isPrintableName(last)).toBe(true);
  });

  it("accepts a Latin name typed in decomposed form (NFD) and keeps it composed (NFC)", () => {
    const nfd = "Zoë Łukasiewicz-Nguyễn".normalize("NFD");
    expect(nfd).not.toBe(nfd.normalize("NFC"));
    expect(nameSchema.parse(nfd)).toBe("Zoë Łukasiewicz-Nguyễn");
    expect(nameSchema.parse("  Ἀλέξανδρος ".normalize("NFD"))).toBe("Ἀλέξανδρος");
  });

  it("keeps the certificate of a Latin name and of a Greek or Cyrillic name under 60 KB", async () => {
    const sizes: Record<string, number> = {};
    for (const [label, first, last] of [
      ["Latin", "Zoë", "N’Diaye-Łukasiewicz"],
      ["Greek", "Αλέξανδρος", "Παπαδόπουλος"],
      ["Cyrillic", "Анна-Мария", "Шевченко"],
      ["Greek + Cyrillic, longest", "Ευτυχΐα-Ἀλεξάνδρα Ђорђевић", "Χατζηϊωάννου-Мар'янович Щербаковская"],
    ] as const) {
      sizes[label] = (
        await renderCertificatePdf({ ...snapshot, track: "professional", firstName: first, lastName: last })
      ).byteLength;
    }
    console.info("certificate PDF sizes (bytes):", sizes);
    for (const size of Object.values(sizes)) expect(size).toBeLessThanOrEqual(60 * 1024);
  });
});

describe("names in scripts the certificate cannot print", () => {
  it.each(REFUSED)(
    "refuses a name in %s script up front, on each name field, with the script message (%s %s)",
    (_script, first, last) => {
      const parsed = registerSchema.safeParse({ ...registration, firstName: first, lastName: last });
      expect(parsed.success).toBe(false);
      expect(parsed.success ? {} : z.flattenError(parsed.error).fieldErrors).toEqual({
        firstName: ["nameScript"],
        lastName: ["nameScript"],
      });
      expect(isPrintableName(first) || isPrintableName(last)).toBe(false);
    },
  );

  it.each([
    ["a Latin first name with an Arabic last name", "Zoë", "محمد"],
    ["an accent that composes with no letter", "Петрова", "Ан\u0301на"],
  ])("refuses %s, on the faulty field only", (_case, first, last) => {
    const parsed = registerSchema.safeParse({ ...registration, firstName: first, lastName: last });
    expect(parsed.success ? {} : z.flattenError(parsed.error).fieldErrors).toEqual({ lastName: ["nameScript"] });
  });

  it("refuses such a name on a profile change too", () => {
    const parsed = profileSchema.safeParse({ locale: "en", firstName: "小明", lastName: "Durand", track: "public" });
    expect(parsed.success ? {} : z.flattenError(parsed.error).fieldErrors).toEqual({ firstName: ["nameScript"] });
  });

  it("keeps the format message for digits, symbols and names that start with a separator", () => {
    for (const name of ["<script>", "Jean2", "-Jean", "Jean\u00a0Luc", "Zoë 🦊"]) {
      expect(
        nameSchema.safeParse(name).error?.issues.map((i) => i.message),
        name,
      ).toEqual(["nameFormat"]);
    }
  });

  it("has a kind message in French and in English", () => {
    const validation = (locale: string) =>
      (
        JSON.parse(readFileSync(path.join(process.cwd(), "lib/i18n/messages", locale, "app.json"), "utf8")) as {
          validation: Record<string, string>;
        }
      ).validation;
    const [fr, en] = [validation("fr"), validation("en")];
    expect(fr.nameScript).toMatch(/latines.*grecques.*cyrilliques/);
    expect(en.nameScript).toMatch(/Latin.*Greek.*Cyrillic/);
    expect(fr.nameNotPrintable).toMatch(/profil/);
    expect(en.nameNotPrintable).toMatch(/profile/);
  });
});
