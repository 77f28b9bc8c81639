import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { findModuleSlugs, getModuleOverview } from "@/lib/content/catalogue";
import { routing } from "@/lib/i18n/routing";
import { AvailabilityBadge } from "@/components/course/availability-badge";
import { UnitLink } from "@/components/course/unit-link";
import { ModulePersonal } from "@/components/personal/module-personal";
import { UnitStatus } from "@/components/personal/unit-status";
import { now as clockNow } from "@/lib/clock";
import { Section } from "@/components/ui/section";

export const revalidate = 3600;
export const dynamicParams = false;

type Params = Promise<{ locale: string; moduleSlug: string }>;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => findModuleSlugs().map((moduleSlug) => ({ locale, moduleSlug })));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, moduleSlug } = await params;
  const m = getModuleOverview(moduleSlug, locale, clockNow());
  return m ? { title: m.title, description: m.summary } : {};
}

export default async function ModulePage({ params }: { params: Params }) {
  const { locale, moduleSlug } = await params;
  setRequestLocale(locale);
  const m = getModuleOverview(moduleSlug, locale, clockNow());
  if (!m) notFound();
  const t = await getTranslations({ locale, namespace: "module" });
  const tc = await getTranslations({ locale, namespace: "catalogue" });
  const format = await getFormatter({ locale });
  const date = (d: Date) => format.dateTime(d, { dateStyle: "long", timeZone: "Europe/Paris" });
  const { status, opensAt, closesAt } = m.availability;
  return (
    <article>
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
        {tc("moduleN", { n: m.order })} · {tc(`audience_${m.audience}`)}
      </p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">{m.title}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">{m.summary}</p>
      <AvailabilityBadge availability={m.availability} locale={locale} />
      {status !== "open" ? (
        <p role="status" className="mt-4 rounded border border-amber-300 bg-amber-50 p-4 text-amber-950">
          {status === "upcoming"
            ? t("upcomingNotice", { date: date(opensAt) })
            : t("closedNotice", { date: date(closesAt) })}
        </p>
      ) : null}
      <dl className="mt-6 grid max-w-3xl gap-4 sm:grid-cols-3">
        <div>
          <dt className="font-semibold text-brand-900">{t("duration")}</dt>
          <dd className="text-slate-700">{tc("minutes", { count: m.durationMinutes })}</dd>
        </div>
        <div>
          <dt className="font-semibold text-brand-900">{t("audience")}</dt>
          <dd className="text-slate-700">{tc(`audience_${m.audience}`)}</dd>
        </div>
        <div>
          <dt className="font-semibold text-brand-900">{t("availability")}</dt>
          <dd className="text-slate-700">{t("window", { from: date(opensAt), to: date(closesAt) })}</dd>
        </div>
      </dl>
      <Section id="objectives" title={t("objectives")} frame="plain" prominent className="mt-8">
        <ul className="mt-3 list-disc space-y-1 pl-6 text-slate-800">
          {m.objectives.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      </Section>
      <Section id="units" title={t("units")} frame="plain" prominent className="mt-8">
        <ol className="mt-3 space-y-3">
          {m.units.map((u, i) => (
            <li key={u.slug} className="rounded-lg border border-slate-200 p-4">
              <p className="font-semibold text-brand-900">
                {i + 1}.{" "}
                {status === "open" ? (
                  <UnitLink className="underline-offset-2 hover:underline" href={`/learn/${m.slug}/${u.slug}`}>
                    {u.title}
                  </UnitLink>
                ) : (
                  u.title
                )}
              </p>
              <p className="text-slate-700">{u.summary}</p>
              <p className="text-sm text-muted">
                {t("unitMinutes", { count: u.durationMinutes })}
                <UnitStatus unitId={u.id} />
              </p>
            </li>
          ))}
        </ol>
      </Section>
      {status === "open" ? (
        <ModulePersonal
          moduleSlug={m.slug}
          moduleTitle={m.title}
          firstUnitSlug={m.units[0]?.slug ?? ""}
          visitorText={t("signInToStart")}
          startLabel={t("start")}
        />
      ) : null}
    </article>
  );
}
