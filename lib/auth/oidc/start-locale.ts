// The language an OIDC sign-in started in, read back when the provider sends the person to the callback:
// Auth.js's callback-url cookie holds the page asked for (always /fr/… or /en/…, lib/auth/schemas.ts
// safeNextPath), so a refusal or the registration step answers in the person's language. Pure.
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

export const CALLBACK_URL_COOKIES = ["__Secure-authjs.callback-url", "authjs.callback-url"] as const;

export function startLocaleOf(readCookie: (name: string) => string | undefined): Locale {
  for (const name of CALLBACK_URL_COOKIES) {
    const value = readCookie(name);
    if (!value) continue;
    try {
      const segment = new URL(value, "http://localhost").pathname.split("/")[1];
      if (isLocale(segment)) return segment;
    } catch {
      /* not a URL: the next cookie, or French */
    }
  }
  return DEFAULT_LOCALE;
}
