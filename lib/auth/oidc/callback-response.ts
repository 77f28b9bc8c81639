// The answer to the provider's redirect back to /api/auth/callback/<provider>, adjusted once Auth.js has
// made it. Every request to the provider in it (discovery, token, userinfo, keys) shares one time budget
// (lib/auth/oidc/provider-fetch.ts); when the provider could not be reached, the refusal says so
// (?oidc=unavailable) instead of the generic one. Auth.js's own refusals (its error page, /fr/sign-in)
// are sent to the sign-in page in the language the sign-in started in, as the app's are.
import "server-only";
import type { NextRequest } from "next/server";
import { isLocale } from "@/lib/i18n/locales";
import { OIDC_PROVIDER_IDS } from "./settings";
import { inOidcStep, newOidcStep } from "./provider-fetch";
import { startLocaleOf } from "./start-locale";

const CALLBACK_PATHS = new Set(OIDC_PROVIDER_IDS.map((id) => `/api/auth/callback/${id}`));

export function isOidcCallback(request: Request): boolean {
  return CALLBACK_PATHS.has(new URL(request.url).pathname);
}

/** A redirect to a sign-in page (/fr/sign-in, /en/sign-in): the app's refusals and Auth.js's error page. */
function signInRedirect(response: Response, base: string): URL | null {
  const location = response.headers.get("location");
  if (!location || response.status < 300 || response.status >= 400) return null;
  const target = new URL(location, base);
  const [, locale, page, ...rest] = target.pathname.split("/");
  return isLocale(locale) && page === "sign-in" && rest.length === 0 ? target : null;
}

export async function answerOidcCallback(
  request: NextRequest,
  handle: (request: NextRequest) => Promise<Response>,
): Promise<Response> {
  const step = newOidcStep();
  const response = await inOidcStep(step, () => handle(request));
  const target = signInRedirect(response, request.url);
  if (!target) return response;
  target.pathname = `/${startLocaleOf((name) => request.cookies.get(name)?.value)}/sign-in`;
  if (step.unreachable) target.search = "?oidc=unavailable";
  const headers = new Headers(response.headers);
  headers.set("location", target.href);
  return new Response(null, { status: response.status, headers });
}
