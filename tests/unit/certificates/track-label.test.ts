import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TRACKS } from "@/lib/account/tracks";
import { trackLine } from "@/lib/certificates/pdf/wording";
import { moduleRange, trackModuleNumbers } from "@/lib/certificates/track-label";
import { getCourse } from "@/lib/content/load";

describe("moduleRange", () => {
  it("says two modules with 'et' / 'and'", () => {
    expect(moduleRange([1, 2], "fr")).toBe("modules 1 et 2");
    expect(moduleRange([1, 2], "en")).toBe("modules 1 and 2");
  });

  it("says three or more modules in a row as a range", () => {
    expect(moduleRange([1, 2, 3], "fr")).toBe("modules 1 à 3");
    expect(moduleRange([3, 1, 2], "en")).toBe("modules 1 to 3");
    expect(moduleRange([2, 3, 4, 5], "fr")).toBe("modules 2 à 5");
  });

  it("lists modules with a gap, and says one module in the singular", () => {
    expect(moduleRange([1, 2, 4], "fr")).toBe("modules 1, 2 et 4");
    expect(moduleRange([4, 1, 2], "en")).toBe("modules 1, 2 and 4");
    expect(moduleRange([3], "fr")).toBe("module 3");
    expect(moduleRange([3, 3], "en")).toBe("module 3");
    expect(moduleRange([], "fr")).toBe("");
  });
});

describe("each track's wording follows content/course.json", () => {
  const course = getCourse();
  const numbers = (track: (typeof TRACKS)[number]) => trackModuleNumbers(track, course.tracks, course.modules);

  it("the general public follows modules 1 and 2, professionals modules 1 to 3", () => {
    expect(moduleRange(numbers("public"), "fr")).toBe("modules 1 et 2");
    expect(moduleRange(numbers("professional"), "fr")).toBe("modules 1 à 3");
  });

  it("the PDF's track line names the modules the certificate attests", () => {
    const attested = (track: (typeof TRACKS)[number]) => ({
      track,
      modules: numbers(track).map((number) => ({ number, title: "" })),
    });
    expect(trackLine("fr", attested("public"))).toBe("Parcours grand public (modules 1 et 2)");
    expect(trackLine("fr", attested("professional"))).toBe("Parcours professionnel (modules 1 à 3)");
    expect(trackLine("en", attested("public"))).toBe("General public track (modules 1 and 2)");
    expect(trackLine("en", attested("professional"))).toBe("Professional track (modules 1 to 3)");
  });

  it("every interface text naming a track's modules says the same modules", () => {
    for (const locale of ["fr", "en"] as const) {
      const messages = JSON.parse(readFileSync(`lib/i18n/messages/${locale}/app.json`, "utf8")) as Record<
        string,
        Record<string, unknown>
      >;
      for (const track of TRACKS) {
        const range = moduleRange(numbers(track), locale);
        for (const namespace of ["auth", "dashboard", "certificate"]) {
          const text = messages[namespace]?.[`track_${track}`];
          expect(text, `${locale} ${namespace}.track_${track}`).toEqual(expect.stringContaining(range));
        }
      }
    }
  });
});
