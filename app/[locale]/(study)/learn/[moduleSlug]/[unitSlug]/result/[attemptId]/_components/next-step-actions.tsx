import { useTranslations } from "next-intl";
import type { NextStepView } from "@/lib/progress/next-step-view";
import { Link } from "@/lib/i18n/navigation";
import { UnitLink } from "@/components/course/unit-link";
import { buttonStyles } from "@/components/ui/button";

const PRIMARY = buttonStyles("primary", "md");
const SECONDARY = buttonStyles("secondary", "md");

interface NextStepActionsProps {
  step: NextStepView;
  /** The unit page of this result, without locale. */
  unitHref: string;
  /** The title of the section the primary action opens after a failure. */
  sectionTitle: string | null;
  /** The module's following unit, offered as a secondary action after a failure. */
  nextInModule: { slug: string; title: string } | null;
  moduleSlug: string;
}

/** The result's one primary action (what the next step rule says), then the secondary ones. */
export function NextStepActions({ step, unitHref, sectionTitle, nextInModule, moduleSlug }: NextStepActionsProps) {
  const t = useTranslations("quiz");
  const { action } = step;
  const backDashboard = (className: string) => (
    <Link href="/dashboard" className={className}>
      {t("backDashboard")}
    </Link>
  );
  let primary: React.ReactNode;
  switch (action.kind) {
    case "review-section":
      primary = (
        <UnitLink href={action.anchor ? `${unitHref}#${action.anchor}` : unitHref} className={PRIMARY}>
          {action.anchor && sectionTitle ? t("reviewSection", { section: sectionTitle }) : t("reviewUnit")}
        </UnitLink>
      );
      break;
    case "next-unit":
    case "next-module":
      primary = (
        <UnitLink href={`/learn/${action.moduleSlug}/${action.unitSlug}`} className={PRIMARY}>
          {t(action.kind === "next-unit" ? "nextUnit" : "nextModule", { title: step.title ?? "" })}
        </UnitLink>
      );
      break;
    case "certificate":
      primary =
        action.issued && step.certificateCode ? (
          <a href={`/api/certificates/${step.certificateCode}/pdf`} className={PRIMARY}>
            {t("downloadCertificate")}
          </a>
        ) : (
          <Link href="/certificate" className={PRIMARY}>
            {t("getCertificate")}
          </Link>
        );
      break;
    case "dashboard":
      primary = backDashboard(PRIMARY);
      break;
  }
  return (
    <nav aria-label={t("nextSteps")} className="mt-6 flex flex-wrap gap-3">
      {primary}
      {action.kind === "review-section" ? (
        // After a failure: retake once the section is read, or move on (no longer the main suggestion).
        <>
          <Link href={`${unitHref}/quiz`} className={SECONDARY}>
            {t("retake")}
          </Link>
          {nextInModule ? (
            <UnitLink href={`/learn/${moduleSlug}/${nextInModule.slug}`} className={SECONDARY}>
              {t("nextUnit", { title: nextInModule.title })}
            </UnitLink>
          ) : (
            backDashboard(SECONDARY)
          )}
        </>
      ) : (
        <>
          <UnitLink href={unitHref} className={SECONDARY}>
            {t("reviewUnit")}
          </UnitLink>
          {action.kind === "dashboard" ? null : backDashboard(SECONDARY)}
        </>
      )}
    </nav>
  );
}
