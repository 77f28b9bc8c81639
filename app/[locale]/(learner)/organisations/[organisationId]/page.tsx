import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { z } from "zod";
import { pageTitle } from "@/lib/i18n/page-title";
import { requireUser } from "@/lib/auth/session";
import { findEmailedInvitations, findOpenInvitations } from "@/lib/organisations/invitations";
import { findManagers, getMembership } from "@/lib/organisations/organisations";
import { getOwnReportRow, getTeamReport } from "@/lib/organisations/report";
import { reportFiltersSchema } from "@/lib/organisations/schemas";
import {
  DeleteOrganisationForm,
  LeaveOrganisationForm,
  RemoveMemberForm,
  RevokeInvitationForm,
  TransferForm,
  CsvInvitationForm,
  InviteLinkForm,
} from "@/components/organisations/organisation-forms";
import { formatReportDate, SharedSummary } from "@/components/organisations/shared-summary";
import { ReportFilters } from "@/components/organisations/report-filters";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button";
import { Heading } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";

export const generateMetadata = pageTitle("organisations", "listTitle");

const NOTICES = ["created", "joined"] as const;

export default async function OrganisationPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; organisationId: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { locale, organisationId } = await params;
  const query = await searchParams;
  setRequestLocale(locale);
  if (!z.uuid().safeParse(organisationId).success) notFound();
  const { user } = await requireUser(locale, `/${locale}/organisations/${organisationId}`);
  const membership = await getMembership(user.id, organisationId);
  // Someone who does not belong learns nothing, not even that the organisation exists.
  if (!membership) notFound();
  const t = await getTranslations({ locale, namespace: "organisations" });
  const { organisation } = membership;
  const notice = NOTICES.find((n) => query[n] === "1");
  const managers = await findManagers(organisationId);
  return (
    <div className="max-w-4xl space-y-6">
      <Heading level={1}>{organisation.name}</Heading>
      <p>
        {t(`kind_${organisation.kind}`)} —{" "}
        {t("managedBy", { names: managers.map((m) => `${m.firstName} ${m.lastName}`).join(", ") })}
      </p>
      {notice ? <Alert tone="success">{t(notice)}</Alert> : null}
      {membership.role === "manager" ? (
        <ManagerView organisationId={organisationId} locale={locale} query={query} />
      ) : (
        <>
          <Section id="shared" title={t("whatIsShared")} headingClassName="mb-3">
            <p className="mb-3">{t("whatIsSharedLead")}</p>
            <SharedSummary row={await getOwnReportRow(user)} locale={locale} />
          </Section>
          <Section id="leave" title={t("leaveTitle")} frame="danger" headingClassName="mb-3">
            <p className="mb-3">{t("leaveLead")}</p>
            <LeaveOrganisationForm organisationId={organisationId} />
          </Section>
        </>
      )}
    </div>
  );
}

async function ManagerView({
  organisationId,
  locale,
  query,
}: {
  organisationId: string;
  locale: string;
  query: Record<string, string | undefined>;
}) {
  const { user } = await requireUser(locale, `/${locale}/organisations/${organisationId}`);
  const t = await getTranslations({ locale, namespace: "organisations" });
  const filters = reportFiltersSchema.parse({ track: query.track, certified: query.certified, unit: query.unit });
  const report = await getTeamReport(user, organisationId, filters);
  if (!report) notFound();
  const everyone = await getTeamReport(user, organisationId);
  const invitations = await findOpenInvitations(organisationId);
  const emailed = await findEmailedInvitations(organisationId);
  const download = (format: "csv" | "pdf") =>
    `/api/organisations/${organisationId}/report?${new URLSearchParams({
      format,
      locale,
      ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)),
    }).toString()}`;
  const others = (everyone?.rows ?? []).filter((r) => r.userId !== user.id);
  return (
    <>
      <Section id="members" title={t("membersTitle")} headingClassName="mb-3">
        <ReportFilters filters={filters} locale={locale} />
        <p className="mt-4" role="status">
          {t("membersCount", { count: report.rows.length })}
        </p>
        {report.rows.length === 0 ? (
          <p>{t("noMembers")}</p>
        ) : (
          // Scrolls sideways on a narrow screen: focusable and named, so a keyboard can scroll it too.
          <div className="mt-2 overflow-x-auto" role="region" aria-label={t("membersTitle")} tabIndex={0}>
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t("membersTitle")}</caption>
              <thead>
                <tr className="border-b-2 border-brand-800">
                  <th scope="col" className="p-2">
                    {t("sharedName")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("sharedTrack")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("sharedUnits")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("sharedCertificate")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("columnActions")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((row) => (
                  <tr key={row.userId} className="border-b border-slate-200 align-top">
                    <th scope="row" className="p-2 font-semibold">
                      {row.name}
                    </th>
                    <td className="p-2">{t(`track_${row.track}`)}</td>
                    <td className="p-2">{row.validatedUnits.length ? row.validatedUnits.join(", ") : t("noUnits")}</td>
                    <td className="p-2">
                      {row.certificateIssuedAt
                        ? t("certificateOn", { date: formatReportDate(row.certificateIssuedAt, locale) })
                        : t("noCertificate")}
                    </td>
                    <td className="p-2">
                      {row.userId === user.id ? null : (
                        <RemoveMemberForm organisationId={organisationId} memberId={row.userId} name={row.name} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <Section id="report" title={t("downloadsTitle")} headingClassName="mb-3">
        <p className="mb-3">{t("downloadsLead")}</p>
        <div className="flex flex-wrap gap-3">
          <a href={download("csv")} download className={buttonStyles("secondary", "md")}>
            {t("downloadCsv")}
          </a>
          <a href={download("pdf")} download className={buttonStyles("secondary", "md")}>
            {t("downloadPdf")}
          </a>
        </div>
      </Section>
      <Section id="invite-by-link" title={t("inviteLinkTitle")} headingClassName="mb-3">
        <p className="mb-3">{t("inviteLinkLead")}</p>
        <InviteLinkForm organisationId={organisationId} />
      </Section>
      <Section id="invite-by-csv" title={t("inviteCsvTitle")} headingClassName="mb-3">
        <p className="mb-3">{t("inviteCsvLead")}</p>
        <CsvInvitationForm organisationId={organisationId} />
      </Section>
      <Section id="invitations" title={t("openInvitationsTitle")} headingClassName="mb-3">
        {invitations.length === 0 ? (
          <p>{t("openInvitationsNone")}</p>
        ) : (
          <ul className="space-y-3">
            {invitations.map((inv) => {
              const what = inv.email ?? t("invitationLink");
              return (
                <li
                  key={inv.id}
                  className="flex flex-wrap items-start justify-between gap-2 border-b border-slate-200 pb-2"
                >
                  <span>
                    <span className="font-semibold">{what}</span> —{" "}
                    {t("invitationExpires", { date: formatReportDate(inv.expiresAt, locale) })}
                  </span>
                  <RevokeInvitationForm organisationId={organisationId} invitationId={inv.id} what={what} />
                </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Section id="invitation-statuses" title={t("emailedInvitationsTitle")} headingClassName="mb-3">
        <p className="mb-3">{t("emailedInvitationsLead")}</p>
        {emailed.length === 0 ? (
          <p>{t("emailedInvitationsNone")}</p>
        ) : (
          <div className="overflow-x-auto" role="region" aria-label={t("emailedInvitationsTitle")} tabIndex={0}>
            <table className="w-full border-collapse text-left text-sm">
              <caption className="sr-only">{t("emailedInvitationsTitle")}</caption>
              <thead>
                <tr className="border-b-2 border-brand-800">
                  <th scope="col" className="p-2">
                    {t("emailedInvitationsColumnEmail")}
                  </th>
                  <th scope="col" className="p-2">
                    {t("emailedInvitationsColumnStatus")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {emailed.map((inv) => (
                  <tr key={inv.id} className="border-b border-slate-200">
                    <th scope="row" className="p-2 font-normal">
                      {inv.email}
                    </th>
                    <td className="p-2">{t(`invitationStatus_${inv.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      {others.length > 0 ? (
        <Section id="transfer" title={t("transferTitle")} headingClassName="mb-3">
          <p className="mb-3">{t("transferLead")}</p>
          <TransferForm
            organisationId={organisationId}
            members={others.map((r) => ({ userId: r.userId, name: r.name }))}
          />
        </Section>
      ) : null}
      <Section id="leave" title={t("leaveTitle")} headingClassName="mb-3">
        <p>{t("managerCannotLeave")}</p>
      </Section>
      <Section id="delete" title={t("deleteTitle")} frame="danger" headingClassName="mb-3">
        <p className="mb-3">{t("deleteLead")}</p>
        <DeleteOrganisationForm organisationId={organisationId} />
      </Section>
    </>
  );
}
