// FranceConnect v2 and ProConnect answer userinfo with a signed JWT. Auth.js decodes it without checking
// its signature, so the names a certificate will carry are read again here from the userinfo endpoint
// and, when they come signed, kept only if the signature (the provider's published keys), issuer and
// audience hold. A plain JSON answer (a provider that does not sign) is left to Auth.js's reading.
import "server-only";
import { jwtVerify, type JWTPayload } from "jose";
import { discover } from "./discovery";
import { keySetOf } from "./id-token";
import { OIDC_PROVIDER_BUDGET_MS, oidcFetch } from "./provider-fetch";
import type { OidcProviderSettings } from "./settings";

export type UserinfoCheck =
  { kind: "signed"; claims: JWTPayload } | { kind: "unsigned" } | { kind: "invalid" } | { kind: "unreachable" };

export async function checkUserinfo(accessToken: unknown, settings: OidcProviderSettings): Promise<UserinfoCheck> {
  if (typeof accessToken !== "string") return { kind: "invalid" };
  let response: Response;
  try {
    const { userinfo_endpoint: endpoint } = await discover(settings.issuer, OIDC_PROVIDER_BUDGET_MS);
    if (!endpoint) return { kind: "unsigned" };
    response = await oidcFetch(endpoint, { headers: { Authorization: `Bearer ${accessToken}` } });
  } catch {
    return { kind: "unreachable" };
  }
  if (!response.ok) return { kind: response.status >= 500 ? "unreachable" : "invalid" };
  if (!/^application\/jwt\b/i.test(response.headers.get("content-type") ?? "")) return { kind: "unsigned" };
  try {
    const { payload } = await jwtVerify((await response.text()).trim(), await keySetOf(settings.issuer), {
      issuer: settings.issuer,
      audience: settings.clientId,
      algorithms: ["RS256", "ES256"],
    });
    return { kind: "signed", claims: payload };
  } catch {
    return { kind: "invalid" };
  }
}
