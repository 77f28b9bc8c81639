import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, splitByMonths } from "@/lib/statistics/filters";

/** Every day a split stands for: its day ranges, and each day of its whole months. */
function daysOf(split: ReturnType<typeof splitByMonths>): string[] {
  const out: string[] = [];
  const walk = (from: string, to: string) => {
    for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  };
  for (const r of split.days) walk(r.from, r.to);
  if (split.months) {
    for (let m = split.months.from; m <= split.months.to;) {
      let last = m;
      while (addDays(last, 1).slice(0, 7) === m.slice(0, 7)) last = addDays(last, 1);
      walk(m, last);
      m = addDays(last, 1);
    }
  }
  return out.sort();
}

describe("a date range split into whole months and the days at its ends", () => {
  it("reads whole months from the month rollups and the rest from the days", () => {
    expect(splitByMonths("2026-01-15", "2026-04-10")).toEqual({
      months: { from: "2026-02-01", to: "2026-03-01" },
      days: [
        { from: "2026-01-15", to: "2026-01-31" },
        { from: "2026-04-01", to: "2026-04-10" },
      ],
    });
    expect(splitByMonths("2026-02-01", "2026-02-28")).toEqual({
      months: { from: "2026-02-01", to: "2026-02-01" },
      days: [],
    });
    expect(splitByMonths("2026-02-02", "2026-02-28")).toEqual({
      months: null,
      days: [{ from: "2026-02-02", to: "2026-02-28" }],
    });
    // Leap year: 29 February ends the month.
    expect(splitByMonths("2028-01-20", "2028-02-29").months).toEqual({ from: "2028-02-01", to: "2028-02-01" });
  });

  it("stands for every day of the range once, and no other", () => {
    const day = fc
      .date({ min: new Date("2024-01-01T00:00:00Z"), max: new Date("2027-12-31T00:00:00Z"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 730 }), (from, length) => {
        const to = addDays(from, length);
        const expected = Array.from({ length: length + 1 }, (_, i) => addDays(from, i));
        expect(daysOf(splitByMonths(from, to))).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
