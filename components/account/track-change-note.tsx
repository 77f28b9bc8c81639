import { getTranslations } from "next-intl/server";
import type { TrackChange } from "@/lib/account/track-change";
import { getCourse, localize } from "@/lib/content/load";
import { Link } from "@/lib/i18n/navigation";

/**
 * What switching track changes, said before the learner confirms it: what is kept, which modules are
 * added or become optional, what is left for the new certificate, and that issued certificates stay valid.
 */
export async function TrackChangeNote({ change, locale }: { change: TrackChange; locale: string }) {
  const t = await getTranslations({ locale, namespace: "account" });
  const course = getCourse();
  const moduleName = (slug: string) => {
    const m = course.modules.find((x) => x.slug === slug);
    return m ? `Module ${m.order} — ${localize(m.title, locale)}` : slug;
  };
  const names = (slugs: string[]) => slugs.map(moduleName).join(", ");
  return (
    <div className="space-y-2">
      <h3 className="text-lg font-bold text-brand-900">
        {t("trackChangeTitle", { track: t(`trackName_${change.to}`) })}
      </h3>
      <ul className="list-disc space-y-1 pl-6">
        <li>{t("trackKept", { count: change.keptUnits })}</li>
        {change.addedModules.length > 0 ? <li>{t("trackAdded", { modules: names(change.addedModules) })}</li> : null}
        {change.optionalModules.length > 0 ? (
          <li>{t("trackOptional", { modules: names(change.optionalModules) })}</li>
        ) : null}
        {change.alreadyCertified ? (
          <li>{t("trackAlreadyCertified")}</li>
        ) : change.missing.length === 0 ? (
          <li>{t("trackNothingMissing")}</li>
        ) : (
          <li>
            {t("trackMissing")}
            <ul className="list-[circle] pl-5">
              {change.missing.map((m) => (
                <li key={m.moduleSlug}>
                  {t("trackMissingUnits", { module: moduleName(m.moduleSlug), count: m.unitIds.length })}
                </li>
              ))}
            </ul>
          </li>
        )}
        {change.issued.length > 0 ? (
          <li>
            {t("trackCertificatesKept", { count: change.issued.length })}{" "}
            <Link className="font-semibold text-brand-800 underline" href="/certificates">
              {t("trackCertificatesLink")}
            </Link>
            .
          </li>
        ) : (
          <li>{t("trackNoCertificate")}</li>
        )}
      </ul>
    </div>
  );
}
