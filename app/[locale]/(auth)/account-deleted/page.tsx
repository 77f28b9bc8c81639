import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { PageTitle } from "@/components/layout/page-title";

export const generateMetadata = pageTitle("privacy", "deletedTitle");

export default async function AccountDeletedPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "privacy" });
  return <PageTitle title={t("deletedTitle")} lead={t("deletedText")} />;
}
