import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { isResetTokenUsable } from "@/lib/auth/accounts";
import { Link } from "@/lib/i18n/navigation";
import { ResetPasswordForm } from "@/components/auth/simple-forms";
import { PageTitle } from "@/components/layout/page-title";
import { Alert } from "@/components/ui/alert";

export const generateMetadata = pageTitle("auth", "resetTitle");

export default async function ResetPasswordPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "auth" });
  const usable = /^[\w-]{20,100}$/.test(token) && (await isResetTokenUsable(token));
  return (
    <div className="max-w-xl">
      <PageTitle title={t("resetTitle")} />
      <div className="mt-6">
        {usable ? (
          <ResetPasswordForm token={token} />
        ) : (
          <Alert>
            {t("tokenInvalid")}{" "}
            <Link className="underline" href="/forgot-password">
              {t("forgotLink")}
            </Link>
          </Alert>
        )}
      </div>
    </div>
  );
}
