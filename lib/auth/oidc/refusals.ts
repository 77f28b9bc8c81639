// Why an OIDC sign-in came back to the sign-in page: the app's own reasons (?oidc=, set by
// lib/auth/oidc/callback.ts; "unavailable" by lib/auth/oidc/callback-response.ts when the provider could
// not be reached) or any error Auth.js reported (?error=: state, code, audience, nonce…).
export const OIDC_REFUSALS = [
  "invalid",
  "acr",
  "unknown",
  "unconfirmed",
  "throttled",
  "expired",
  "unavailable",
] as const;
export type OidcRefusal = (typeof OIDC_REFUSALS)[number];

export function oidcRefusalOf(oidc: unknown, error: unknown): OidcRefusal | "error" | null {
  if (typeof oidc === "string" && (OIDC_REFUSALS as readonly string[]).includes(oidc)) return oidc as OidcRefusal;
  return typeof error === "string" && error ? "error" : null;
}
