import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageTitle } from "@/components/layout/page-title";

export default async function ResetSentPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth" });
  return <PageTitle title={t("resetSentTitle")} lead={t("resetSentText")} />;
}
