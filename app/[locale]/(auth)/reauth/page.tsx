import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { requireUser } from "@/lib/auth/session";
import { ReauthForm } from "@/components/auth/simple-forms";
import { PageTitle } from "@/components/layout/page-title";

export const generateMetadata = pageTitle("auth", "reauthTitle");

export default async function ReauthPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string }>;
}) {
  const { locale } = await params;
  const { next } = await searchParams;
  setRequestLocale(locale);
  await requireUser(locale, `/${locale}/reauth`);
  const t = await getTranslations({ locale, namespace: "auth" });
  return (
    <div className="max-w-xl">
      <PageTitle title={t("reauthTitle")} lead={t("reauthLead")} />
      <div className="mt-6">
        <ReauthForm next={next} />
      </div>
    </div>
  );
}
