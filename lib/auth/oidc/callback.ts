// Auth.js's signIn callback for an OIDC provider, after the ID token and userinfo were verified: a
// link asked for from the profile links the identity to the signed-in account (and back to the profile);
// otherwise a known identity gets a server-side session (its id handed to the jwt callback on `user.sid`,
// the raw ID token kept on the session for the logout at the provider); any other outcome sends the
// person back to the sign-in page with a reason and no session, in the language the sign-in started in.
import "server-only";
import { cookies, headers } from "next/headers";
import { clientIp } from "@/lib/net/request-ip";
import { logger } from "@/lib/observability/logger";
import { sessionIdFromCookies } from "../session-cookie";
import { endCookieSession } from "../sessions";
import { hashToken } from "../tokens";
import { signInWithIdentity } from "./identities";
import { verifiedIdTokenClaims } from "./id-token";
import { identityFromClaims } from "./identity";
import { linkToSession } from "./link";
import { takeLinkIntent } from "./link-intent";
import { setPendingIdentity } from "./pending-cookie";
import { configuredOidcProviders } from "./providers";
import type { OidcRefusal } from "./refusals";
import { acrSatisfies } from "./acr";
import { checkUserinfo } from "./userinfo";
import { startLocaleOf } from "./start-locale";
import { OIDC_ACR } from "./auth-providers";

export async function oidcSignIn(
  user: { sid?: string },
  account: { provider: string; id_token?: unknown; access_token?: unknown },
  profile: unknown,
): Promise<true | string> {
  const jar = await cookies();
  const locale = startLocaleOf((name) => jar.get(name)?.value);
  const refusedTo = (reason: OidcRefusal) => `/${locale}/sign-in?oidc=${reason}`;
  const settings = configuredOidcProviders().find((p) => p.id === account.provider);
  const claims = settings ? await verifiedIdTokenClaims(account.id_token, settings) : null;
  if (!settings || !claims) {
    logger.warn({ provider: account.provider }, "oidc sign-in refused: ID token signature not verified");
    return refusedTo("invalid");
  }
  if (!acrSatisfies(claims.acr, OIDC_ACR)) return refusedTo("acr");
  const userinfo = await checkUserinfo(account.access_token, settings);
  if (userinfo.kind === "unreachable") return refusedTo("unavailable");
  if (userinfo.kind === "invalid") {
    logger.warn({ provider: account.provider }, "oidc sign-in refused: signed userinfo not verified");
    return refusedTo("invalid");
  }
  const identity = identityFromClaims(account.provider, userinfo.kind === "signed" ? userinfo.claims : profile);
  if (!identity || identity.subject !== claims.sub) {
    logger.warn({ provider: account.provider }, "oidc sign-in refused: claims missing or malformed");
    return refusedTo("invalid");
  }
  const idToken = account.id_token as string; // its signature verified above
  const intent = await takeLinkIntent();
  const sid = await sessionIdFromCookies((name) => jar.get(name)?.value);
  if (intent && sid && intent.sessionHash === hashToken(sid) && intent.provider === identity.provider) {
    const outcome = await linkToSession(identity, sid);
    return `/${intent.locale}/account?link=${outcome}#sign-in-methods`;
  }
  const result = await signInWithIdentity(identity, clientIp(await headers()), undefined, idToken);
  if (!result.ok && result.reason === "unknown") {
    // Never an account created or linked silently: the person completes a registration step first, or
    // proves they own the account that has this verified email.
    await setPendingIdentity({ ...identity, idToken });
    return `/${locale}/sign-up/identity`;
  }
  if (!result.ok) return refusedTo(result.reason);
  await endCookieSession((name) => jar.get(name)?.value);
  user.sid = result.sid;
  return true;
}
