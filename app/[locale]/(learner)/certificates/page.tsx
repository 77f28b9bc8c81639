import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { requireUserForRights } from "@/lib/auth/session";
import { findOwnCertificates, toCertificateView } from "@/lib/certificates/queries";
import { localeOf } from "@/lib/i18n/locales";
import { CertificateList } from "@/components/certificate/certificate-list";
import { Heading } from "@/components/ui/heading";

export const generateMetadata = pageTitle("certificate", "listTitle");

export default async function CertificatesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { user } = await requireUserForRights(locale, `/${locale}/certificates`);
  const t = await getTranslations({ locale, namespace: "certificate" });
  const certificates = (await findOwnCertificates(user.id)).map((c) => toCertificateView(c, localeOf(locale)));
  return (
    <div className="max-w-3xl">
      <Heading level={1}>{t("listTitle")}</Heading>
      <p className="mt-2 text-lg">{t("listLead")}</p>
      <CertificateList certificates={certificates} currentTrack={user.track} locale={locale} />
    </div>
  );
}
