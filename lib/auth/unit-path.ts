// Which unit page a request path leads to, read the way Next's router reads it, so that no spelling
// of a unit path escapes the gate: each segment percent-decoded on its own (an encoded "/" stays
// inside its segment, as in Next's decodePathParams), Next's transport suffixes removed, and empty
// segments ignored (Next redirects a double or trailing slash first; gating them too costs nothing).
import { isLocale, type Locale } from "@/lib/i18n/locales";

export interface UnitPath {
  locale: Locale;
  moduleSlug: string;
  unitSlug: string;
  /** The canonical spelling of the page: where sign-in sends the learner back. */
  path: string;
  /** A segment-prefetch transport path (…/unit.segments/….segment.rsc): never a visit. */
  segmentPrefetch: boolean;
}

const SEGMENT_SUFFIX = /\.segments\/.+\.segment(?:\.rsc)?$/;
const RSC_SUFFIX = /\.rsc$/;

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null; // malformed escape: the router refuses the path too
  }
}

export function readUnitPath(pathname: string): UnitPath | null {
  const segmentPrefetch = SEGMENT_SUFFIX.test(pathname);
  const bare = pathname.replace(SEGMENT_SUFFIX, "").replace(RSC_SUFFIX, "");
  const segments = bare
    .split("/")
    .filter((segment) => segment !== "")
    .map(decodeSegment);
  if (segments.length !== 4) return null;
  const [locale, section, moduleSlug, unitSlug] = segments;
  if (!isLocale(locale) || section !== "learn" || !moduleSlug || !unitSlug) return null;
  const path = `/${locale}/learn/${encodeURIComponent(moduleSlug)}/${encodeURIComponent(unitSlug)}`;
  return { locale, moduleSlug, unitSlug, path, segmentPrefetch };
}
