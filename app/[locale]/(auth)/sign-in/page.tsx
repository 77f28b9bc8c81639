import type { Metadata } from "next";
import { cookies } from "next/headers";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { REMEMBER_USERNAME_COOKIE } from "@/lib/auth/cookies";
import { signInReasonOf } from "@/lib/auth/paths";
import { Link } from "@/lib/i18n/navigation";
import { configuredOidcProviders } from "@/lib/auth/oidc/providers";
import { oidcRefusalOf } from "@/lib/auth/oidc/refusals";
import { OidcSignIn } from "@/components/auth/oidc-sign-in";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PageTitle } from "@/components/layout/page-title";
import { Alert } from "@/components/ui/alert";

const signInTitle = pageTitle("auth", "signInTitle");

// Reached with `?next=`, it is where the unit gate sends a visitor (and a crawler): one URL per gated
// page, each a sign-in form, so none is indexed (app/robots.ts). The plain sign-in page may be.
export async function generateMetadata(props: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string | string[] }>;
}): Promise<Metadata> {
  const { next } = await props.searchParams;
  return { ...(await signInTitle(props)), ...(next !== undefined ? { robots: { index: false } } : {}) };
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{
    next?: string;
    reset?: string;
    confirmed?: string;
    reason?: string | string[];
    oidc?: string | string[];
    error?: string | string[];
  }>;
}) {
  const { locale } = await params;
  const { next, reset, confirmed, reason: rawReason, oidc, error } = await searchParams;
  const oidcProviders = configuredOidcProviders();
  // Only where an OIDC provider is offered: without one, the page is exactly what it was.
  const oidcRefusal = oidcProviders.length > 0 ? oidcRefusalOf(oidc, error) : null;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth" });
  const tp = await getTranslations({ locale, namespace: "personal" });
  const reason = signInReasonOf(rawReason);
  const remembered = (await cookies()).get(REMEMBER_USERNAME_COOKIE)?.value;
  return (
    <div className="max-w-xl">
      <PageTitle title={t("signInTitle")} />
      {reason ? (
        <p className="mt-4 rounded border-l-4 border-brand-700 bg-brand-50 p-4 text-slate-900">
          {tp(`signInReason_${reason}`)}
        </p>
      ) : null}
      <div className="mt-4 space-y-3">
        {reset ? <Alert tone="success">{t("resetDone")}</Alert> : null}
        {confirmed ? <Alert tone="success">{t("confirmedDone")}</Alert> : null}
        {oidcRefusal ? <Alert>{t(`oidcRefused_${oidcRefusal}`)}</Alert> : null}
      </div>
      {oidcProviders.length > 0 ? (
        <div className="mt-6 space-y-4">
          {oidcProviders.map(({ id }) => (
            <OidcSignIn key={id} provider={id} next={next} />
          ))}
          <p className="font-semibold">{t("oidcOr")}</p>
        </div>
      ) : null}
      <div className="mt-6">
        <SignInForm next={next} rememberedUsername={remembered} />
      </div>
      <p className="mt-6">
        {t("noAccount")}{" "}
        <Link
          className="text-brand-800 underline"
          href={typeof next === "string" && next ? `/sign-up?next=${encodeURIComponent(next)}` : "/sign-up"}
        >
          {t("signUpLink")}
        </Link>
      </p>
    </div>
  );
}
