// The staff area's pages, named where each staff page starts; the current one is marked for assistive technology.
import Link from "next/link";
import { getTranslations } from "next-intl/server";

const PAGES = [
  { key: "navHome", path: "" },
  { key: "navAudit", path: "/audit" },
  { key: "navPolicies", path: "/policies" },
] as const;

export async function StaffNav({ locale, current }: { locale: string; current: (typeof PAGES)[number]["path"] }) {
  const t = await getTranslations({ locale, namespace: "staffConsole" });
  return (
    <nav aria-label={t("nav")} className="mb-6">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {PAGES.map(({ key, path }) => (
          <li key={key}>
            <Link
              href={`/${locale}/staff${path}`}
              aria-current={path === current ? "page" : undefined}
              className="text-brand-800 underline aria-[current=page]:font-semibold aria-[current=page]:no-underline"
            >
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
