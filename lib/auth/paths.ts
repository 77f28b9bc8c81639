// Where an unauthenticated or not-yet-consenting learner is sent, coming back to `next` afterwards.
export function signInPath(locale: string, next: string): string {
  return `/${locale}/sign-in?next=${encodeURIComponent(next)}`;
}

export function acceptPolicyPath(locale: string, next: string): string {
  return `/${locale}/accept-policy?next=${encodeURIComponent(next)}`;
}

export function reauthPath(locale: string, next: string): string {
  return `/${locale}/reauth?next=${encodeURIComponent(next)}`;
}
