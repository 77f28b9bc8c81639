import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { safeNextPath } from "@/lib/auth/schemas";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { PageTitle } from "@/components/layout/page-title";

export const generateMetadata = pageTitle("auth", "signUpTitle");

export default async function SignUpPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { locale } = await params;
  const { next: rawNext } = await searchParams;
  // Only a same-site path is carried on (through the confirmation email, to the sign-in).
  const next = typeof rawNext === "string" && safeNextPath(rawNext, locale) === rawNext ? rawNext : undefined;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <div className="max-w-2xl">
      <PageTitle title={t("signUpTitle")} lead={t("signUpLead")} />
      <div className="mt-6">
        <SignUpForm next={next} />
      </div>
      <p className="mt-6">
        {t("haveAccount")}{" "}
        <Link
          className="text-brand-800 underline"
          href={next ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"}
        >
          {t("signInLink")}
        </Link>
      </p>
    </div>
  );
}
