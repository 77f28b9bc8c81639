// Logout at the identity provider (OpenID Connect RP-Initiated Logout 1.0), after the local session has
// ended: the browser goes to the provider's end-session endpoint with the session's ID token as hint and
// a random state, and comes back to /api/auth/oidc-logout-callback, which checks that state against a
// short-lived cookie. A provider that cannot be reached never holds the sign-out back: home page instead.
import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env.mjs";
import { localeOf, type Locale } from "@/lib/i18n/locales";
import { logger } from "@/lib/observability/logger";
import type { SessionOidc } from "../sessions";
import { discover } from "./discovery";
import { configuredOidcProviders } from "./providers";

export const OIDC_LOGOUT_COOKIE = "vigie-oidc-logout";
export const OIDC_LOGOUT_CALLBACK_PATH = "/api/auth/oidc-logout-callback";
const LOGOUT_TTL_SECONDS = 10 * 60;
// A sign-out waits at most this long for a provider's discovery document before landing at home.
const LOGOUT_DISCOVERY_TIMEOUT_MS = 3_000;

export interface ProviderLogout {
  url: string;
  cookie: {
    name: string;
    value: string;
    options: { httpOnly: true; sameSite: "lax"; secure: boolean; path: string; maxAge: number };
  };
}

/** Where to send the browser to end the provider's session too, with the cookie that carries the state; null when it cannot be reached. */
export async function startProviderLogout(oidc: SessionOidc, locale: Locale): Promise<ProviderLogout | null> {
  const settings = configuredOidcProviders().find((p) => p.id === oidc.provider);
  if (!settings) return null;
  let endpoint: string | undefined;
  try {
    endpoint = (await discover(settings.issuer, LOGOUT_DISCOVERY_TIMEOUT_MS)).end_session_endpoint;
  } catch (error) {
    logger.warn({ provider: oidc.provider, err: error }, "oidc logout skipped: provider unreachable");
    return null;
  }
  if (!endpoint) return null;
  const state = randomBytes(24).toString("base64url");
  const url = new URL(endpoint);
  url.searchParams.set("id_token_hint", oidc.idToken);
  url.searchParams.set("state", state);
  url.searchParams.set("post_logout_redirect_uri", `${env.APP_URL}${OIDC_LOGOUT_CALLBACK_PATH}`);
  return {
    url: url.href,
    cookie: {
      name: OIDC_LOGOUT_COOKIE,
      value: `${state}.${locale}`,
      options: {
        httpOnly: true,
        sameSite: "lax",
        secure: env.APP_URL.startsWith("https:"),
        path: OIDC_LOGOUT_CALLBACK_PATH,
        maxAge: LOGOUT_TTL_SECONDS,
      },
    },
  };
}

/**
 * Back from the provider: the page to land on (the home page in the language signed out from) and
 * whether the state sent is the one that came back. A mismatch ends nothing more (the local session
 * is already gone) and is only logged.
 */
export function logoutReturn(cookie: string | undefined, state: string | null): { locale: Locale; matched: boolean } {
  const [sent = "", locale] = (cookie ?? "").split(".");
  const given = Buffer.from(state ?? "");
  const expected = Buffer.from(sent);
  const matched = sent.length > 0 && given.length === expected.length && timingSafeEqual(given, expected);
  return { locale: localeOf(locale), matched };
}
