import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { pageTitle } from "@/lib/i18n/page-title";
import { isPrintableName } from "@/lib/certificates/printable-name";
import { now } from "@/lib/clock";
import { OIDC_PROVIDER_NAMES } from "@/lib/auth/oidc/auth-providers";
import { needsAgeDeclaration, registrationRefusal } from "@/lib/auth/oidc/identity";
import { findLinkTarget } from "@/lib/auth/oidc/link";
import { readPendingIdentity } from "@/lib/auth/oidc/pending-cookie";
import { getCurrentSession } from "@/lib/auth/session";
import { OidcLinkForm } from "@/components/auth/oidc-link-form";
import { OidcRegistrationForm } from "@/components/auth/oidc-registration-form";
import { PageTitle } from "@/components/layout/page-title";
import { Alert } from "@/components/ui/alert";

export const generateMetadata = pageTitle("auth", "oidcRegisterTitle");

// Reached from the OIDC callback only (an encrypted 15-minute cookie carries the verified identity). When an
// account already has the verified email, linking it (with its password) replaces the registration form.
// A signed-in learner has an account already: a provider is linked from the profile, never from here.
export default async function OidcRegistrationPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await getCurrentSession()) redirect(`/${locale}/account#sign-in-methods`);
  const identity = await readPendingIdentity();
  if (!identity) redirect(`/${locale}/sign-in?oidc=expired`);
  const t = await getTranslations({ locale, namespace: "auth" });
  const te = await getTranslations({ locale, namespace: "formErrors" });
  const provider = OIDC_PROVIDER_NAMES[identity.provider];
  const linkTarget = await findLinkTarget(identity);
  // Refused up front (under 15, names the certificate cannot print): said first, and no form.
  const refusal = linkTarget ? null : registrationRefusal(identity, now(), isPrintableName);
  return (
    <div className="max-w-2xl">
      {linkTarget ? (
        <PageTitle title={t("oidcLinkTitle", { provider })} lead={t("oidcLinkLead", { provider })} />
      ) : (
        <PageTitle
          title={t("oidcRegisterTitle")}
          lead={t(refusal ? "oidcRegisterRefusedLead" : "oidcRegisterLead", { provider })}
        />
      )}
      {refusal ? (
        <div className="mt-6">
          <Alert>{te(refusal === "underAge" ? "oidcUnderAge" : "oidcUnprintableName")}</Alert>
        </div>
      ) : null}
      <section className="mt-6 rounded border border-slate-300 p-4" aria-labelledby="verified-identity">
        <h2 id="verified-identity" className="font-semibold">
          {t("oidcVerifiedNames", { provider })}
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt>{t("firstName")}</dt>
          <dd>{identity.givenName}</dd>
          <dt>{t("lastName")}</dt>
          <dd>{identity.familyName}</dd>
          <dt>{t("email")}</dt>
          <dd>{identity.email}</dd>
        </dl>
        {linkTarget || refusal ? null : <p className="mt-2 text-sm text-slate-700">{t("oidcNamesNote")}</p>}
      </section>
      {refusal ? null : (
        <div className="mt-6">
          {linkTarget === "password" ? (
            <OidcLinkForm provider={provider} />
          ) : linkTarget === "noPassword" ? (
            <Alert>{te("oidcLinkNoPassword")}</Alert>
          ) : (
            <OidcRegistrationForm askAge={needsAgeDeclaration(identity)} />
          )}
        </div>
      )}
    </div>
  );
}
