"use client";

// A module card's line for the signed-in learner: units validated in that module. The line's height is
// always held, so the cards do not grow when it arrives.
import { useTranslations } from "next-intl";
import { usePersonal } from "./use-personal";

export function ModuleCardProgress({ moduleSlug }: { moduleSlug: string }) {
  const t = useTranslations("personal");
  const personal = usePersonal();
  const progress = personal.state === "signedIn" ? personal.me.modules[moduleSlug] : undefined;
  return (
    <p className="mt-2 min-h-6 text-sm font-semibold text-brand-800">
      {progress
        ? t("moduleProgress", { done: progress.validated, total: progress.total, percent: progress.percent })
        : null}
    </p>
  );
}
