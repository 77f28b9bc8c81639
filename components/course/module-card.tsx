import { getTranslations } from "next-intl/server";
import type { ModuleCard as ModuleCardData } from "@/lib/content/catalogue";
import { Link } from "@/lib/i18n/navigation";
import { ModuleCardProgress } from "@/components/personal/module-card-progress";
import { AvailabilityBadge } from "./availability-badge";

interface ModuleCardProps {
  module: ModuleCardData;
  locale: string;
  /** The card's title ranks one below the heading it sits under: 2 under the page's h1, 3 under an h2. */
  headingLevel: 2 | 3;
}

export async function ModuleCard({ module, locale, headingLevel }: ModuleCardProps) {
  const t = await getTranslations({ locale, namespace: "catalogue" });
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className="flex flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
        {t("moduleN", { n: module.order })} · {t(`audience_${module.audience}`)}
      </p>
      <Heading className="mt-1 text-xl font-bold text-brand-900">
        <Link href={`/modules/${module.slug}`} className="hover:underline">
          {module.title}
        </Link>
      </Heading>
      <p className="mt-2 flex-1 text-slate-700">{module.summary}</p>
      <p className="mt-3 text-sm text-muted">
        {t("minutes", { count: module.durationMinutes })} · {t("units", { count: module.unitCount })}
      </p>
      <ModuleCardProgress moduleSlug={module.slug} />
      <AvailabilityBadge availability={module.availability} locale={locale} />
    </article>
  );
}
