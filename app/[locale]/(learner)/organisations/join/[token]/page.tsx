import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { pageTitle } from "@/lib/i18n/page-title";
import { requireUser } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { findInvitation } from "@/lib/organisations/invitations";
import { getOwnReportRow } from "@/lib/organisations/report";
import { AnswerInvitationForms } from "@/components/organisations/organisation-forms";
import { SharedSummary } from "@/components/organisations/shared-summary";
import { Alert } from "@/components/ui/alert";
import { Heading } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";

export const generateMetadata = pageTitle("organisations", "listTitle");

export default async function JoinOrganisationPage({ params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  if (!/^[A-Za-z0-9_-]{10,100}$/.test(token)) notFound();
  const { user } = await requireUser(locale, `/${locale}/organisations/join/${token}`);
  const t = await getTranslations({ locale, namespace: "organisations" });
  const found = await findInvitation(token, user);
  if (!found)
    return (
      <div className="max-w-3xl space-y-6">
        <Heading level={1}>{t("listTitle")}</Heading>
        <Alert>{t("invitationUnknown")}</Alert>
      </div>
    );
  const { organisation, state } = found;
  return (
    <div className="max-w-3xl space-y-6">
      <Heading level={1}>{t("joinTitle", { name: organisation.name })}</Heading>
      {state !== "usable" ? (
        <>
          <Alert tone={state === "alreadyMember" ? "info" : "error"}>{t(`invitationState_${state}`)}</Alert>
          {state === "alreadyMember" ? (
            <Link href={`/organisations/${organisation.id}`} className="font-semibold text-brand-800 underline">
              {t("openOrganisation")}
            </Link>
          ) : null}
        </>
      ) : (
        <>
          <p className="text-lg">{t("joinLead", { name: organisation.name, kind: t(`kind_${organisation.kind}`) })}</p>
          <Section id="shared" title={t("whatIsShared")} headingClassName="mb-3">
            <p className="mb-3">{t("whatIsSharedLead")}</p>
            <SharedSummary row={await getOwnReportRow(user)} locale={locale} />
          </Section>
          <AnswerInvitationForms token={token} />
        </>
      )}
    </div>
  );
}
