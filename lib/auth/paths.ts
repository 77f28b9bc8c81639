// Where an unauthenticated or not-yet-consenting learner is sent, coming back to `next` afterwards.

/** Why the sign-in page was reached, said there in a sentence: a fixed list, anything else is ignored. */
export const SIGN_IN_REASONS = ["module", "staff"] as const;
export type SignInReason = (typeof SIGN_IN_REASONS)[number];

export function signInReasonOf(value: unknown): SignInReason | null {
  return (SIGN_IN_REASONS as readonly unknown[]).includes(value) ? (value as SignInReason) : null;
}

export function signInPath(locale: string, next: string, reason?: SignInReason): string {
  return `/${locale}/sign-in?next=${encodeURIComponent(next)}${reason ? `&reason=${reason}` : ""}`;
}

export function acceptPolicyPath(locale: string, next: string): string {
  return `/${locale}/accept-policy?next=${encodeURIComponent(next)}`;
}

export function reauthPath(locale: string, next: string): string {
  return `/${locale}/reauth?next=${encodeURIComponent(next)}`;
}

/** The sign-in's second step, for staff only: enrol an authenticator, or type its code. */
export function secondFactorPath(locale: string, next: string): string {
  return `/${locale}/sign-in/second-factor?next=${encodeURIComponent(next)}`;
}
