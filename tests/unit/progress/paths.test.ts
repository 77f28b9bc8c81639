import { describe, expect, it } from "vitest";
import { PROFESSIONAL_CATEGORIES } from "@/lib/account/tracks";
import { attestedModule } from "@/lib/certificates/attested-module";
import { readCourse } from "@/lib/content/load";
import { moduleMetaSchema } from "@/lib/content/schemas";
import { certificateEligibility, requiredUnitIds, type ModuleUnits } from "@/lib/progress/rules";

const tracks = { public: ["m1", "m2"], professional: ["m1", "m2", "m3"] };
const m3: ModuleUnits = {
  slug: "m3",
  unitIds: ["m3-u1", "m3-u2", "m3-u3", "m3-u4"],
  requiredByCategory: { security_staff: ["m3-u3", "m3-u1"], local_official: ["m3-u1", "m3-u2", "m3-u3", "m3-u4"] },
};
const modules: ModuleUnits[] = [{ slug: "m1", unitIds: ["m1-u1", "m1-u2"] }, { slug: "m2", unitIds: ["m2-u1"] }, m3];
const all = (...ids: string[]) => new Set(ids);

describe("requiredUnitIds", () => {
  it("narrows a module to the category's path, in the module's order", () => {
    expect(requiredUnitIds(m3, "professional", "security_staff")).toEqual(["m3-u1", "m3-u3"]);
  });

  it("requires every unit without a category, without a path for it, or on the public track", () => {
    expect(requiredUnitIds(m3, "professional", null)).toEqual(m3.unitIds);
    expect(requiredUnitIds(m3, "professional", "erp_manager")).toEqual(m3.unitIds);
    expect(requiredUnitIds(m3, "public", "security_staff")).toEqual(m3.unitIds);
    expect(requiredUnitIds(modules[0]!, "professional", "security_staff")).toEqual(["m1-u1", "m1-u2"]);
  });
});

describe("certificateEligibility with a category", () => {
  const base = ["m1-u1", "m1-u2", "m2-u1"];

  it("makes a steward eligible with units 1 and 3 of module 3", () => {
    const validated = all(...base, "m3-u1", "m3-u3");
    expect(certificateEligibility("professional", tracks, modules, validated, "security_staff")).toEqual({
      eligible: true,
      missing: [],
    });
  });

  it("still asks a local official for every unit of their path", () => {
    const validated = all(...base, "m3-u1", "m3-u3");
    expect(certificateEligibility("professional", tracks, modules, validated, "local_official")).toEqual({
      eligible: false,
      missing: [{ moduleSlug: "m3", unitIds: ["m3-u2", "m3-u4"] }],
    });
  });

  it("lists only the path's missing units", () => {
    const { missing } = certificateEligibility("professional", tracks, modules, all(...base), "security_staff");
    expect(missing).toEqual([{ moduleSlug: "m3", unitIds: ["m3-u1", "m3-u3"] }]);
  });

  it("is unchanged without a category (every unit)", () => {
    const validated = all(...base, "m3-u1", "m3-u3");
    expect(certificateEligibility("professional", tracks, modules, validated).eligible).toBe(false);
  });
});

describe("attestedModule", () => {
  const content = {
    id: "m3",
    slug: "m3",
    contentVersion: "abc",
    durationMinutes: 43,
    requiredByCategory: { security_staff: ["m3-u1", "m3-u3"] },
    units: [
      { id: "m3-u1", durationMinutes: 10 },
      { id: "m3-u2", durationMinutes: 12 },
      { id: "m3-u3", durationMinutes: 11 },
      { id: "m3-u4", durationMinutes: 10 },
    ],
  };

  it("attests the path's units and their duration, marked as a path", () => {
    expect(attestedModule(content, "professional", "security_staff")).toEqual({
      moduleId: "m3",
      version: "abc",
      durationMinutes: 21,
      unitIds: ["m3-u1", "m3-u3"],
      categoryPath: true,
    });
  });

  it("attests the whole module otherwise, as before paths existed", () => {
    expect(attestedModule(content, "professional", "other")).toEqual({
      moduleId: "m3",
      version: "abc",
      durationMinutes: 43,
      unitIds: ["m3-u1", "m3-u2", "m3-u3", "m3-u4"],
    });
  });
});

describe("module manifest paths", () => {
  const meta = {
    id: "m3",
    title: { fr: "a", en: "a" },
    summary: { fr: "a", en: "a" },
    audience: "professional",
    objectives: { fr: ["a", "b"], en: ["a", "b"] },
    durationMinutes: 40,
    releaseDate: "2026-10-15",
  };
  const every = Object.fromEntries(PROFESSIONAL_CATEGORIES.map((c) => [c, ["m3-u1"]]));

  it("accepts a path for every category", () => {
    expect(moduleMetaSchema.safeParse({ ...meta, requiredByCategory: every }).success).toBe(true);
  });

  it("refuses a category left out, an unknown category or an empty path", () => {
    const withoutOther = Object.fromEntries(Object.entries(every).filter(([c]) => c !== "other"));
    expect(moduleMetaSchema.safeParse({ ...meta, requiredByCategory: withoutOther }).success).toBe(false);
    expect(moduleMetaSchema.safeParse({ ...meta, requiredByCategory: { ...every, mayor: ["m3-u1"] } }).success).toBe(
      false,
    );
    expect(moduleMetaSchema.safeParse({ ...meta, requiredByCategory: { ...every, other: [] } }).success).toBe(false);
  });

  it("declares the steward path of module 3 in the course content: units 1 and 3", () => {
    const { course, problems } = readCourse();
    expect(problems).toEqual([]);
    const pro = course.modules.find((m) => m.slug === "professionnels")!;
    expect(pro.requiredByCategory?.security_staff).toEqual(["m3-u1", "m3-u3"]);
    for (const category of PROFESSIONAL_CATEGORIES) expect(pro.requiredByCategory?.[category]).toContain("m3-u1");
  });
});
