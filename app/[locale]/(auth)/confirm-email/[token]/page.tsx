import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { confirmEmailAction } from "@/lib/auth/actions";
import { TokenForm } from "@/components/ui/token-form";
import { PageTitle } from "@/components/layout/page-title";

// Confirmation needs a click (a POST), so mail scanners that prefetch links cannot use the token up.
export const generateMetadata = pageTitle("auth", "confirmTitle");

export default async function ConfirmEmailPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; token: string }>;
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { locale, token } = await params;
  const { next } = await searchParams;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <div className="max-w-xl">
      <PageTitle title={t("confirmTitle")} lead={t("confirmLead")} />
      <div className="mt-6">
        <TokenForm
          id="confirm-email"
          token={token}
          action={confirmEmailAction}
          label={t("confirmSubmit")}
          next={typeof next === "string" ? next : undefined}
        />
      </div>
    </div>
  );
}
