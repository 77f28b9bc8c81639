// Auth.js's signIn callback for an OIDC provider, after the ID token and userinfo were verified: a
// known identity gets a server-side session (its id handed to the jwt callback on `user.sid`); any
// other outcome sends the person back to the sign-in page with a reason and no session.
import "server-only";
import { cookies, headers } from "next/headers";
import { clientIp } from "@/lib/net/request-ip";
import { logger } from "@/lib/observability/logger";
import { endCookieSession } from "../sessions";
import { signInWithIdentity } from "./identities";
import { verifiedIdTokenClaims } from "./id-token";
import { identityFromClaims } from "./identity";
import { setPendingIdentity } from "./pending-cookie";
import { configuredOidcProviders } from "./providers";
import type { OidcRefusal } from "./refusals";
import { OIDC_ACR } from "./auth-providers";

const refusedTo = (reason: OidcRefusal) => `/fr/sign-in?oidc=${reason}`;

export async function oidcSignIn(
  user: { sid?: string },
  account: { provider: string; id_token?: unknown },
  profile: unknown,
): Promise<true | string> {
  const settings = configuredOidcProviders().find((p) => p.id === account.provider);
  const idToken = settings ? await verifiedIdTokenClaims(account.id_token, settings) : null;
  if (!idToken) {
    logger.warn({ provider: account.provider }, "oidc sign-in refused: ID token signature not verified");
    return refusedTo("invalid");
  }
  if (idToken.acr !== OIDC_ACR) return refusedTo("acr");
  const identity = identityFromClaims(account.provider, profile);
  if (!identity || identity.subject !== idToken.sub) {
    logger.warn({ provider: account.provider }, "oidc sign-in refused: claims missing or malformed");
    return refusedTo("invalid");
  }
  const result = await signInWithIdentity(identity, clientIp(await headers()));
  if (!result.ok && result.reason === "unknown") {
    // Never an account created silently: the person completes a registration step first.
    await setPendingIdentity(identity);
    return "/fr/sign-up/identity";
  }
  if (!result.ok) return refusedTo(result.reason);
  const jar = await cookies();
  await endCookieSession((name) => jar.get(name)?.value);
  user.sid = result.sid;
  return true;
}
