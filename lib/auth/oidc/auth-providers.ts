// The Auth.js providers for the configured OIDC federations: authorization code flow with PKCE, state
// and nonce checked, each federation's scopes, the acr both ask for, client_secret_post; the ID token's
// issuer, audience, expiry and nonce are verified by Auth.js (oauth4webapi) before any callback runs.
import type { OIDCConfig } from "next-auth/providers";
import type { OidcProviderSettings } from "./settings";

/** What each federation documents: FranceConnect's birth date is used (age 15), ProConnect has none. */
export const OIDC_SCOPES = {
  franceconnect: "openid given_name family_name email birthdate",
  proconnect: "openid given_name usual_name email",
} as const;
export const OIDC_ACR = "eidas1";

export const OIDC_PROVIDER_NAMES = { franceconnect: "FranceConnect", proconnect: "ProConnect" } as const;

export function oidcAuthProvider(settings: OidcProviderSettings): OIDCConfig<{ sub: string }> {
  return {
    id: settings.id,
    name: OIDC_PROVIDER_NAMES[settings.id],
    type: "oidc",
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    checks: ["pkce", "state", "nonce"],
    // The names, email and birth date come from userinfo, as both federations serve them (ProConnect as a
    // signed JWT, which Auth.js reads); its `sub` must equal the verified ID token's.
    idToken: false,
    client: { token_endpoint_auth_method: "client_secret_post" },
    authorization: { params: { scope: OIDC_SCOPES[settings.id], acr_values: OIDC_ACR } },
    // Nothing from the provider goes into the session cookie (see the jwt callback).
    profile: (claims) => ({ id: claims.sub }),
  };
}
