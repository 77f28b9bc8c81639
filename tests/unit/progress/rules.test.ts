import { describe, expect, it } from "vitest";
import { certificateEligibility, isModuleValidated, unitState, type UnitProgressRow } from "@/lib/progress/rules";

const when = new Date("2026-10-01T10:00:00Z");
const row = (p: Partial<UnitProgressRow>): UnitProgressRow => ({
  unitId: "m1-u1",
  firstViewedAt: null,
  attemptCount: 0,
  bestScorePercent: null,
  validatedAt: null,
  ...p,
});

describe("unitState", () => {
  it("is not_started without a progress row or without a first view", () => {
    expect(unitState(undefined)).toBe("not_started");
    expect(unitState(row({}))).toBe("not_started");
  });

  it("is studied once viewed, before any attempt", () => {
    expect(unitState(row({ firstViewedAt: when }))).toBe("studied");
  });

  it("is failed after attempts without validation", () => {
    expect(unitState(row({ firstViewedAt: when, attemptCount: 1, bestScorePercent: 66 }))).toBe("failed");
    expect(unitState(row({ attemptCount: 3 }))).toBe("failed");
  });

  it.each([0, 1, 2, 50])("stays validated whatever the attempt count (%i)", (attemptCount) => {
    expect(unitState(row({ firstViewedAt: when, attemptCount, bestScorePercent: 100, validatedAt: when }))).toBe(
      "validated",
    );
  });
});

const modules = [
  { slug: "comprendre-la-menace", unitIds: ["m1-u1", "m1-u2", "m1-u3", "m1-u4"] },
  { slug: "tous-impliques", unitIds: ["m2-u1", "m2-u2", "m2-u3", "m2-u4"] },
  { slug: "professionnels", unitIds: ["m3-u1", "m3-u2", "m3-u3", "m3-u4"] },
];
const tracks = { public: ["comprendre-la-menace", "tous-impliques"], professional: modules.map((m) => m.slug) };
const allOf = (...slugs: string[]) => new Set(modules.filter((m) => slugs.includes(m.slug)).flatMap((m) => m.unitIds));

describe("isModuleValidated", () => {
  it("is true only when every unit of the module is validated", () => {
    const [m1] = modules;
    expect(isModuleValidated(m1!, allOf("comprendre-la-menace"))).toBe(true);
    expect(isModuleValidated(m1!, new Set(["m1-u1", "m1-u2", "m1-u3", "m2-u1"]))).toBe(false);
    expect(isModuleValidated(m1!, new Set())).toBe(false);
  });
});

describe("certificateEligibility", () => {
  it("makes the public track eligible with modules 1 and 2 only", () => {
    expect(certificateEligibility("public", tracks, modules, allOf("comprendre-la-menace", "tous-impliques"))).toEqual({
      eligible: true,
      missing: [],
    });
  });

  it("requires module 3 as well on the professional track, listing its units", () => {
    expect(
      certificateEligibility("professional", tracks, modules, allOf("comprendre-la-menace", "tous-impliques")),
    ).toEqual({
      eligible: false,
      missing: [{ moduleSlug: "professionnels", unitIds: ["m3-u1", "m3-u2", "m3-u3", "m3-u4"] }],
    });
    expect(certificateEligibility("professional", tracks, modules, allOf(...tracks.professional)).eligible).toBe(true);
  });

  it("lists exactly the missing units, module by module, in course order", () => {
    const validated = new Set(["m1-u1", "m1-u3", "m1-u4", "m2-u2", "m3-u1", "m3-u2", "m3-u3", "m3-u4"]);
    expect(certificateEligibility("public", tracks, modules, validated)).toEqual({
      eligible: false,
      missing: [
        { moduleSlug: "comprendre-la-menace", unitIds: ["m1-u2"] },
        { moduleSlug: "tous-impliques", unitIds: ["m2-u1", "m2-u3", "m2-u4"] },
      ],
    });
  });

  it("lists every unit of the track when nothing is validated", () => {
    const { missing } = certificateEligibility("professional", tracks, modules, new Set());
    expect(missing.flatMap((m) => m.unitIds)).toHaveLength(12);
  });
});
