"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { ModuleProgress } from "@/lib/progress/module-progress";

/**
 * The learner's status for this unit ("Validée (85 %)") and the module's progress. The unit page is
 * prerendered for everyone, so this part comes from a private endpoint once the page is shown; its
 * line is reserved beforehand so nothing below moves, and nothing is shown until the answer is in.
 */
export function UnitProgress({ moduleSlug, unitId }: { moduleSlug: string; unitId: string }) {
  const t = useTranslations("unitProgress");
  const [progress, setProgress] = useState<ModuleProgress | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/progress/${encodeURIComponent(moduleSlug)}`, { cache: "no-store", signal: controller.signal })
      .then((res) => (res.ok ? (res.json() as Promise<ModuleProgress>) : null))
      .then((data) => setProgress(data))
      .catch(() => {
        /* offline or aborted: the page works without its personal line */
      });
    return () => controller.abort();
  }, [moduleSlug]);
  const unit = progress?.units.find((u) => u.id === unitId);
  return (
    <div
      className="mt-3 flex min-h-[3.25rem] flex-wrap items-center gap-x-4 gap-y-2 sm:min-h-8"
      data-testid="unit-progress"
    >
      {unit?.state === "validated" && unit.bestScorePercent !== null ? (
        <span className="rounded bg-green-50 px-2 py-0.5 text-sm font-semibold text-green-800 ring-1 ring-green-700">
          {t("badgeValidated", { percent: unit.bestScorePercent })}
        </span>
      ) : unit?.state === "failed" && unit.bestScorePercent !== null ? (
        <span className="rounded bg-amber-50 px-2 py-0.5 text-sm font-semibold text-amber-900 ring-1 ring-amber-700">
          {t("badgeFailed", { percent: unit.bestScorePercent })}
        </span>
      ) : null}
      {progress ? (
        <span className="flex items-center gap-2 text-sm text-slate-800">
          <span aria-hidden="true" className="inline-block h-2 w-24 overflow-hidden rounded bg-slate-200">
            <span
              className="block h-full bg-brand-800"
              style={{ width: `${Math.round((progress.validatedCount / Math.max(1, progress.unitCount)) * 100)}%` }}
            />
          </span>
          {t("moduleProgress", { done: progress.validatedCount, total: progress.unitCount })}
        </span>
      ) : null}
    </div>
  );
}
