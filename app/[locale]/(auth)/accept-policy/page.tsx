import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { AcceptPolicyForm } from "@/components/auth/accept-policy-form";
import { getCurrentSession } from "@/lib/auth/session";
import { getCurrentPolicyVersion } from "@/lib/policies/acceptance";
import { Link, redirect } from "@/lib/i18n/navigation";
import { PageTitle } from "@/components/layout/page-title";
import { SignOutForm } from "@/components/layout/sign-out-form";

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
      <section aria-labelledby="refuse-policy" className="mt-10 border-t border-slate-300 pt-6">
        <h2 id="refuse-policy" className="text-xl font-semibold">
          {t("refusePolicyTitle")}
        </h2>
        <p className="mt-2">{t("refusePolicyText")}</p>
        <ul className="mt-3 list-disc space-y-1 pl-6">
          <li>
            <Link className="text-brand-800 underline" href="/account/privacy">
              {t("refusePolicyData")}
            </Link>
          </li>
          <li>
            <Link className="text-brand-800 underline" href="/certificates">
              {t("refusePolicyCertificates")}
            </Link>
          </li>
        </ul>
        <div className="mt-5">
          <SignOutForm
            locale={locale}
            label={t("refusePolicySignOut")}
            className="rounded border border-brand-800 bg-white px-5 py-3 font-semibold text-brand-800 hover:bg-brand-100"
          />
        </div>
      </section>
    </div>
  );
}
