import { describe, expect, it } from "vitest";
import { splitFrenchTerms } from "@/lib/content/french-terms";

describe("splitFrenchTerms", () => {
  it("marks the French names kept in English text", () => {
    expect(splitFrenchTerms("France went back to “Urgence attentat” after March 2024.")).toEqual([
      { text: "France went back to “", french: false },
      { text: "Urgence attentat", french: true },
      { text: "” after March 2024.", french: false },
    ]);
  });

  it("matches the longest term whole and finds several terms", () => {
    const segments = splitFrenchTerms("Sécurité renforcée – risque attentat, then Urgence attentat");
    expect(segments.filter((s) => s.french).map((s) => s.text)).toEqual([
      "Sécurité renforcée – risque attentat",
      "Urgence attentat",
    ]);
    expect(segments.map((s) => s.text).join("")).toBe("Sécurité renforcée – risque attentat, then Urgence attentat");
  });

  it("leaves text without French terms as one plain segment", () => {
    expect(splitFrenchTerms("Call 17 or 112.")).toEqual([{ text: "Call 17 or 112.", french: false }]);
  });
});
