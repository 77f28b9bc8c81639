import { getTranslations } from "next-intl/server";
import { gridConformance } from "@/lib/accessibility/rgaa-grid-file";
import { Link } from "@/lib/i18n/navigation";
import { ContactEmail } from "./contact-address";

export async function SiteFooter({ locale }: { locale: string }) {
  const t = await getTranslations({ locale, namespace: "shell" });
  const links = [
    { href: "/site-map", label: t("siteMap") },
    { href: "/legal", label: t("legal") },
    { href: "/policies/privacy", label: t("privacy") },
    { href: "/policies/cookies", label: t("cookies") },
    { href: "/policies/site", label: t("sitePolicy") },
    { href: "/accessibility", label: t("accessibility", { state: gridConformance().state }) },
    { href: "/faq", label: t("faq") },
    { href: "/glossary", label: t("glossary") },
  ];
  return (
    <footer className="mt-auto border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
        <nav aria-label={t("footerNav")}>
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="text-brand-800 underline underline-offset-2 hover:no-underline">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="mt-4">
          {t("contact")} <ContactEmail className="text-brand-800 underline underline-offset-2 hover:no-underline" />
        </p>
        <p className="mt-2">{t("footerNote")}</p>
      </div>
    </footer>
  );
}
