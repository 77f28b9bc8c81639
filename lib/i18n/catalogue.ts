// Every interface message, by locale: the one table next-intl's request config and the server code
// outside a request (emails, PDFs, reports) read.
import enApp from "./messages/en/app.json";
import enMdx from "./messages/en/mdx.json";
import enOrganisations from "./messages/en/organisations.json";
import enPersonal from "./messages/en/personal.json";
import enStaffConsole from "./messages/en/staff-console.json";
import enStaffStatistics from "./messages/en/staff-statistics.json";
import frApp from "./messages/fr/app.json";
import frMdx from "./messages/fr/mdx.json";
import frOrganisations from "./messages/fr/organisations.json";
import frPersonal from "./messages/fr/personal.json";
import frStaffConsole from "./messages/fr/staff-console.json";
import frStaffStatistics from "./messages/fr/staff-statistics.json";
import type { Locale } from "./locales";

const messages: Record<Locale, Record<string, unknown>> = {
  fr: {
    ...frApp,
    mdx: frMdx,
    organisations: frOrganisations,
    personal: frPersonal,
    staffConsole: frStaffConsole,
    staffStatistics: frStaffStatistics,
  },
  en: {
    ...enApp,
    mdx: enMdx,
    organisations: enOrganisations,
    personal: enPersonal,
    staffConsole: enStaffConsole,
    staffStatistics: enStaffStatistics,
  },
};

export function getMessages(locale: Locale) {
  return messages[locale];
}
