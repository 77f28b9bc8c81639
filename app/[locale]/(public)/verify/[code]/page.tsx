import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { localeOf } from "@/lib/i18n/locales";
import { consume } from "@/lib/auth/rate-limit";
import { getClientIp } from "@/lib/net/request-ip";
import { verifyCertificate } from "@/lib/certificates/queries";
import { isSignedToken, verifySignedToken } from "@/lib/certificates/signing/signed-link";
import { CERTIFICATE_KEYS_PATH } from "@/lib/certificates/signing/jwks";
import { toSignedCertificateView } from "@/lib/certificates/signing/verification-view";
import { env } from "@/lib/env.mjs";
import { getRevocationStatus } from "@/lib/certificates/signing/revocations";
import { normaliseVerificationCode } from "@/lib/certificates/verification-code";
import { CertificateCard } from "@/components/certificate/certificate-card";
import { RevokedNotice } from "@/components/certificate/revoked-notice";
import { VerifyForm } from "@/components/certificate/verify-form";
import { Alert } from "@/components/ui/alert";
import { Heading } from "@/components/ui/heading";

const VERIFY_LIMIT = 30;

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
const VERIFY_WINDOW_MS = 60_000;

const title = pageTitle("verify", "title");

// A shared verification link shows a person's name: it must never be indexed. The page stays
// crawlable (not in robots.txt) so that search engines can read this rule and the X-Robots-Tag
// header (next.config.mjs); a disallowed URL can still be indexed from the links to it.
export async function generateMetadata(props: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  return { ...(await title(props)), robots: { index: false } };
}

export default async function VerifyCodePage({ params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "verify" });
  const value = safeDecode(code);
  return (
    <div className="max-w-2xl space-y-6">
      <Heading level={1}>{t("title")}</Heading>
      {isSignedToken(value) ? (
        <SignedResult token={value} locale={locale} />
      ) : (
        <CodeResult code={value} locale={locale} />
      )}
      <VerifyForm />
    </div>
  );
}

/** A legacy code: looked up in the certificates table (rate-limited, since codes can be guessed at). */
async function CodeResult({ code, locale }: { code: string; locale: string }) {
  const t = await getTranslations({ locale, namespace: "verify" });
  const throttle = await consume(`verify:ip:${await getClientIp()}`, VERIFY_LIMIT, VERIFY_WINDOW_MS);
  if (throttle.limited) return <Alert>{t("limited")}</Alert>;
  const normalised = normaliseVerificationCode(code);
  if (!normalised) return <Alert>{t("notFound")}</Alert>;
  // A revoked certificate's row is gone (a rectification deletes it): the revocation list answers alone.
  const [result, revocation] = await Promise.all([verifyCertificate(normalised), getRevocationStatus(normalised)]);
  if (revocation.status === "revoked") return <RevokedNotice locale={locale} signed={false} {...revocation} />;
  if (!result) return <Alert>{t("notFound")}</Alert>;
  if (revocation.status === "unknown") return <Alert>{t("signedUnchecked")}</Alert>;
  return (
    <>
      <Alert tone="success">{t("valid")}</Alert>
      <CertificateCard locale={locale} data={result} />
    </>
  );
}

/**
 * A signed link: checked against the published keys, from its own content (no personal data stored), then
 * against the revocation list; when that list cannot be read, the page says so and never "valid".
 */
async function SignedResult({ token, locale }: { token: string; locale: string }) {
  const t = await getTranslations({ locale, namespace: "verify" });
  const ta = await getTranslations({ locale, namespace: "auth" });
  const result = await verifySignedToken(token);
  if (!result.authentic) return <Alert>{t("notValid")}</Alert>;
  const view = toSignedCertificateView(result.claims, localeOf(locale));
  const { revocation } = result;
  return (
    <>
      {revocation.status === "notRevoked" ? (
        <Alert tone="success">{t("signedValid")}</Alert>
      ) : revocation.status === "revoked" ? (
        <RevokedNotice locale={locale} signed {...revocation} />
      ) : (
        <Alert>{t("signedUnchecked")}</Alert>
      )}
      <CertificateCard locale={locale} data={view.card} />
      <section aria-labelledby="signed-details" className="space-y-2">
        <h2 id="signed-details" className="text-lg font-semibold text-brand-900">
          {t("signedDetails")}
        </h2>
        <dl className="grid gap-2 sm:grid-cols-[14rem_1fr]">
          {view.category ? (
            <>
              <dt className="font-semibold">{t("category")}</dt>
              <dd>{ta(`category_${view.category}`)}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t("contentVersions")}</dt>
          <dd>
            <ul>
              {view.versions.map((v) => (
                <li key={v.number}>
                  Module {v.number}
                  {locale === "fr" ? "\u202f:" : ":"} <span className="font-mono">{v.version}</span>
                </li>
              ))}
            </ul>
          </dd>
        </dl>
        <p className="text-sm text-muted">{t("signedNote", { keysUrl: `${env.APP_URL}${CERTIFICATE_KEYS_PATH}` })}</p>
      </section>
    </>
  );
}
