import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { findModuleSlugs, getModuleOverview, type ModuleOverview } from "@/lib/content/catalogue";
import { Link } from "@/lib/i18n/navigation";
import { UnitLink } from "@/components/course/unit-link";
import { now as clockNow } from "@/lib/clock";
import { Heading } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";

// Static like the catalogue: a module's units become links when it opens.
export const revalidate = 3600;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "siteMap" }))("title") };
}

const link = "text-brand-800 underline underline-offset-2 hover:no-underline";

/** A titled list of links: the site map's parts. */
function LinkSection({
  id,
  title,
  note,
  items,
}: {
  id: string;
  title: string;
  note?: string;
  items: { href: string; label: string }[];
}) {
  return (
    <Section id={id} title={title} frame="plain" prominent>
      {note ? <p className="mt-2 text-slate-700">{note}</p> : null}
      <ul className="mt-3 list-disc space-y-2 pl-6">
        {items.map((item) => (
          <li key={item.href}>
            <Link className={link} href={item.href}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** RGAA 12.1: a second way to reach every page besides the menu. */
export default async function SiteMapPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, shell, pages, auth, tc, format] = await Promise.all([
    getTranslations({ locale, namespace: "siteMap" }),
    getTranslations({ locale, namespace: "shell" }),
    getTranslations({ locale, namespace: "pages" }),
    getTranslations({ locale, namespace: "auth" }),
    getTranslations({ locale, namespace: "catalogue" }),
    getFormatter({ locale }),
  ]);
  const [certificate, account, privacy] = await Promise.all([
    getTranslations({ locale, namespace: "certificate" }),
    getTranslations({ locale, namespace: "account" }),
    getTranslations({ locale, namespace: "privacy" }),
  ]);
  const now = clockNow();
  const modules = findModuleSlugs()
    .map((slug) => getModuleOverview(slug, locale, now))
    .filter((m): m is ModuleOverview => m !== null);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "Europe/Paris" });
  const notOpen = (m: ModuleOverview) =>
    m.availability.status === "upcoming"
      ? tc("upcoming", { date: date(m.availability.opensAt) })
      : tc("closed", { date: date(m.availability.closesAt) });

  return (
    <>
      <Heading level={1}>{t("title")}</Heading>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("lead")}</p>
      <div className="mt-8 grid gap-10 md:grid-cols-2">
        <LinkSection
          id="site-map-public"
          title={t("publicTitle")}
          items={[
            { href: "/", label: shell("home") },
            { href: "/modules", label: shell("modules") },
            { href: "/faq", label: pages("faq") },
            { href: "/glossary", label: pages("glossary") },
            { href: "/verify", label: shell("verify") },
            { href: "/legal", label: pages("legal") },
            { href: "/policies/site", label: pages("policy_site") },
            { href: "/policies/privacy", label: pages("policy_privacy") },
            { href: "/policies/cookies", label: pages("policy_cookies") },
            { href: "/accessibility", label: pages("accessibility") },
          ]}
        />
        <div className="space-y-10">
          <LinkSection
            id="site-map-account"
            title={t("accountTitle")}
            items={[
              { href: "/sign-up", label: auth("signUpTitle") },
              { href: "/sign-in", label: auth("signInTitle") },
              { href: "/forgot-password", label: auth("forgotTitle") },
            ]}
          />
          <LinkSection
            id="site-map-learner"
            title={t("learnerTitle")}
            note={t("learnerNote")}
            items={[
              { href: "/dashboard", label: shell("dashboard") },
              { href: "/certificate", label: certificate("title") },
              { href: "/account", label: account("title") },
              { href: "/account/privacy", label: privacy("title") },
            ]}
          />
        </div>
      </div>
      <Section id="site-map-modules" title={t("modulesTitle")} frame="plain" prominent className="mt-10">
        <ul className="mt-3 space-y-6">
          {modules.map((m) => (
            <li key={m.slug}>
              <h3 className="text-xl font-bold text-brand-900">
                <Link className={link} href={`/modules/${m.slug}`}>
                  {tc("moduleN", { n: m.order })} · {m.title}
                </Link>
              </h3>
              {m.availability.status === "open" ? null : <p className="mt-1 text-slate-700">{notOpen(m)}</p>}
              <ol className="mt-2 list-decimal space-y-1 pl-6 text-slate-800">
                {m.units.map((u) => (
                  <li key={u.slug}>
                    {m.availability.status === "open" ? (
                      <UnitLink className={link} href={`/learn/${m.slug}/${u.slug}`}>
                        {u.title}
                      </UnitLink>
                    ) : (
                      u.title
                    )}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
