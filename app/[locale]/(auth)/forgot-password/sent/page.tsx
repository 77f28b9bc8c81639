import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { PageTitle } from "@/components/layout/page-title";

export const generateMetadata = pageTitle("auth", "resetSentTitle");

export default async function ResetSentPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth" });
  return <PageTitle title={t("resetSentTitle")} lead={t("resetSentText")} />;
}
