import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { PageTitle } from "@/components/layout/page-title";
import { ClearQuizDrafts } from "@/components/quiz/clear-draft";

export const generateMetadata = pageTitle("privacy", "deletedTitle");

export default async function AccountDeletedPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "privacy" });
  return (
    <>
      <ClearQuizDrafts />
      <PageTitle title={t("deletedTitle")} lead={t("deletedText")} />
    </>
  );
}
