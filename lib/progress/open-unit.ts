// The one unit a visitor may study without an account ("try before signing up"): the first unit of
// module 1, its video, lesson and animations. It is the one deliberate exception to the unit-page gate
// (lib/progress/unit-gate.ts), the one unit page in the site map (app/sitemap.ts; app/robots.ts says
// why no unit page is disallowed), and its quiz asks a visitor to create an account. Pure: no database, no Next, no file system
// (tests/unit/progress/open-unit.test.ts checks these slugs against the course content).
import { readUnitPath } from "@/lib/auth/unit-path";
import { LOCALES } from "@/lib/i18n/locales";

export const OPEN_UNIT = {
  id: "m1-u1",
  moduleSlug: "comprendre-la-menace",
  unitSlug: "qu-est-ce-que-le-terrorisme",
} as const;

export function isOpenUnit(moduleSlug: string, unitSlug: string): boolean {
  return moduleSlug === OPEN_UNIT.moduleSlug && unitSlug === OPEN_UNIT.unitSlug;
}

/** The open unit's page, without the locale: /learn/<module>/<unit>. */
export const OPEN_UNIT_PATH = `/learn/${OPEN_UNIT.moduleSlug}/${OPEN_UNIT.unitSlug}`;

/** Its page in every locale. */
export const OPEN_UNIT_PAGES = LOCALES.map((locale) => `/${locale}${OPEN_UNIT_PATH}`);

/**
 * Whether a sign-up or sign-in returns to the open unit or to its quiz: the visitor came from it, so the
 * new session records the lesson as opened, at that moment (never earlier: the minimum study time of
 * lib/progress/study-time.ts counts from it, as from any first view).
 */
export function returnsToOpenUnit(next: string | undefined): boolean {
  if (!next) return false;
  const path = next.split(/[?#]/)[0]!;
  const unit = readUnitPath(path.replace(/\/quiz\/?$/, ""));
  return unit !== null && !unit.segmentPrefetch && isOpenUnit(unit.moduleSlug, unit.unitSlug);
}
