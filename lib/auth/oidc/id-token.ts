// The ID token's signature, checked against the provider's published keys. Auth.js (oauth4webapi)
// checks the ID token's issuer, audience, expiry and nonce but, as OpenID Connect Core §3.1.3.7 allows
// for a token received straight from the token endpoint over TLS, not its signature: FranceConnect's
// rules and issue #18 ask for it, so it is verified here before any account is looked up.
import "server-only";
import { createRemoteJWKSet, customFetch, jwtVerify, type JWTPayload } from "jose";
import { discover } from "./discovery";
import { OIDC_PROVIDER_BUDGET_MS, oidcFetch } from "./provider-fetch";
import type { OidcProviderSettings } from "./settings";

const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

export async function keySetOf(issuer: string): Promise<ReturnType<typeof createRemoteJWKSet>> {
  const known = keySets.get(issuer);
  if (known) return known;
  // Within the sign-in step's budget (lib/auth/oidc/provider-fetch.ts), which bounds them both.
  const discovery = await discover(issuer, OIDC_PROVIDER_BUDGET_MS);
  const keySet = createRemoteJWKSet(new URL(discovery.jwks_uri), {
    timeoutDuration: OIDC_PROVIDER_BUDGET_MS,
    [customFetch]: oidcFetch,
  });
  keySets.set(issuer, keySet);
  return keySet;
}

/** The ID token's claims when its signature (RS256 or ES256), issuer and audience hold; null otherwise. */
export async function verifiedIdTokenClaims(
  idToken: unknown,
  settings: OidcProviderSettings,
): Promise<JWTPayload | null> {
  if (typeof idToken !== "string") return null;
  try {
    const { payload } = await jwtVerify(idToken, await keySetOf(settings.issuer), {
      issuer: settings.issuer,
      audience: settings.clientId,
      algorithms: ["RS256", "ES256"],
    });
    return payload;
  } catch {
    return null;
  }
}
