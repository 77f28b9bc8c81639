import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { normaliseVerificationCode } from "@/lib/certificates/verification-code";
import { redirect } from "@/lib/i18n/navigation";
import { VerifyForm } from "@/components/certificate/verify-form";
import { Heading } from "@/components/ui/heading";

export const generateMetadata = pageTitle("verify", "title");

export default async function VerifyPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ code?: string }>;
}) {
  const { locale } = await params;
  const { code } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "verify" });
  const normalised = code ? normaliseVerificationCode(code) : null;
  if (normalised) redirect({ href: `/verify/${normalised}`, locale });
  return (
    <div className="max-w-2xl">
      <Heading level={1}>{t("title")}</Heading>
      <p className="mt-3 text-lg text-slate-700">{t("lead")}</p>
      <VerifyForm defaultValue={code} invalid={Boolean(code) && !normalised} />
    </div>
  );
}
