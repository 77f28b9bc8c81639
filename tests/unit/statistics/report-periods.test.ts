// The day-by-day tables of a long range: by week on the page, by day in the CSV, the same sums.
import { describe, expect, it } from "vitest";
import { getCourse } from "@/lib/content/load";
import { addDays, MAX_DAILY_ROWS, mondayOf } from "@/lib/statistics/filters";
import type { Rollups } from "@/lib/statistics/queries";
import { buildReport } from "@/lib/statistics/report";

const tr = (key: string) => key;
const empty: Rollups = { events: [], weeks: [], units: [], studyMinutes: [], questions: [], choices: [] };

function report(from: string, to: string, events: Rollups["events"], granularity?: "auto" | "day") {
  return buildReport(getCourse(), { ...empty, events }, { from, to, track: "all" }, "fr", tr, granularity);
}

describe("the day-by-day tables", () => {
  it("knows each day's Monday", () => {
    expect(mondayOf("2026-11-30")).toBe("2026-11-30"); // a Monday
    expect(mondayOf("2026-12-06")).toBe("2026-11-30"); // the Sunday after
    expect(mondayOf("2026-01-01")).toBe("2025-12-29"); // across a year
  });

  it("keep one row a day up to the limit, and on the page group a longer range by week", () => {
    const from = "2026-01-01";
    const short = report(from, addDays(from, MAX_DAILY_ROWS - 1), []);
    expect(short.find((t) => t.id === "daily")!.rows).toHaveLength(MAX_DAILY_ROWS);
    const long = report(from, "2026-12-31", []);
    const daily = long.find((t) => t.id === "daily")!;
    expect(daily.columns[0]).toBe("week");
    expect(daily.rows).toHaveLength(53); // 29 Dec 2025 … 28 Dec 2026
    expect(daily.rows[0]![0]).toBe("2025-12-29");
    const csv = report(from, "2026-12-31", [], "day").find((t) => t.id === "daily")!;
    expect(csv.columns[0]).toBe("day");
    expect(csv.rows).toHaveLength(365);
  });

  it("sum only the range's own days into a week, then suppress small weekly totals", () => {
    // 2026-01-01 is a Thursday: its week counts Thursday to Sunday; a day before the range is left out.
    const events: Rollups["events"] = [
      { metric: "registered", day: "2025-12-31", track: "public", value: 100 },
      { metric: "registered", day: "2026-01-01", track: "public", value: 3 },
      { metric: "registered", day: "2026-01-04", track: "professional", value: 4 },
      { metric: "registered", day: "2026-01-05", track: "public", value: 2 },
      { metric: "certificate", day: "2026-01-02", track: "professional", value: 2 },
      { metric: "certificate", day: "2026-01-03", track: "professional", value: 3 },
    ];
    const page = report("2026-01-01", "2026-12-31", events);
    const daily = page.find((t) => t.id === "daily")!;
    expect(daily.rows[0]).toEqual(["2025-12-29", 7, 0]);
    expect(daily.rows[1]).toEqual(["2026-01-05", "< 5", 0]);
    const certificates = page.find((t) => t.id === "certificates")!;
    expect(certificates.rows[0]).toEqual(["2025-12-29", 0, 5]);
    const days = report("2026-01-01", "2026-12-31", events, "day").find((t) => t.id === "daily")!;
    expect(days.rows.slice(0, 4).map((r) => r[1])).toEqual(["< 5", 0, 0, "< 5"]);
  });
});
