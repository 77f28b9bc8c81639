import { getTranslations } from "next-intl/server";
import type { CertificateView } from "@/lib/certificates/queries";
import { CertificateActions } from "./certificate-actions";
import { CertificateCard } from "./certificate-card";
import { buttonStyles } from "@/components/ui/button";

/**
 * One issued certificate: the PDF, print and copy-the-link buttons, then its accessible HTML version. Printed,
 * the page is the certificate alone (app/globals.css hides the site's header and footer, the buttons hide themselves).
 */
export async function CertificateDetail({ view, locale }: { view: CertificateView; locale: string }) {
  const t = await getTranslations({ locale, namespace: "certificate" });
  return (
    <div data-print="certificate" className="space-y-6">
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <a href={view.pdfPath} className={buttonStyles("primary", "xl", "inline-block")}>
          {t("download")}
        </a>
        <CertificateActions verificationUrl={view.verificationUrl} />
        <a href={view.openBadgePath} download className={buttonStyles("secondary", "xl", "inline-block")}>
          {t("openBadge")}
        </a>
      </div>
      <CertificateCard
        locale={locale}
        data={{
          firstName: view.firstName,
          lastName: view.lastName,
          track: view.track,
          issuedAt: view.issuedAt,
          code: view.code,
          modules: view.modules,
          verificationUrl: view.verificationUrl,
          trackLabel: view.trackLabel,
          categoryLabel: view.categoryLabel,
          durationLabel: view.durationLabel,
          namesVerifiedBy: view.namesVerifiedBy,
        }}
      />
      <p className="text-sm text-muted print:hidden">{t("verifyLinkHint")}</p>
      <p className="text-sm text-muted print:hidden">{t("openBadgeHint")}</p>
    </div>
  );
}
