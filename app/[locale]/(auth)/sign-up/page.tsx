import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { PageTitle } from "@/components/layout/page-title";

export const generateMetadata = pageTitle("auth", "signUpTitle");

export default async function SignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <div className="max-w-2xl">
      <PageTitle title={t("signUpTitle")} lead={t("signUpLead")} />
      <div className="mt-6">
        <SignUpForm />
      </div>
      <p className="mt-6">
        {t("haveAccount")}{" "}
        <Link className="text-brand-800 underline" href="/sign-in">
          {t("signInLink")}
        </Link>
      </p>
    </div>
  );
}
