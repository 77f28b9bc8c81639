"use client";

import { useTranslations } from "next-intl";
import { usePersonal } from "@/components/personal/use-personal";

/**
 * The learner's status for this unit ("Validée (85 %)") and the module's progress. The unit page is
 * prerendered for everyone, so this part comes from the personal answer (GET /api/me) once the page is
 * shown; its line is reserved beforehand so nothing below moves, and nothing is shown until it is in.
 */
export function UnitProgress({ moduleSlug, unitId }: { moduleSlug: string; unitId: string }) {
  const t = useTranslations("unitProgress");
  const personal = usePersonal();
  const me = personal.state === "signedIn" ? personal.me : null;
  const unit = me?.units[unitId];
  const progress = me?.modules[moduleSlug];
  return (
    <div
      className="mt-3 flex min-h-[3.25rem] flex-wrap items-center gap-x-4 gap-y-2 sm:min-h-8"
      data-testid="unit-progress"
    >
      {unit?.status === "validated" && unit.scorePercent !== null ? (
        <span className="rounded bg-green-50 px-2 py-0.5 text-sm font-semibold text-green-800 ring-1 ring-green-700">
          {t("badgeValidated", { percent: unit.scorePercent })}
        </span>
      ) : unit?.status === "failed" && unit.scorePercent !== null ? (
        <span className="rounded bg-amber-50 px-2 py-0.5 text-sm font-semibold text-amber-900 ring-1 ring-amber-700">
          {t("badgeFailed", { percent: unit.scorePercent })}
        </span>
      ) : null}
      {progress ? (
        <span className="flex items-center gap-2 text-sm text-slate-800">
          <span aria-hidden="true" className="inline-block h-2 w-24 overflow-hidden rounded bg-slate-200">
            <span className="block h-full bg-brand-800" style={{ width: `${progress.percent}%` }} />
          </span>
          {t("moduleProgress", { done: progress.validated, total: progress.total })}
        </span>
      ) : null}
    </div>
  );
}
