import { describe, expect, it } from "vitest";
import { getCourse } from "@/lib/content/load";
import { OPEN_UNIT, OPEN_UNIT_PAGES, isOpenUnit, returnsToOpenUnit } from "@/lib/progress/open-unit";

describe("the open unit (try before signing up)", () => {
  it("is the first unit of module 1, and only that one", () => {
    const [first] = getCourse().modules;
    const unit = first!.units[0]!;
    expect(OPEN_UNIT).toEqual({ id: unit.id, moduleSlug: first!.slug, unitSlug: unit.slug });
    const others = getCourse().modules.flatMap((m) => m.units.filter((u) => isOpenUnit(m.slug, u.slug)));
    expect(others.map((u) => u.id)).toEqual(["m1-u1"]);
    expect(OPEN_UNIT_PAGES).toEqual([
      "/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme",
      "/en/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme",
    ]);
  });

  it("is where a sign-up or sign-in returns when it leads back to that unit or its quiz", () => {
    for (const next of [
      "/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme",
      "/en/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme/quiz",
      "/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme/quiz?x=1",
      "/fr/lear%6E/comprendre-la-menace/qu-est-ce-que-le-terrorisme#video",
    ])
      expect(returnsToOpenUnit(next), next).toBe(true);
    for (const next of [
      undefined,
      "",
      "/fr/dashboard",
      "/fr/learn/comprendre-la-menace/modes-operatoires-et-cibles",
      "/fr/learn/comprendre-la-menace/modes-operatoires-et-cibles/quiz",
      "/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme/result/00000000-0000-0000-0000-000000000000",
      "/de/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme",
      "https://example.org/fr/learn/comprendre-la-menace/qu-est-ce-que-le-terrorisme",
    ])
      expect(returnsToOpenUnit(next), String(next)).toBe(false);
  });
});
