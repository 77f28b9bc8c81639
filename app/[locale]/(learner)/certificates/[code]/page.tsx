import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUserForRights } from "@/lib/auth/session";
import { getOwnCertificate, toCertificateView } from "@/lib/certificates/queries";
import { localeOf } from "@/lib/i18n/locales";
import { AllCertificatesLink } from "@/components/certificate/all-certificates-link";
import { CertificateDetail } from "@/components/certificate/certificate-detail";
import { Heading } from "@/components/ui/heading";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "certificate" });
  return { title: t("oneTitle") };
}

/** One certificate's own page, for its owner only (anyone else: 404), whatever the owner's current track. */
export default async function OneCertificatePage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const { user } = await requireUserForRights(locale, `/${locale}/certificates/${encodeURIComponent(code)}`);
  const certificate = await getOwnCertificate(user.id, code);
  if (!certificate) notFound();
  const t = await getTranslations({ locale, namespace: "certificate" });
  const view = toCertificateView(certificate, localeOf(locale));
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <Heading level={1}>{t("oneTitle")}</Heading>
        <p className="mt-1 text-lg">{view.trackLabel}</p>
      </div>
      <CertificateDetail view={view} locale={locale} />
      <AllCertificatesLink locale={locale} />
    </div>
  );
}
