// "Link FranceConnect to my account", started from the profile: a short-lived signed cookie naming the
// session that asked and the provider, so the OIDC callback links an unknown identity to the signed-in
// account only when this browser's own session started that very link (never a sign-in that merely
// happens while signed in, which could be forced on a signed-in person to graft another identity).
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { cookies } from "next/headers";
import { now as clockNow } from "@/lib/clock";
import { env } from "@/lib/env.mjs";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { hashToken } from "../tokens";
import { OIDC_PROVIDER_IDS, type OidcProviderId } from "./settings";

export const LINK_INTENT_COOKIE = "vigie-oidc-link";
const LINK_INTENT_TTL_MS = 10 * 60_000;

export interface LinkIntent {
  /** The SHA-256 of the session id that asked (the id itself never leaves the session cookie). */
  sessionHash: string;
  provider: OidcProviderId;
  locale: Locale;
}

const mac = (payload: string, secret: string) =>
  createHmac("sha256", secret).update(`oidc-link:${payload}`).digest("base64url");

export function sealLinkIntent(sid: string, provider: OidcProviderId, locale: Locale, secret: string, now: Date) {
  const payload = `${hashToken(sid)}.${provider}.${locale}.${now.getTime() + LINK_INTENT_TTL_MS}`;
  return `${payload}.${mac(payload, secret)}`;
}

export function openLinkIntent(value: string | undefined, secret: string, now: Date): LinkIntent | null {
  const parts = value?.split(".") ?? [];
  if (parts.length !== 5) return null;
  const [sessionHash, provider, locale, expires, given] = parts as [string, string, string, string, string];
  const expected = Buffer.from(mac(`${sessionHash}.${provider}.${locale}.${expires}`, secret));
  if (expected.length !== Buffer.byteLength(given) || !timingSafeEqual(expected, Buffer.from(given))) return null;
  if (!(Number(expires) > now.getTime())) return null;
  if (!(OIDC_PROVIDER_IDS as readonly string[]).includes(provider) || !isLocale(locale)) return null;
  return { sessionHash, provider: provider as OidcProviderId, locale };
}

export async function setLinkIntent(sid: string, provider: OidcProviderId, locale: Locale): Promise<void> {
  (await cookies()).set(LINK_INTENT_COOKIE, sealLinkIntent(sid, provider, locale, env.AUTH_SECRET, clockNow()), {
    httpOnly: true,
    sameSite: "lax",
    secure: env.APP_URL.startsWith("https:"),
    path: "/",
    maxAge: LINK_INTENT_TTL_MS / 1000,
  });
}

/** The link this browser asked for, if any; the cookie is used once. */
export async function takeLinkIntent(): Promise<LinkIntent | null> {
  const jar = await cookies();
  const value = jar.get(LINK_INTENT_COOKIE)?.value;
  if (value === undefined) return null;
  jar.delete(LINK_INTENT_COOKIE);
  return openLinkIntent(value, env.AUTH_SECRET, clockNow());
}
