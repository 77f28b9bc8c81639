import Link from "next/link";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireAccess } from "@/lib/auth/session";
import { pageTitle } from "@/lib/i18n/page-title";
import { findPolicyDrafts } from "@/lib/policies/publish";
import { Alert } from "@/components/ui/alert";
import { Section } from "@/components/ui/section";
import { PageTitle } from "@/components/layout/page-title";
import { StaffNav, staffNavLabels } from "@/components/staff/staff-nav";

export const generateMetadata = pageTitle("staffConsole", "policiesTitle");

export default async function PoliciesPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ published?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  // The outcome of a publication shows even though the publisher now has the new terms to accept too.
  await requireAccess("staff", locale, `/${locale}/staff/policies`, false);
  const t = await getTranslations({ locale, namespace: "staffConsole" });
  const format = await getFormatter({ locale });
  const drafts = await findPolicyDrafts();
  const { published } = await searchParams;
  const justPublished = drafts.find((d) => d.current && published === `${d.kind}-${d.current.version}`);
  return (
    <div className="space-y-6">
      <StaffNav locale={locale} current="/policies" labels={await staffNavLabels(locale)} />
      <PageTitle title={t("policiesTitle")} lead={t("policiesLead")} />
      {justPublished?.current ? (
        <Alert tone="success">{t("publishedDone", { version: justPublished.current.version })}</Alert>
      ) : null}
      {drafts.map((draft) => (
        <Section key={draft.kind} id={`policy-${draft.kind}`} title={t(`kind_${draft.kind}`)}>
          <p className="mt-2">
            {draft.current
              ? t("published", {
                  version: draft.current.version,
                  date: format.dateTime(draft.current.publishedAt, { dateStyle: "long" }),
                })
              : t("noneYet")}
          </p>
          <p className="mt-1">
            {draft.version ? t("contentVersion", { version: draft.version }) : t("contentVersionMissing")}
          </p>
          {draft.publishable ? (
            <p className="mt-3">
              <Link className="font-semibold text-brand-800 underline" href={`/${locale}/staff/policies/${draft.kind}`}>
                {t("preview")} — {t(`kind_${draft.kind}`)} {draft.version}
              </Link>
            </p>
          ) : draft.version ? (
            <p className="mt-1 text-muted">{t("upToDate")}</p>
          ) : null}
        </Section>
      ))}
    </div>
  );
}
