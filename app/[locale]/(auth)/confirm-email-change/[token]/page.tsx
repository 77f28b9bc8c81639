import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { confirmEmailChangeAction } from "@/lib/account/actions";
import { TokenForm } from "@/components/ui/token-form";
import { PageTitle } from "@/components/layout/page-title";

export const generateMetadata = pageTitle("account", "confirmEmailTitle");

export default async function ConfirmEmailChangePage({
  params,
}: {
  params: Promise<{ locale: string; token: string }>;
}) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "account" });
  return (
    <div className="max-w-xl">
      <PageTitle title={t("confirmEmailTitle")} />
      <div className="mt-6">
        <TokenForm
          id="confirm-email-change"
          token={token}
          action={confirmEmailChangeAction}
          label={t("confirmEmailSubmit")}
        />
      </div>
    </div>
  );
}
