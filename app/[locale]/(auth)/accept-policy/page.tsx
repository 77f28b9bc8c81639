import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { acceptPolicyAction } from "@/lib/auth/actions";
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
      <form action={acceptPolicyAction} className="mt-6 space-y-4">
        <input type="hidden" name="locale" value={locale} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <label className="flex items-start gap-2">
          <input type="checkbox" name="accept" required className="mt-1 h-5 w-5 accent-brand-800" />
          <span>{t("acceptNewPolicy")}</span>
        </label>
        <button type="submit" className="rounded bg-brand-800 px-5 py-2.5 font-semibold text-white">
          {t("continue")}
        </button>
      </form>
    </div>
  );
}
