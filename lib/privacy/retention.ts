// Retention rules (pure): data is kept at most one year after the end of the training, with 30 days' notice.
export const RETENTION_MS = 365 * 24 * 60 * 60 * 1000;
export const WARNING_NOTICE_MS = 30 * 24 * 60 * 60 * 1000;

/** End of the training: the later of the last certificate issued and the last activity (sign-in, unit, quiz). */
export function endOfTraining(lastActivityAt: Date, lastCertificateAt: Date | null): Date {
  return lastCertificateAt && lastCertificateAt > lastActivityAt ? lastCertificateAt : lastActivityAt;
}

export function retentionDeadline(lastActivityAt: Date, lastCertificateAt: Date | null): Date {
  return new Date(endOfTraining(lastActivityAt, lastCertificateAt).getTime() + RETENTION_MS);
}

export type RetentionAction = "keep" | "warn" | "delete";

/** Deletion only ever happens 30 days or more after a warning was sent for the current period. */
export function retentionAction(deadline: Date, warningSentAt: Date | null, now: Date): RetentionAction {
  if (now.getTime() < deadline.getTime() - WARNING_NOTICE_MS) return "keep";
  // A warning sent before this period's notice window belongs to an earlier period: warn again.
  if (warningSentAt && warningSentAt.getTime() < deadline.getTime() - WARNING_NOTICE_MS) return "warn";
  if (!warningSentAt) return "warn";
  if (now >= deadline && now.getTime() - warningSentAt.getTime() >= WARNING_NOTICE_MS) return "delete";
  return "keep";
}

/**
 * How long the anonymous trace of a data request handled by an account's deletion is kept (privacy policy,
 * « Durée de conservation »): five years, the civil limitation period (Code civil art. 2224) during which the
 * handling may be challenged.
 */
export const ACCOUNTABILITY_MS = 5 * 365 * 24 * 60 * 60 * 1000;
