// The statistics rules, on hand-computed examples.
import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "@/lib/statistics/csv";
import { parseFilters } from "@/lib/statistics/filters";
import { difficulty, itemFlags, pointBiserial } from "@/lib/statistics/item-analysis";
import { histogramMedian } from "@/lib/statistics/median";
import { countCell, ratioCell } from "@/lib/statistics/small-cells";

/** Sums of (x, rest) pairs, as the rollup keeps them. */
function sums(pairs: [number, number][]) {
  return {
    answered: pairs.length,
    correct: pairs.reduce((s, [x]) => s + x, 0),
    sumRest: pairs.reduce((s, [, y]) => s + y, 0),
    sumRestSquared: pairs.reduce((s, [, y]) => s + y * y, 0),
    sumCorrectRest: pairs.reduce((s, [x, y]) => s + x * y, 0),
  };
}

describe("item analysis", () => {
  it("computes difficulty and the point-biserial correlation from sums", () => {
    // x = 1,1,0,0 with rest 4,1,4,1: by hand r = (4·5 − 2·10)/√((4·2−4)(4·34−100)) = 0.
    const flat = sums([
      [1, 4],
      [1, 1],
      [0, 4],
      [0, 1],
    ]);
    expect(difficulty(flat)).toBe(0.5);
    expect(pointBiserial(flat)).toBe(0);
    // x = 1,1,0,0 with rest 4,3,2,1: r = (4·7 − 2·10)/√(4·20) = 8/√80 ≈ 0.894.
    expect(
      pointBiserial(
        sums([
          [1, 4],
          [1, 3],
          [0, 2],
          [0, 1],
        ]),
      ),
    ).toBeCloseTo(0.894, 3);
    // Everyone right: discrimination undefined.
    expect(
      pointBiserial(
        sums([
          [1, 4],
          [1, 3],
        ]),
      ),
    ).toBeNull();
    expect(difficulty(sums([]))).toBeNull();
  });

  it("flags the questions to rewrite", () => {
    expect(itemFlags(0.96, 0.5)).toEqual(["tooEasy"]);
    expect(itemFlags(0.39, 0.1)).toEqual(["tooHard", "weakDiscrimination"]);
    expect(itemFlags(0.95, 0.2)).toEqual([]);
    expect(itemFlags(0.4, null)).toEqual([]);
  });
});

describe("small cells", () => {
  it("hides counts of 1 to 4 and ratios over fewer than 5", () => {
    expect([0, 1, 4, 5, 120].map(countCell)).toEqual([0, "< 5", "< 5", 5, 120]);
    expect(ratioCell(0.5, 4)).toBe("< 5");
    expect(ratioCell(0.5, 5)).toBe(0.5);
    expect(ratioCell(null, 10)).toBeNull();
  });
});

describe("median of a histogram", () => {
  it("finds the middle bucket", () => {
    expect(
      histogramMedian([
        { value: 3, count: 1 },
        { value: 1, count: 1 },
        { value: 10, count: 1 },
      ]),
    ).toBe(3);
    expect(
      histogramMedian([
        { value: 2, count: 2 },
        { value: 8, count: 2 },
      ]),
    ).toBe(2);
    expect(histogramMedian([])).toBeNull();
  });
});

describe("CSV", () => {
  it("defuses formulas and quotes what needs it", () => {
    for (const v of ["=1+1", "+33", "-2", "@SUM(A1)", "\tx"]) expect(csvCell(v).replace(/^"/, "")).toMatch(/^'/);
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("< 5")).toBe("< 5");
    expect(csvCell(-0.25)).toBe("-0.25");
    expect(csvCell(null)).toBe("");
    expect(toCsv(["a", "b"], [["=x", 1]])).toBe("a,b\r\n'=x,1\r\n");
  });
});

describe("filters", () => {
  const today = "2026-11-30";
  it("defaults to the last 30 days and every track", () => {
    expect(parseFilters({}, today)).toEqual({ filters: { from: "2026-11-01", to: today, track: "all" }, error: null });
  });
  it("refuses reversed, absurd, huge or unknown input with a reason, never querying it", () => {
    const error = (q: Record<string, string>) => parseFilters(q, today).error;
    expect(error({ from: "2026-11-10", to: "2026-11-01" })).toBe("reversed");
    expect(error({ from: "2026-02-30" })).toBe("invalidDate");
    expect(error({ from: "x".repeat(10_000) })).toBe("invalidDate");
    expect(error({ from: "0001-01-01" })).toBe("outOfRange");
    expect(error({ to: "9999-12-31" })).toBe("outOfRange");
    expect(error({ from: "2024-01-01", to: "2026-11-30" })).toBe("tooLong");
    expect(error({ track: "admin" })).toBe("invalidTrack");
    expect(parseFilters({ from: "2026-01-01", to: "2026-06-30", track: "professional" }, today)).toEqual({
      filters: { from: "2026-01-01", to: "2026-06-30", track: "professional" },
      error: null,
    });
  });
});
