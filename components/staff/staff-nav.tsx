// The staff area's pages, named where each staff page starts; the current one is marked for assistive technology.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

const PAGES = [
  { key: "navHome", path: "" },
  { key: "navStatistics", path: "/statistics" },
  { key: "navAudit", path: "/audit" },
  { key: "navPolicies", path: "/policies" },
] as const;

type StaffPath = (typeof PAGES)[number]["path"];
type NavLabels = Record<(typeof PAGES)[number]["key"] | "nav", string>;

/** Read by the page (a synchronous nav renders anywhere, static markup included). */
export async function staffNavLabels(locale: string): Promise<NavLabels> {
  const t = await getTranslations({ locale, namespace: "staffConsole" });
  return {
    nav: t("nav"),
    navHome: t("navHome"),
    navStatistics: t("navStatistics"),
    navAudit: t("navAudit"),
    navPolicies: t("navPolicies"),
  };
}

/** `current` is left out on a page below a staff page (a request's own page): no link is the page itself. */
export function StaffNav({ locale, current, labels }: { locale: string; current?: StaffPath; labels: NavLabels }) {
  return (
    <nav aria-label={labels.nav} className="mb-6">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {PAGES.map(({ key, path }) => (
          <li key={key}>
            <Link
              href={`/${locale}/staff${path}`}
              aria-current={path === current ? "page" : undefined}
              className="text-brand-800 underline aria-[current=page]:font-semibold aria-[current=page]:no-underline"
            >
              {labels[key]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
