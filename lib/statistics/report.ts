// The statistics tables (pure): rollup sums turned into the cells the page shows and the CSVs carry,
// small cells suppressed once here so both say exactly the same.
import type { Course } from "@/lib/content/load";
import { localize } from "@/lib/content/load";
import { addDays, daysBetween, MAX_DAILY_ROWS, mondayOf, type StatisticsFilters } from "./filters";
import { difficulty, itemFlags, pointBiserial } from "./item-analysis";
import { histogramMedian } from "./median";
import type { Rollups } from "./queries";
import { countCell, ratioCell, SMALL_CELL, SUPPRESSED, type Cell } from "./small-cells";

export const TABLE_IDS = ["daily", "weekly", "funnel", "certificates", "units", "questions", "choices"] as const;
export type TableId = (typeof TABLE_IDS)[number];

/** A row's label cells are text; the others are figures (or "< 5", or null when undefined). */
export interface StatTable {
  id: TableId;
  columns: string[];
  rows: (string | Cell)[][];
  /**
   * For the chart: which column is the label and which columns are drawn, one series each (ratios out
   * of 1); `stacked` when the series split one whole (tracks), side by side otherwise.
   */
  chart?: { label: number; values: number[]; ratio?: boolean; stacked?: boolean };
  /** Columns holding a share out of 1: the page shows them as percentages, the CSV as decimals. */
  percent?: number[];
}

const round = (x: number | null, digits = 3) => (x === null ? null : Math.round(x * 10 ** digits) / 10 ** digits);

function trackModules(course: Course, track: StatisticsFilters["track"]) {
  const slugs = track === "all" ? [...new Set(Object.values(course.tracks).flat())] : course.tracks[track];
  return course.modules.filter((m) => slugs.includes(m.slug));
}

export function buildReport(
  course: Course,
  rollups: Rollups,
  filters: StatisticsFilters,
  locale: string,
  /** A message of the staffStatistics namespace. */
  tr: (key: string) => string,
  /** "auto": a range longer than MAX_DAILY_ROWS days is shown by week (a page); "day": always by day (a CSV). */
  granularity: "auto" | "day" = "auto",
): StatTable[] {
  // Totals keyed once by metric, day and track (each also under "*"), so a year of days reads in linear time.
  const totals = new Map<string, number>();
  for (const e of rollups.events) {
    for (const day of [e.day, "*"])
      for (const track of [e.track, "*"]) {
        const key = `${e.metric}|${day}|${track}`;
        totals.set(key, (totals.get(key) ?? 0) + e.value);
      }
  }
  const sum = (metric: string, day?: string, track?: string) =>
    totals.get(`${metric}|${day ?? "*"}|${track || "*"}`) ?? 0;
  const days = Array.from({ length: daysBetween(filters.from, filters.to) + 1 }, (_, i) => addDays(filters.from, i));
  // Rows of the day-by-day tables: each day, or each week (its Monday) summing the range's days in it.
  const byWeek = granularity === "auto" && days.length > MAX_DAILY_ROWS;
  const periods = new Map<string, string[]>();
  for (const d of days) {
    const key = byWeek ? mondayOf(d) : d;
    periods.set(key, [...(periods.get(key) ?? []), d]);
  }
  const over = (metric: string, inPeriod: string[], track?: string) =>
    inPeriod.reduce((total, d) => total + sum(metric, d, track), 0);
  const period = byWeek ? "week" : "day";
  const tracks = filters.track === "all" ? (["public", "professional"] as const) : [filters.track];
  const modules = trackModules(course, filters.track);
  const units = modules.flatMap((m) => m.units.map((u) => ({ module: m, unit: u })));
  const unitName = (id: string) => {
    const found = units.find((x) => x.unit.id === id);
    return found ? `${localize(found.module.title, locale)} — ${localize(found.unit.title, locale)}` : id;
  };

  const daily: StatTable = {
    id: "daily",
    columns: [period, "registered", "confirmed"],
    rows: [...periods].map(([label, inPeriod]) => [
      label,
      countCell(over("registered", inPeriod)),
      countCell(over("confirmed", inPeriod)),
    ]),
    chart: { label: 0, values: [1] },
  };
  const weekly: StatTable = {
    id: "weekly",
    columns: ["week", "active"],
    rows: rollups.weeks.map((w) => [w.week, countCell(w.value)]),
    chart: { label: 0, values: [1] },
  };
  const steps = [
    ["registered", tr("stepRegistered")],
    ["confirmed", tr("stepConfirmed")],
    ["started", tr("stepStarted")],
    ...modules.map((m) => [`module:${m.id}`, localize(m.title, locale)]),
    ["certificate", tr("stepCertificate")],
  ];
  const funnel: StatTable = {
    id: "funnel",
    columns: ["step", ...tracks.map((t) => `track_${t}`)],
    rows: steps.map(([metric, label]) => [label!, ...tracks.map((t) => countCell(sum(metric!, undefined, t)))]),
    chart: { label: 0, values: tracks.map((_, i) => i + 1) },
  };
  const certificates: StatTable = {
    id: "certificates",
    columns: [period, ...tracks.map((t) => `track_${t}`)],
    rows: [...periods].map(([label, inPeriod]) => [
      label,
      ...tracks.map((t) => countCell(over("certificate", inPeriod, t))),
    ]),
    chart: { label: 0, values: tracks.map((_, i) => i + 1), stacked: true },
  };
  const unitRows = units.map(({ unit }) => {
    const r = rollups.units.find((x) => x.unitId === unit.id);
    const validations = r?.validations ?? 0;
    const median = histogramMedian(
      rollups.studyMinutes.filter((s) => s.unitId === unit.id).map((s) => ({ value: s.minutes, count: s.learners })),
    );
    return [
      unitName(unit.id),
      countCell(r?.studied ?? 0),
      countCell(r?.firstAttempts ?? 0),
      ratioCell(r && r.firstAttempts ? round(r.firstPasses / r.firstAttempts) : null, r?.firstAttempts ?? 0),
      countCell(validations),
      ratioCell(r && validations ? round(r.attemptsToValidate / validations, 2) : null, validations),
      ratioCell(median, r?.firstAttempts ?? 0),
    ];
  });
  const unitsTable: StatTable = {
    id: "units",
    columns: ["unit", "studied", "firstAttempts", "firstPassRate", "validations", "meanAttempts", "medianMinutes"],
    rows: unitRows,
    chart: { label: 0, values: [3], ratio: true },
    percent: [3],
  };
  const questionSums = new Map(rollups.questions.map((x) => [`${x.unitId}|${x.questionId}`, x]));
  const choiceCounts = new Map(rollups.choices.map((x) => [`${x.unitId}|${x.questionId}|${x.choiceId}`, x.chosen]));
  const questionRows: StatTable["rows"] = [];
  const choiceRows: StatTable["rows"] = [];
  for (const { unit } of units) {
    for (const question of unit.quiz.questions) {
      const sums = questionSums.get(`${unit.id}|${question.id}`);
      if (!sums) continue;
      const p = difficulty(sums);
      const r = pointBiserial(sums);
      const small = sums.answered < SMALL_CELL;
      const flags = small ? [] : itemFlags(p, r);
      const prompt = localize(question.prompt, locale);
      questionRows.push([
        unitName(unit.id),
        `${question.id} — ${prompt}`,
        countCell(sums.answered),
        ratioCell(round(p), sums.answered),
        ratioCell(round(r), sums.answered),
        small ? null : flags.map((f) => tr(`flag_${f}`)).join(" ; "),
      ]);
      for (const choice of question.choices) {
        const n = choiceCounts.get(`${unit.id}|${question.id}|${choice.id}`) ?? 0;
        // The question by its id alone: its text is in the questions table, not repeated for each choice.
        choiceRows.push([
          question.id,
          `${choice.id} — ${localize(choice.text, locale)}${question.correct.includes(choice.id) ? " ✓" : ""}`,
          countCell(n),
          small || (n > 0 && n < SMALL_CELL) ? SUPPRESSED : round(n / sums.answered),
        ]);
      }
    }
  }
  const tables: StatTable[] = [
    daily,
    weekly,
    funnel,
    certificates,
    unitsTable,
    {
      id: "questions",
      columns: ["question_unit", "question", "answered", "difficulty", "discrimination", "flags"],
      percent: [3],
      rows: questionRows,
    },
    { id: "choices", columns: ["choice_question", "choice", "chosen", "share"], rows: choiceRows, percent: [3] },
  ];
  return tables.map((t) => ({ ...t, columns: t.columns.map(tr) }));
}
