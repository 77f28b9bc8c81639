import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { ForgotPasswordForm } from "@/components/auth/simple-forms";
import { PageTitle } from "@/components/layout/page-title";

export const generateMetadata = pageTitle("auth", "forgotTitle");

export default async function ForgotPasswordPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <div className="max-w-xl">
      <PageTitle title={t("forgotTitle")} lead={t("forgotLead")} />
      <div className="mt-6">
        <ForgotPasswordForm />
      </div>
    </div>
  );
}
