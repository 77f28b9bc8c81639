// The languages of the interface and the content, defined once for the schema, the rules and the pages.
// No zod here: the routing (lib/i18n/routing.ts) brings this module into every page's script.

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** A form's locale field: anything else (missing, forged) falls back to French. */
export function localeOf(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
