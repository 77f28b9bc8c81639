import { getTranslations, setRequestLocale } from "next-intl/server";
import { redirect } from "next/navigation";
import { pageTitle } from "@/lib/i18n/page-title";
import { isPrintableName } from "@/lib/certificates/printable-name";
import { now } from "@/lib/clock";
import { OIDC_PROVIDER_NAMES } from "@/lib/auth/oidc/auth-providers";
import { needsAgeDeclaration, registrationRefusal } from "@/lib/auth/oidc/identity";
import { findLinkTarget } from "@/lib/auth/oidc/link";
import { readPendingIdentity } from "@/lib/auth/oidc/pending-cookie";
import { OidcLinkForm } from "@/components/auth/oidc-link-form";
import { OidcRegistrationForm } from "@/components/auth/oidc-registration-form";
import { PageTitle } from "@/components/layout/page-title";
import { Alert } from "@/components/ui/alert";

export const generateMetadata = pageTitle("auth", "oidcRegisterTitle");

// Reached from the OIDC callback only (an encrypted 15-minute cookie carries the verified identity). When an
// account already has the verified email, linking it (with its password) replaces the registration form.
export default async function OidcRegistrationPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const identity = await readPendingIdentity();
  if (!identity) redirect(`/${locale}/sign-in?oidc=expired`);
  const t = await getTranslations({ locale, namespace: "auth" });
  const te = await getTranslations({ locale, namespace: "formErrors" });
  const provider = OIDC_PROVIDER_NAMES[identity.provider];
  const linkTarget = await findLinkTarget(identity);
  const refusal = registrationRefusal(identity, now(), isPrintableName);
  return (
    <div className="max-w-2xl">
      {linkTarget ? (
        <PageTitle title={t("oidcLinkTitle", { provider })} lead={t("oidcLinkLead", { provider })} />
      ) : (
        <PageTitle title={t("oidcRegisterTitle")} lead={t("oidcRegisterLead", { provider })} />
      )}
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
        {linkTarget ? null : <p className="mt-2 text-sm text-slate-700">{t("oidcNamesNote")}</p>}
      </section>
      <div className="mt-6">
        {linkTarget === "password" ? (
          <OidcLinkForm provider={provider} />
        ) : linkTarget === "noPassword" ? (
          <Alert>{te("oidcLinkNoPassword")}</Alert>
        ) : refusal ? (
          <Alert>{te(refusal === "underAge" ? "oidcUnderAge" : "oidcUnprintableName")}</Alert>
        ) : (
          <OidcRegistrationForm askAge={needsAgeDeclaration(identity)} />
        )}
      </div>
    </div>
  );
}
