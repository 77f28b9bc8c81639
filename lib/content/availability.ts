// The 3-year availability window of a module (pure: takes `now`).
export const AVAILABILITY_YEARS = 3;

export type AvailabilityStatus = "upcoming" | "open" | "closed";

export interface Availability {
  status: AvailabilityStatus;
  opensAt: Date;
  closesAt: Date;
}

/** Opens at 00:00 UTC on the release date; closes at the same instant three years later. */
export function getAvailability(releaseDate: string, now: Date): Availability {
  const opensAt = new Date(`${releaseDate}T00:00:00Z`);
  const closesAt = new Date(opensAt);
  closesAt.setUTCFullYear(closesAt.getUTCFullYear() + AVAILABILITY_YEARS);
  const status = now < opensAt ? "upcoming" : now >= closesAt ? "closed" : "open";
  return { status, opensAt, closesAt };
}

export function isOpen(releaseDate: string, now: Date): boolean {
  return getAvailability(releaseDate, now).status === "open";
}
