// Sign-in throttling rules (pure): per-account exponential delay, daily cap, per-IP window.
export const ACCOUNT_FREE_FAILURES = 5;
export const ACCOUNT_BASE_DELAY_MS = 60_000;
export const ACCOUNT_MAX_FAILURES_PER_DAY = 25;
export const ACCOUNT_WINDOW_MS = 24 * 60 * 60 * 1000;
export const IP_MAX_ATTEMPTS = 100;
export const IP_WINDOW_MS = 5 * 60 * 1000;

/**
 * When an account may be tried again after `failures` failures in the window that began at `windowStartedAt`.
 * Nothing blocks before the 5th failure; then 1, 2, 4… minutes; after 25 failures, until the window ends.
 * Every block expires, so an attacker can delay a learner but never lock the account for good.
 */
export function accountBlockedUntil(failures: number, windowStartedAt: Date, now: Date): Date | null {
  if (failures >= ACCOUNT_MAX_FAILURES_PER_DAY) return new Date(windowStartedAt.getTime() + ACCOUNT_WINDOW_MS);
  if (failures < ACCOUNT_FREE_FAILURES) return null;
  const delay = ACCOUNT_BASE_DELAY_MS * 2 ** (failures - ACCOUNT_FREE_FAILURES);
  const until = new Date(now.getTime() + delay);
  const windowEnd = new Date(windowStartedAt.getTime() + ACCOUNT_WINDOW_MS);
  return until < windowEnd ? until : windowEnd;
}

export function retryAfterSeconds(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
}
