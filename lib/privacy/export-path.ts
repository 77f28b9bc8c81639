// The "download my data" route, and the way back to it after /reauth: the privacy page with
// ?export=start, which starts the download (components/account/start-download.tsx).
import type { Locale } from "@/lib/i18n/locales";

export const EXPORT_PATH = "/api/account/export";
export const EXPORT_START_PARAM = "export";

/** The link of the page read in `locale`: after a pause, the password is asked in that language. */
export function exportHref(locale: Locale): string {
  return `${EXPORT_PATH}?locale=${locale}`;
}

/** Where /reauth sends the learner back: the privacy page, which then starts the download. */
export function exportAfterReauthPath(locale: Locale): string {
  return `/${locale}/account/privacy?${EXPORT_START_PARAM}=start`;
}
