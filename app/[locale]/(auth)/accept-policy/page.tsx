import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { AcceptPolicyForm } from "@/components/auth/accept-policy-form";
import { getCurrentSession } from "@/lib/auth/session";
import { getCurrentPolicyVersion } from "@/lib/policies/acceptance";
import { Link, redirect } from "@/lib/i18n/navigation";
import { PageTitle } from "@/components/layout/page-title";

export const generateMetadata = pageTitle("auth", "newPolicyTitle");

export default async function AcceptPolicyPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string }>;
}) {
  const { locale } = await params;
  const { next } = await searchParams;
  setRequestLocale(locale);
  if (!(await getCurrentSession())) redirect({ href: "/sign-in", locale });
  const t = await getTranslations({ locale, namespace: "auth" });
  const version = await getCurrentPolicyVersion("site");
  return (
    <div className="max-w-2xl">
      <PageTitle title={t("newPolicyTitle")} lead={t("newPolicyLead", { version: version?.version ?? "" })} />
      <p className="mt-4">
        <Link className="text-brand-800 underline" href="/policies/site">
          {t("readPolicy")}
        </Link>
      </p>
      <AcceptPolicyForm next={next} />
    </div>
  );
}
