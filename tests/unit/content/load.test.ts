import { beforeAll, describe, expect, it } from "vitest";
import { readCourse, type Course } from "@/lib/content/load";

let course: Course;
let problems: string[];

beforeAll(() => {
  ({ course, problems } = readCourse());
});

const units = () => course.modules.flatMap((m) => m.units);
const wordCount = (text: string) => text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

describe("readCourse on the real content/", () => {
  it("loads with zero problems", () => {
    expect(problems).toEqual([]);
  });

  it("has 3 modules, in order, and 12 units", () => {
    expect(course.modules.map((m) => m.id)).toEqual(["m1", "m2", "m3"]);
    expect(course.modules.map((m) => m.order)).toEqual([1, 2, 3]);
    expect(units()).toHaveLength(12);
  });

  it("names only existing modules in its tracks, public being a prefix of professional", () => {
    const slugs = course.modules.map((m) => m.slug);
    expect(course.tracks.public).toEqual(slugs.slice(0, 2));
    expect(course.tracks.professional).toEqual(slugs);
  });

  it("gives every unit a quiz of at least 6 questions mixing single, multiple and true/false", () => {
    for (const unit of units()) {
      const kinds = new Set(unit.quiz.questions.map((q) => q.kind));
      expect(unit.quiz.questions.length, unit.id).toBeGreaterThanOrEqual(6);
      expect([...kinds].sort(), unit.id).toEqual(["multiple", "single", "truefalse"]);
    }
  });

  it("uses question ids unique across the whole course, prefixed by their unit id", () => {
    const ids = units().flatMap((u) => u.quiz.questions.map((q) => q.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const unit of units()) for (const q of unit.quiz.questions) expect(q.id.startsWith(`${unit.id}-`)).toBe(true);
  });

  it("uses unit ids unique across the course", () => {
    const ids = units().map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("gives every unit a French and an English text of at least 400 words", () => {
    for (const unit of units()) {
      for (const lang of ["fr", "en"] as const) expect(wordCount(unit.mdx[lang]), `${unit.id} ${lang}`).toBeGreaterThanOrEqual(400);
    }
  });

  it("gives every unit a content version that changes from unit to unit", () => {
    const versions = units().map((u) => u.contentVersion);
    expect(versions.every((v) => /^[0-9a-f]{16}$/.test(v))).toBe(true);
    expect(new Set(versions).size).toBe(versions.length);
  });
});
