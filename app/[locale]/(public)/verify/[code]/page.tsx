import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { consume } from "@/lib/auth/rate-limit";
import { getClientIp } from "@/lib/net/request-ip";
import { verifyCertificate } from "@/lib/certificates/queries";
import { CertificateCard } from "@/components/certificate/certificate-card";
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
  const throttle = await consume(`verify:ip:${await getClientIp()}`, VERIFY_LIMIT, VERIFY_WINDOW_MS);
  const result = throttle.limited ? null : await verifyCertificate(safeDecode(code));
  return (
    <div className="max-w-2xl space-y-6">
      <Heading level={1}>{t("title")}</Heading>
      {throttle.limited ? (
        <Alert>{t("limited")}</Alert>
      ) : result ? (
        <>
          <Alert tone="success">{t("valid")}</Alert>
          <CertificateCard locale={locale} data={result} />
        </>
      ) : (
        <Alert>{t("notFound")}</Alert>
      )}
      <VerifyForm />
    </div>
  );
}
