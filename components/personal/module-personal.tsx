"use client";

// The module page's call to action: for a visitor, why to sign in and "Commencer le module" (which leads
// to sign-in with that reason); for a signed-in learner, the module's progress and "Reprendre : <unit>".
// Until GET /api/me answers, the visitor's version holds the space, invisible.
import { useTranslations } from "next-intl";
import { UnitLink } from "@/components/course/unit-link";
import { usePersonal } from "./use-personal";
import { buttonStyles } from "@/components/ui/button";
import { Section } from "@/components/ui/section";

const primary = buttonStyles("primary", "xl", "mt-3 inline-block");

export function ModulePersonal({
  moduleSlug,
  moduleTitle,
  firstUnitSlug,
  visitorText,
  startLabel,
}: {
  moduleSlug: string;
  moduleTitle: string;
  firstUnitSlug: string;
  visitorText: string;
  startLabel: string;
}) {
  const t = useTranslations("personal");
  const personal = usePersonal();
  const startHref = `/learn/${moduleSlug}/${firstUnitSlug}`;
  if (personal.state !== "signedIn") {
    const loading = personal.state === "loading";
    return (
      <div className="mt-8 rounded-lg bg-brand-50 p-5">
        <div aria-hidden={loading || undefined} className={loading ? "invisible" : undefined}>
          <p className="text-slate-800">{visitorText}</p>
          {loading ? (
            <span className={primary}>{startLabel}</span>
          ) : (
            <UnitLink href={startHref} className={primary}>
              {startLabel}
            </UnitLink>
          )}
        </div>
      </div>
    );
  }
  const { me } = personal;
  const progress = me.modules[moduleSlug];
  const target = me.resume?.moduleSlug === moduleSlug ? me.resume : progress?.next;
  const started = target
    ? me.resume?.unitId === target.unitId || me.units[target.unitId]?.status !== "not_started"
    : false;
  return (
    <Section id="module-progress" title={t("moduleProgressTitle")} frame="highlight" className="mt-8">
      {progress ? (
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <progress
            className="h-3 w-64 max-w-full accent-brand-800"
            max={progress.total}
            value={progress.validated}
            aria-label={t("moduleProgressLabel", { module: moduleTitle })}
          />
          <span>
            {t("moduleProgress", { done: progress.validated, total: progress.total, percent: progress.percent })}
          </span>
        </div>
      ) : null}
      {target ? (
        <UnitLink href={`/learn/${target.moduleSlug}/${target.unitSlug}`} className={primary}>
          {t(started ? "resume" : "start", { unit: target.title })}
        </UnitLink>
      ) : (
        <p className="mt-3 text-slate-800">{t("moduleDone")}</p>
      )}
    </Section>
  );
}
