import { describe, expect, it } from "vitest";
import { describeTrackChange } from "@/lib/account/track-change";

const TRACKS = { public: ["m1", "m2"], professional: ["m1", "m2", "m3"] };
const MODULES = [
  { slug: "m1", unitIds: ["m1-u1", "m1-u2"] },
  { slug: "m2", unitIds: ["m2-u1", "m2-u2"] },
  { slug: "m3", unitIds: ["m3-u1", "m3-u2"] },
];
const PUBLIC_DONE = new Set(["m1-u1", "m1-u2", "m2-u1", "m2-u2"]);

describe("describeTrackChange", () => {
  it("going professional keeps every validated unit, adds module 3 and keeps the issued certificate", () => {
    const change = describeTrackChange("public", "professional", TRACKS, MODULES, PUBLIC_DONE, ["public"]);
    expect(change).toEqual({
      from: "public",
      to: "professional",
      keptUnits: 4,
      addedModules: ["m3"],
      optionalModules: [],
      missing: [{ moduleSlug: "m3", unitIds: ["m3-u1", "m3-u2"] }],
      category: null,
      issued: ["public"],
      alreadyCertified: false,
    });
  });

  it("going back to the general public makes module 3 optional and needs nothing more when modules 1–2 are done", () => {
    const validated = new Set([...PUBLIC_DONE, "m3-u1"]);
    const change = describeTrackChange("professional", "public", TRACKS, MODULES, validated, ["public"]);
    expect(change.keptUnits).toBe(5);
    expect(change.addedModules).toEqual([]);
    expect(change.optionalModules).toEqual(["m3"]);
    expect(change.missing).toEqual([]);
    expect(change.alreadyCertified).toBe(true);
  });

  it("counts only units the course still has", () => {
    const change = describeTrackChange("public", "professional", TRACKS, MODULES, new Set(["m1-u1", "gone"]), []);
    expect(change.keptUnits).toBe(1);
    expect(change.issued).toEqual([]);
    expect(change.missing.map((m) => m.moduleSlug)).toEqual(["m1", "m2", "m3"]);
  });

  it("going professional computes what is left on the chosen category's path, as the certificate will", () => {
    const modules = [
      ...MODULES.slice(0, 2),
      { slug: "m3", unitIds: ["m3-u1", "m3-u2", "m3-u3"], requiredByCategory: { security_staff: ["m3-u1", "m3-u3"] } },
    ];
    const steward = describeTrackChange("public", "professional", TRACKS, modules, PUBLIC_DONE, [], "security_staff");
    expect(steward.category).toBe("security_staff");
    expect(steward.missing).toEqual([{ moduleSlug: "m3", unitIds: ["m3-u1", "m3-u3"] }]);
    // Without a path for the category (or before one is chosen), every unit of the module.
    expect(describeTrackChange("public", "professional", TRACKS, modules, PUBLIC_DONE, [], "other").missing).toEqual([
      { moduleSlug: "m3", unitIds: ["m3-u1", "m3-u2", "m3-u3"] },
    ]);
    // Going back to the general public: no category, whatever the learner had.
    const back = describeTrackChange("professional", "public", TRACKS, modules, PUBLIC_DONE, [], "security_staff");
    expect(back.category).toBeNull();
  });
});
