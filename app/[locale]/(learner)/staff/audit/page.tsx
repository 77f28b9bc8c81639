import Link from "next/link";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { pageTitle } from "@/lib/i18n/page-title";
import { findAuditPage } from "@/lib/staff/audit";
import { auditPageSchema } from "@/lib/staff/schemas";
import { TABLE_IDS } from "@/lib/statistics/report";
import { PageTitle } from "@/components/layout/page-title";
import { DataTable } from "@/components/ui/data-table";
import { StaffNav, staffNavLabels } from "@/components/staff/staff-nav";

export const generateMetadata = pageTitle("staffConsole", "auditTitle");

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(locale, `/${locale}/staff/audit`);
  const t = await getTranslations({ locale, namespace: "staffConsole" });
  const tp = await getTranslations({ locale, namespace: "privacy" });
  const ts = await getTranslations({ locale, namespace: "staffStatistics" });
  const format = await getFormatter({ locale });
  const audit = await findAuditPage(auditPageSchema.parse((await searchParams).page));
  const describe = (action: string, d: Record<string, string>) => {
    switch (action) {
      case "data_request_status":
        return t("action_data_request_status", {
          request: d.request?.slice(0, 8) ?? "",
          from: d.from ? tp(`status_${d.from}` as never) : "",
          to: d.to ? tp(`status_${d.to}` as never) : "",
        });
      case "data_request_recorded":
        return t("action_data_request_recorded", {
          request: d.request?.slice(0, 8) ?? "",
          kind: d.kind ? tp(`kind_${d.kind}` as never) : "",
        });
      case "data_request_identity":
        return t("action_data_request_identity", {
          request: d.request?.slice(0, 8) ?? "",
          method: d.method ? t(`dpo.method_${d.method}` as never) : "",
        });
      case "policy_published":
        return t("action_policy_published", { kind: t(`kind_${d.kind}` as never), version: d.version ?? "" });
      case "certificate_rectified":
        return t("action_certificate_rectified", {
          request: d.request?.slice(0, 8) ?? "",
          revoked: d.revoked ?? "",
          issued: d.issued ?? "",
        });
      case "role_changed":
        return t("action_role_changed", { from: d.from ?? "", to: d.to ?? "" });
      default:
        // The table by its title in the page's language, as the statistics page names it.
        return t("action_csv_exported", {
          table: (TABLE_IDS as readonly string[]).includes(d.table ?? "")
            ? ts(`table_${d.table}` as never)
            : (d.table ?? ""),
        });
    }
  };
  const pageHref = (page: number) => `/${locale}/staff/audit${page > 1 ? `?page=${page}` : ""}`;
  return (
    <div>
      <StaffNav locale={locale} current="/audit" labels={await staffNavLabels(locale)} />
      <PageTitle title={t("auditTitle")} lead={t("auditLead")} />
      {audit.rows.length === 0 ? (
        <p className="mt-6">{t("auditEmpty")}</p>
      ) : (
        <DataTable
          className="mt-6 text-sm"
          caption={t("auditCaption", { page: audit.page, pages: audit.pages })}
          columns={[t("auditWhen"), t("auditWho"), t("auditWhat")]}
          rows={audit.rows.map((row) => ({
            key: String(row.id),
            cells: [
              <time key="at" dateTime={row.at.toISOString()} className="whitespace-nowrap">
                {format.dateTime(row.at, { dateStyle: "medium", timeStyle: "medium" })}
              </time>,
              row.actor === "command_line"
                ? t("actorCommandLine", { operator: row.details.operator ?? "?" })
                : (row.actorName ?? t("actorDeleted")),
              describe(row.action, row.details),
            ],
          }))}
        />
      )}
      {audit.pages > 1 ? (
        <nav aria-label={t("pagination")} className="mt-4">
          <ul className="flex gap-6">
            {audit.page > 1 ? (
              <li>
                <Link className="text-brand-800 underline" href={pageHref(audit.page - 1)}>
                  {t("previous")}
                </Link>
              </li>
            ) : null}
            {audit.page < audit.pages ? (
              <li>
                <Link className="text-brand-800 underline" href={pageHref(audit.page + 1)}>
                  {t("next")}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
