// The answer's legal deadline (pure): one month from receipt (GDPR art. 12(3)), a calendar month on
// the French calendar, so 31 January runs to the end of February, not to 2 or 3 March.
import { addMonths } from "date-fns";
import type { DataRequestStatus } from "./request-vocabulary";

const PARIS_DAY = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Paris",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day (YYYY-MM-DD) an instant falls on in Paris. */
export function parisDay(at: Date): string {
  return PARIS_DAY.format(at);
}

/** The last day (YYYY-MM-DD, Paris) on which the answer is due. */
export function responseDeadline(receivedAt: Date): string {
  const [y, m, d] = parisDay(receivedAt).split("-").map(Number) as [number, number, number];
  // A local date only carries the day through date-fns' month arithmetic; the time zone plays no part.
  const due = addMonths(new Date(y, m - 1, d), 1);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${due.getFullYear()}-${pad(due.getMonth() + 1)}-${pad(due.getDate())}`;
}

/** A deadline day (YYYY-MM-DD) as an instant to format, at noon UTC so no time zone moves it to another day. */
export const deadlineDate = (day: string) => new Date(`${day}T12:00:00Z`);

/** Open and past its last day. */
export function isOverdue(request: { status: DataRequestStatus; createdAt: Date }, now: Date): boolean {
  const open = request.status === "received" || request.status === "in_progress";
  return open && parisDay(now) > responseDeadline(request.createdAt);
}

/** The queue's order: overdue first (oldest deadline first), then the other open requests by deadline, then the handled ones, newest first. */
export function queueOrder<T extends { status: DataRequestStatus; createdAt: Date; updatedAt: Date }>(
  requests: T[],
  now: Date,
): T[] {
  const rank = (r: T) => (isOverdue(r, now) ? 0 : r.status === "received" || r.status === "in_progress" ? 1 : 2);
  return [...requests].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0) return byRank;
    if (rank(a) === 2) return b.updatedAt.getTime() - a.updatedAt.getTime();
    return a.createdAt.getTime() - b.createdAt.getTime();
  });
}
