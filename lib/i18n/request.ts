// Loads the interface messages of the request's locale (next-intl).
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import enApp from "./messages/en/app.json";
import enMdx from "./messages/en/mdx.json";
import enPersonal from "./messages/en/personal.json";
import enStaffConsole from "./messages/en/staff-console.json";
import frApp from "./messages/fr/app.json";
import frMdx from "./messages/fr/mdx.json";
import frPersonal from "./messages/fr/personal.json";
import frStaffConsole from "./messages/fr/staff-console.json";
import type { Locale } from "./locales";
import { routing } from "./routing";

const messages: Record<Locale, Record<string, unknown>> = {
  fr: { ...frApp, mdx: frMdx, personal: frPersonal, staffConsole: frStaffConsole },
  en: { ...enApp, mdx: enMdx, personal: enPersonal, staffConsole: enStaffConsole },
};

export function getMessages(locale: Locale) {
  return messages[locale];
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: messages[locale], timeZone: "Europe/Paris" };
});
