import { describe, expect, it } from "vitest";
import { nextStep, type CourseOutline, type NextStepInput } from "@/lib/progress/next-step";

const units = (m: number) => [1, 2, 3, 4].map((u) => ({ id: `m${m}-u${u}`, slug: `unite-${m}-${u}` }));
const outline: CourseOutline = {
  modules: [
    { slug: "comprendre-la-menace", open: true, units: units(1) },
    { slug: "tous-impliques", open: true, units: units(2) },
    { slug: "professionnels", open: true, units: units(3) },
  ],
  tracks: {
    public: ["comprendre-la-menace", "tous-impliques"],
    professional: ["comprendre-la-menace", "tous-impliques", "professionnels"],
  },
};
const ids = (...list: string[]) => new Set(list);
const all = (m: number) => units(m).map((u) => u.id);

const input = (p: Partial<NextStepInput> & { unitId: string; passed?: boolean }): NextStepInput => ({
  outline,
  track: "public",
  validated: ids(),
  certificateIssued: false,
  ...p,
  outcome: { unitId: p.unitId, passed: p.passed ?? true, firstMissedSection: p.outcome?.firstMissedSection ?? null },
});

describe("nextStep after a pass", () => {
  it("mid-module: the unit is validated, the next unit of the module is the step", () => {
    expect(nextStep(input({ unitId: "m1-u2", validated: ids("m1-u1", "m1-u2") }))).toEqual({
      milestone: "unit",
      action: { kind: "next-unit", moduleSlug: "comprendre-la-menace", unitSlug: "unite-1-3" },
    });
  });

  it("skips units already validated and comes back to one left behind", () => {
    expect(nextStep(input({ unitId: "m1-u2", validated: ids("m1-u2", "m1-u3", "m1-u4") }))).toEqual({
      milestone: "unit",
      action: { kind: "next-unit", moduleSlug: "comprendre-la-menace", unitSlug: "unite-1-1" },
    });
  });

  it("counts the attempt's own unit even if the progress read missed it", () => {
    expect(nextStep(input({ unitId: "m1-u4", validated: ids("m1-u1", "m1-u2", "m1-u3") }))?.milestone).toBe("module");
  });

  it("last unit of a module: the module is validated, the next module's first unit is the step", () => {
    expect(nextStep(input({ unitId: "m1-u4", validated: ids(...all(1)) }))).toEqual({
      milestone: "module",
      action: { kind: "next-module", moduleSlug: "tous-impliques", unitSlug: "unite-2-1" },
    });
  });

  it("next module: its first unit still to validate, wrapping round to an earlier module", () => {
    expect(nextStep(input({ unitId: "m2-u4", validated: ids(...all(2), "m1-u1") }))).toEqual({
      milestone: "module",
      action: { kind: "next-module", moduleSlug: "comprendre-la-menace", unitSlug: "unite-1-2" },
    });
  });

  it("a module outside the track or not open is never offered as the next module", () => {
    const closed = { ...outline, modules: outline.modules.map((m) => ({ ...m, open: m.slug !== "tous-impliques" })) };
    expect(nextStep(input({ unitId: "m1-u4", validated: ids(...all(1)), outline: closed }))).toEqual({
      milestone: "module",
      action: { kind: "dashboard" },
    });
    // Professional track: module 3 is next after module 2 when module 1 is done.
    expect(
      nextStep(input({ unitId: "m2-u4", track: "professional", validated: ids(...all(1), ...all(2)) }))?.action,
    ).toEqual({ kind: "next-module", moduleSlug: "professionnels", unitSlug: "unite-3-1" });
  });

  it("last unit of the track: the track is complete, the certificate is the step", () => {
    expect(nextStep(input({ unitId: "m2-u4", validated: ids(...all(1), ...all(2)) }))).toEqual({
      milestone: "track",
      action: { kind: "certificate", issued: false },
    });
  });

  it("once the certificate is issued, the step is to download it", () => {
    expect(nextStep(input({ unitId: "m1-u3", validated: ids(...all(1), ...all(2)), certificateIssued: true }))).toEqual(
      { milestone: "track", action: { kind: "certificate", issued: true } },
    );
  });

  it("an optional module after the track: its units first, then the certificate", () => {
    const done = [...all(1), ...all(2)];
    expect(nextStep(input({ unitId: "m3-u1", validated: ids(...done, "m3-u1") }))).toEqual({
      milestone: "unit",
      action: { kind: "next-unit", moduleSlug: "professionnels", unitSlug: "unite-3-2" },
    });
    expect(nextStep(input({ unitId: "m3-u4", validated: ids(...done, ...all(3)) }))).toEqual({
      milestone: "module",
      action: { kind: "certificate", issued: false },
    });
  });
});

describe("nextStep after a failure", () => {
  it("sends the learner back to the section teaching the first missed question, not to the next unit", () => {
    expect(
      nextStep(
        input({
          unitId: "m1-u2",
          passed: false,
          validated: ids("m1-u1"),
          outcome: { unitId: "m1-u2", passed: false, firstMissedSection: "les-cibles" },
        }),
      ),
    ).toEqual({
      milestone: "failed",
      action: {
        kind: "review-section",
        moduleSlug: "comprendre-la-menace",
        unitSlug: "unite-1-2",
        anchor: "les-cibles",
      },
    });
  });

  it("without a known section, the lesson itself; even for a unit validated earlier or on the track's last unit", () => {
    const everything = ids(...all(1), ...all(2));
    expect(nextStep(input({ unitId: "m2-u4", passed: false, validated: everything }))).toEqual({
      milestone: "failed",
      action: { kind: "review-section", moduleSlug: "tous-impliques", unitSlug: "unite-2-4", anchor: null },
    });
  });
});

it("an unknown unit has no next step", () => {
  expect(nextStep(input({ unitId: "m9-u9" }))).toBeNull();
});
