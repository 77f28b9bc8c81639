import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { PageTitle } from "@/components/layout/page-title";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { title: (await getTranslations({ locale: (await params).locale, namespace: "auth" }))("signUpTitle") };
}

export default async function SignUpPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <div className="max-w-2xl">
      <PageTitle title={t("signUpTitle")} lead={t("signUpLead")} />
      <div className="mt-6"><SignUpForm /></div>
      <p className="mt-6">{t("haveAccount")} <Link className="text-brand-800 underline" href="/sign-in">{t("signInLink")}</Link></p>
    </div>
  );
}
