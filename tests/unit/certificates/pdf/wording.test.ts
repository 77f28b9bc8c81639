import { describe, expect, it } from "vitest";
import { attestationLines, formatDuration } from "@/lib/certificates/pdf/wording";

const NBSP = "\u00A0";
/** No-break spaces read as spaces: the tests check the words, the wording keeps them together. */
const plain = (value: string) => value.replaceAll(NBSP, " ").replaceAll("\u202F", " ");

const M1 = { number: 1, title: "Comprendre la menace", durationMinutes: 36 };
const M2 = { number: 2, title: "Tous impliqués", durationMinutes: 40 };
const M3 = { number: 3, title: "Professionnels", durationMinutes: 42 };

describe("formatDuration", () => {
  it("says minutes, then hours and minutes, never splitting a figure from its unit", () => {
    expect(plain(formatDuration(36))).toBe("36 min");
    expect(plain(formatDuration(76))).toBe("1 h 16 min");
    expect(plain(formatDuration(120))).toBe("2 h");
    expect(formatDuration(118)).not.toContain(" ");
  });
});

describe("attestationLines — what each track's certificate attests", () => {
  it("general public, French: the unit rule, modules 1 and 2 with their durations, their total, no category", () => {
    const lines = attestationLines("fr", { track: "public", category: null, modules: [M1, M2] });
    expect(plain(lines.track)).toBe("Parcours grand public (modules 1 et 2)");
    expect(lines.category).toBeNull();
    expect(plain(lines.statement)).toContain("a validé chaque unité des modules ci-dessous");
    expect(plain(lines.statement)).toContain("en a réussi le quiz avec au moins 80 % de bonnes réponses");
    expect(lines.statement).not.toMatch(/chaque module/);
    expect(lines.modules.map((m) => plain(m.label + m.title))).toEqual([
      "Module 1 — Comprendre la menace (36 min)",
      "Module 2 — Tous impliqués (40 min)",
    ]);
    expect(plain(lines.duration)).toBe("Durée annoncée des modules : 1 h 16 min");
  });

  it("general public: a category recorded by mistake is never printed", () => {
    expect(attestationLines("fr", { track: "public", category: "Élu local", modules: [M1, M2] }).category).toBeNull();
  });

  it("professional, French: modules 1 to 3, the category, 1 h 58 min", () => {
    const lines = attestationLines("fr", { track: "professional", category: "Élu local", modules: [M1, M2, M3] });
    expect(plain(lines.track)).toBe("Parcours professionnel (modules 1 à 3)");
    expect(plain(lines.category ?? "")).toBe("Catégorie professionnelle : Élu local");
    expect(plain(lines.duration)).toBe("Durée annoncée des modules : 1 h 58 min");
    expect(lines.modules).toHaveLength(3);
  });

  it("professional without a recorded category: the line is left out", () => {
    expect(
      attestationLines("fr", { track: "professional", category: null, modules: [M1, M2, M3] }).category,
    ).toBeNull();
  });

  it("English says the same facts", () => {
    const pub = attestationLines("en", { track: "public", category: null, modules: [M1, M2] });
    expect(pub.track).toBe("General public track (modules 1 and 2)");
    expect(pub.statement).toContain("validated every unit of the modules below");
    expect(pub.statement).toContain("passed its quiz with at least 80% correct answers");
    expect(pub.statement).not.toMatch(/each module/i);
    expect(plain(pub.duration)).toBe("Announced duration of the modules: 1 h 16 min");
    const pro = attestationLines("en", {
      track: "professional",
      category: "Local elected official",
      modules: [M1, M2, M3],
    });
    expect(pro.track).toBe("Professional track (modules 1 to 3)");
    expect(pro.category).toBe("Professional category: Local elected official");
    expect(plain(pro.duration)).toBe("Announced duration of the modules: 1 h 58 min");
  });
});
