// The statistics filters (pure): a date range in Paris days and a track, from the query string.
import { z } from "zod";
import { TRACKS } from "@/lib/account/tracks";

/** The longest range one page or CSV may ask for: a bounded read of the rollups whatever the input. */
export const MAX_RANGE_DAYS = 731;
export const DEFAULT_RANGE_DAYS = 30;
/** Beyond this many days the page shows the day-by-day tables by week (the CSVs keep every day). */
export const MAX_DAILY_ROWS = 92;
const EARLIEST = "2024-01-01";

export type TrackFilter = (typeof TRACKS)[number] | "all";
export interface StatisticsFilters {
  from: string;
  to: string;
  track: TrackFilter;
}
export type FilterError = "invalidDate" | "reversed" | "tooLong" | "outOfRange" | "invalidTrack";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A real calendar day (2026-02-30 is not one), as YYYY-MM-DD. */
function validDay(value: string): boolean {
  if (!isoDay.safeParse(value).success) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The Monday of the ISO week a day belongs to. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const querySchema = z.object({
  from: z.string().max(32).optional(),
  to: z.string().max(32).optional(),
  track: z.string().max(32).optional(),
});

/**
 * Reads the filters; missing fields take defaults (the last 30 days to `today`, every track). A bad value
 * gives the defaults back with the error to show, never a query on it.
 */
export function parseFilters(
  input: Record<string, string | string[] | undefined>,
  today: string,
): { filters: StatisticsFilters; error: FilterError | null } {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  const defaults: StatisticsFilters = { from: addDays(today, -(DEFAULT_RANGE_DAYS - 1)), to: today, track: "all" };
  const parsed = querySchema.safeParse({ from: first(input.from), to: first(input.to), track: first(input.track) });
  if (!parsed.success) return { filters: defaults, error: "invalidDate" };
  const { from = defaults.from, to = defaults.to, track = "all" } = parsed.data;
  const refuse = (error: FilterError) => ({ filters: defaults, error });
  if (track !== "all" && !(TRACKS as readonly string[]).includes(track)) return refuse("invalidTrack");
  if (!validDay(from) || !validDay(to)) return refuse("invalidDate");
  if (from > to) return refuse("reversed");
  if (from < EARLIEST || to > addDays(today, 1)) return refuse("outOfRange");
  if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS) return refuse("tooLong");
  return { filters: { from, to, track: track as TrackFilter }, error: null };
}

const firstOfMonth = (day: string) => `${day.slice(0, 8)}01`;
const firstOfNextMonth = (day: string) => {
  const d = new Date(`${firstOfMonth(day)}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
};

/** Inclusive ranges of days. */
export interface DayRange {
  from: string;
  to: string;
}

/**
 * A range split for the month rollups: the first days of the whole calendar months it covers (inclusive,
 * null when none), and the days before and after them, which only the day rollups can answer.
 */
export function splitByMonths(from: string, to: string): { months: DayRange | null; days: DayRange[] } {
  const firstWhole = from.endsWith("-01") ? from : firstOfNextMonth(from);
  const afterWhole = firstOfNextMonth(to) === addDays(to, 1) ? addDays(to, 1) : firstOfMonth(to);
  if (firstWhole >= afterWhole) return { months: null, days: [{ from, to }] };
  const days: DayRange[] = [];
  if (from < firstWhole) days.push({ from, to: addDays(firstWhole, -1) });
  if (afterWhole <= to) days.push({ from: afterWhole, to });
  return { months: { from: firstWhole, to: firstOfMonth(addDays(afterWhole, -1)) }, days };
}

/** The calendar day in Paris (the rollups' day) of an instant, as YYYY-MM-DD. */
export function parisDay(at: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(at);
}
