import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readUnitPath } from "@/lib/auth/unit-path";
import { getCourse } from "@/lib/content/load";
import { encodeAt, encodedSpellings } from "../../support/path-spellings";

const UNIT_PATHS = getCourse().modules.flatMap((m) =>
  m.units.flatMap((u) => ["fr", "en"].map((locale) => `/${locale}/learn/${m.slug}/${u.slug}`)),
);

describe("readUnitPath", () => {
  it("reads a unit page's own path", () => {
    expect(readUnitPath("/fr/learn/professionnels/elus-locaux")).toEqual({
      locale: "fr",
      moduleSlug: "professionnels",
      unitSlug: "elus-locaux",
      path: "/fr/learn/professionnels/elus-locaux",
      segmentPrefetch: false,
    });
  });

  it("reads every percent-encoded spelling of every unit path as that unit (as Next's router does)", () => {
    for (const path of UNIT_PATHS) {
      for (const spelling of encodedSpellings(path)) expect(readUnitPath(spelling)?.path, spelling).toBe(path);
    }
  });

  it("reads any mix of encoded characters, hex case and extra slashes as the unit", () => {
    const spelling = fc.record({
      path: fc.constantFrom(...UNIT_PATHS),
      positions: fc.uniqueArray(fc.nat({ max: 80 })),
      upper: fc.boolean(),
      slashes: fc.constantFrom("", "/"),
      suffix: fc.constantFrom("", ".rsc"),
    });
    fc.assert(
      fc.property(spelling, ({ path, positions, upper, slashes, suffix }) => {
        const spelled = encodeAt(path, positions, upper).replaceAll("/", `/${slashes}`) + suffix;
        expect(readUnitPath(spelled)?.path).toBe(path);
      }),
    );
  });

  it("reads Next's transport forms of a unit path; only the segment prefetches are never a visit", () => {
    const path = "/en/learn/comprendre-la-menace/le-plan-vigipirate";
    expect(readUnitPath(`${path}.rsc`)).toMatchObject({ path, segmentPrefetch: false });
    expect(readUnitPath(`${path}.segments/_full.segment.rsc`)).toMatchObject({ path, segmentPrefetch: true });
    // The proxy sees segment paths with the final .rsc already removed by Next.
    expect(
      readUnitPath(`${path}.segments/$d$locale/!KGxlYXJuZXIp/learn/$d$moduleSlug/$d$unitSlug/__PAGE__.segment`),
    ).toMatchObject({ path, segmentPrefetch: true });
  });

  it("reads no unit where the router renders none", () => {
    for (const path of [
      "/fr/learn/professionnels",
      "/fr/learn/professionnels/elus-locaux/quiz",
      "/fr/learn%2Fprofessionnels/elus-locaux", // an encoded slash stays inside its segment
      "/fr/learn/professionnels%2Felus-locaux",
      "/fr/lear%6E/professionnels/elus-locaux%ZZ", // malformed: the router refuses it
      "/fr/lear%256E/professionnels/elus-locaux", // double-encoded
      "/de/learn/professionnels/elus-locaux",
      "/FR/learn/professionnels/elus-locaux",
      "/fr/LEARN/professionnels/elus-locaux",
      "/fr/modules/professionnels/elus-locaux",
    ]) {
      expect(readUnitPath(path), path).toBeNull();
    }
  });

  it("spells the path back canonically, even for a slug holding an encoded slash", () => {
    expect(readUnitPath("/fr/learn/a/b%2Fc")?.path).toBe("/fr/learn/a/b%2Fc");
  });
});
