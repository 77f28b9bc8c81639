"use client";

// A unit's status for the signed-in learner (not started, lesson opened, quiz to pass, validated with
// the best score), shown inline after the unit's duration on the module page; nothing for a visitor.
import { useTranslations } from "next-intl";
import type { UnitState } from "@/lib/progress/rules";
import { usePersonal } from "./use-personal";

const styles: Record<UnitState, string> = {
  not_started: "bg-slate-100 text-slate-800",
  studied: "bg-brand-50 text-brand-900",
  failed: "bg-amber-50 text-amber-900",
  validated: "bg-green-50 text-green-800",
};

export function UnitStatus({ unitId }: { unitId: string }) {
  const t = useTranslations("personal");
  const personal = usePersonal();
  const unit = personal.state === "signedIn" ? personal.me.units[unitId] : undefined;
  if (!unit) return null;
  return (
    <>
      {" · "}
      <span className={`rounded px-2 py-0.5 font-semibold ${styles[unit.status]}`}>
        {t(`status_${unit.status}`, { score: unit.scorePercent ?? 0 })}
      </span>
    </>
  );
}
