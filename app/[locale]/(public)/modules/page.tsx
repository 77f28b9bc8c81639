import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { findModuleCards } from "@/lib/content/catalogue";
import { ModuleCard } from "@/components/course/module-card";
import { now as clockNow } from "@/lib/clock";
import { Heading } from "@/components/ui/heading";

export const revalidate = 3600;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "catalogue" }))("title") };
}

export default async function CataloguePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "catalogue" });
  return (
    <>
      <Heading level={1}>{t("title")}</Heading>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">{t("lead")}</p>
      <div className="mt-6 grid gap-4 md:grid-cols-3">
        {findModuleCards(locale, clockNow()).map((m) => (
          <ModuleCard key={m.slug} module={m} locale={locale} headingLevel={2} />
        ))}
      </div>
    </>
  );
}
