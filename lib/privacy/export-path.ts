// The "download my data" route, linked from the privacy page and allowed as the way back after /reauth.
import { isLocale, type Locale } from "@/lib/i18n/locales";

export const EXPORT_PATH = "/api/account/export";

/** The link of the page read in `locale`: after a pause, the password is asked in that language. */
export function exportHref(locale: Locale): string {
  return `${EXPORT_PATH}?locale=${locale}`;
}

/** Whether `path` is the download, as linked (a post-sign-in destination accepted as is). */
export function isExportHref(path: string): boolean {
  if (path === EXPORT_PATH) return true;
  const prefix = `${EXPORT_PATH}?locale=`;
  return path.startsWith(prefix) && isLocale(path.slice(prefix.length));
}
