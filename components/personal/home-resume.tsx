"use client";

// The home page's first button: "Créer mon compte" for a visitor, "Reprendre : <unit>" (or "Commencer :")
// for a signed-in learner, from GET /api/me. The visitor's button holds the space, invisible, until then.
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { UnitLink } from "@/components/course/unit-link";
import { usePersonal } from "./use-personal";
import { buttonStyles } from "@/components/ui/button";

const primary = buttonStyles("primary", "xl", "inline-block");

export function HomeResume({ visitorLabel }: { visitorLabel: string }) {
  const t = useTranslations("personal");
  const personal = usePersonal();
  if (personal.state === "loading") {
    return (
      <span aria-hidden="true" className={`${primary} invisible`} data-personal="loading">
        {visitorLabel}
      </span>
    );
  }
  if (personal.state !== "signedIn") {
    return (
      <Link href="/sign-up" className={primary}>
        {visitorLabel}
      </Link>
    );
  }
  const { me } = personal;
  const target = me.resume ?? me.next;
  if (!target) {
    return (
      <Link href="/dashboard" className={primary}>
        {t("mySpace")}
      </Link>
    );
  }
  const started = me.resume !== null || me.units[target.unitId]?.status !== "not_started";
  return (
    <UnitLink href={`/learn/${target.moduleSlug}/${target.unitSlug}`} className={primary}>
      {t(started ? "resume" : "start", { unit: target.title })}
    </UnitLink>
  );
}
