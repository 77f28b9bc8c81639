// When to warn that a session is about to end (RGAA 13.1, WCAG 2.2.1): pure, used in the browser.

/** Warned this long before the end: time to read the warning and extend, well beyond WCAG's 20 s. */
export const SESSION_WARNING_MS = 5 * 60 * 1000;

export type SessionPhase = "active" | "ending" | "ended";

export function sessionPhase(expiresAt: Date, now: Date): SessionPhase {
  const left = expiresAt.getTime() - now.getTime();
  if (left <= 0) return "ended";
  return left <= SESSION_WARNING_MS ? "ending" : "active";
}

/** Milliseconds until the phase may change (capped, since timers drift over hours of sleep). */
export function nextCheckIn(expiresAt: Date, now: Date): number {
  const left = expiresAt.getTime() - now.getTime();
  const untilWarning = left - SESSION_WARNING_MS;
  const next = untilWarning > 0 ? untilWarning : left > 0 ? Math.min(left, 30_000) : 60_000;
  return Math.max(1_000, Math.min(next, 60_000));
}
