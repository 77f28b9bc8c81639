import { describe, expect, it } from "vitest";
import { formatVideoTime, summariseProgress, unitPositionSchema, type SummaryModule } from "@/lib/progress/personal";

const MODULES: SummaryModule[] = [
  {
    slug: "m1",
    title: "Module 1",
    open: true,
    inTrack: true,
    units: [
      { id: "m1-u1", slug: "u1", title: "Unit 1" },
      { id: "m1-u2", slug: "u2", title: "Unit 2" },
    ],
  },
  { slug: "m2", title: "Module 2", open: true, inTrack: true, units: [{ id: "m2-u1", slug: "v1", title: "Unit 3" }] },
  { slug: "m3", title: "Module 3", open: false, inTrack: false, units: [{ id: "m3-u1", slug: "w1", title: "Unit 4" }] },
];
const day = (d: number) => new Date(Date.UTC(2026, 10, d));
const row = (unitId: string, over: Partial<{ attemptCount: number; best: number; validated: boolean }> = {}) => ({
  unitId,
  firstViewedAt: day(1),
  attemptCount: over.attemptCount ?? 0,
  bestScorePercent: over.best ?? null,
  validatedAt: over.validated ? day(2) : null,
});

describe("summariseProgress", () => {
  it("gives every unit its status and score, each module its progress, and the next unit of the track", () => {
    const s = summariseProgress(
      MODULES,
      [row("m1-u1", { attemptCount: 1, best: 90, validated: true }), row("m1-u2", { attemptCount: 1, best: 40 })],
      [],
    );
    expect(s.units["m1-u1"]).toEqual({ status: "validated", scorePercent: 90, position: null });
    expect(s.units["m1-u2"]?.status).toBe("failed");
    expect(s.units["m2-u1"]?.status).toBe("not_started");
    expect(s.modules.m1).toEqual({
      validated: 1,
      total: 2,
      percent: 50,
      next: { unitId: "m1-u2", moduleSlug: "m1", unitSlug: "u2", title: "Unit 2" },
    });
    expect(s.next?.unitId).toBe("m1-u2");
    expect(s.modules.m3?.next).toBeNull(); // not open
    expect(s.resume).toBeNull();
  });

  it("resumes the latest position of an open unit not yet validated, and ignores units that no longer exist", () => {
    const s = summariseProgress(
      MODULES,
      [row("m1-u1", { attemptCount: 1, best: 100, validated: true })],
      [
        { unitId: "m2-u1", sectionIndex: 2, videoSeconds: 30, updatedAt: day(3) },
        { unitId: "m1-u1", sectionIndex: 4, videoSeconds: 0, updatedAt: day(5) }, // validated since
        { unitId: "gone-u9", sectionIndex: 1, videoSeconds: 12, updatedAt: day(9) }, // removed from the course
        { unitId: "m3-u1", sectionIndex: 1, videoSeconds: 12, updatedAt: day(8) }, // module not open
      ],
    );
    expect(s.resume).toEqual({
      unitId: "m2-u1",
      moduleSlug: "m2",
      unitSlug: "v1",
      title: "Unit 3",
      section: 2,
      videoSeconds: 30,
    });
    expect(s.units["m1-u1"]?.position).toEqual({ section: 4, videoSeconds: 0 });
    expect(s.units).not.toHaveProperty("gone-u9");
  });
});

describe("formatVideoTime", () => {
  it("reads as mm:ss, with hours past one hour", () => {
    expect(formatVideoTime(0)).toBe("0:00");
    expect(formatVideoTime(65.9)).toBe("1:05");
    expect(formatVideoTime(3723)).toBe("1:02:03");
  });
});

describe("unitPositionSchema", () => {
  it("accepts a section index or null and a video time; refuses anything else", () => {
    expect(unitPositionSchema.safeParse({ unitId: "m1-u1", section: null, videoSeconds: 12.5 }).success).toBe(true);
    expect(unitPositionSchema.safeParse({ unitId: "m1-u1", section: 3, videoSeconds: 0 }).success).toBe(true);
    for (const bad of [
      { unitId: "m1-u1", section: -1, videoSeconds: 0 },
      { unitId: "m1-u1", section: 1.5, videoSeconds: 0 },
      { unitId: "m1-u1", section: 1, videoSeconds: -1 },
      { unitId: "m1-u1", section: 1, videoSeconds: Infinity },
      { unitId: "", section: 1, videoSeconds: 1 },
      { unitId: "m1-u1", section: 1, videoSeconds: 1, extra: true },
    ])
      expect(unitPositionSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
