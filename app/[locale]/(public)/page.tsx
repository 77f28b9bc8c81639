import { getTranslations, setRequestLocale } from "next-intl/server";
import { findModuleCards } from "@/lib/content/catalogue";
import { Link } from "@/lib/i18n/navigation";
import { ModuleCard } from "@/components/course/module-card";
import { HomeResume } from "@/components/personal/home-resume";
import { now as clockNow } from "@/lib/clock";
import { buttonStyles } from "@/components/ui/button";
import { Section } from "@/components/ui/section";

export const revalidate = 3600;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "home" });
  const modules = findModuleCards(locale, clockNow());
  const steps = [1, 2, 3] as const;
  return (
    <>
      <section className="rounded-xl bg-brand-50 px-6 py-10 sm:px-10">
        <h1 className="max-w-3xl text-3xl font-bold text-brand-900 sm:text-4xl">{t("title")}</h1>
        <p className="mt-4 max-w-3xl text-lg text-slate-800">{t("lead")}</p>
        <p className="mt-3 text-slate-700">{t("facts")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <HomeResume visitorLabel={t("cta")} />
          <Link href="/modules" className={buttonStyles("secondary", "xl")}>
            {t("ctaSecondary")}
          </Link>
        </div>
      </section>
      <Section id="how" title={t("howTitle")} frame="plain" prominent className="mt-10">
        <ol className="mt-4 grid gap-4 sm:grid-cols-3">
          {steps.map((n) => (
            <li key={n} className="rounded-lg border border-slate-200 p-5">
              <h3 className="text-lg font-semibold text-brand-800">
                <span
                  aria-hidden="true"
                  className="mr-1 inline-flex h-7 w-7 items-center justify-center rounded-full bg-brand-800 text-white"
                >
                  {n}
                </span>{" "}
                {t(`how${n}Title`)}
              </h3>
              <p className="mt-2 text-slate-700">{t(`how${n}`)}</p>
            </li>
          ))}
        </ol>
      </Section>
      <Section id="modules" title={t("modulesTitle")} frame="plain" prominent className="mt-10">
        <div className="mt-4 grid gap-4 md:grid-cols-3">
          {modules.map((m) => (
            <ModuleCard key={m.slug} module={m} locale={locale} headingLevel={3} />
          ))}
        </div>
      </Section>
    </>
  );
}
