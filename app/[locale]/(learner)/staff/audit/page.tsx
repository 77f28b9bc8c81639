import Link from "next/link";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { pageTitle } from "@/lib/i18n/page-title";
import { findAuditPage } from "@/lib/staff/audit";
import { auditPageSchema } from "@/lib/staff/schemas";
import { PageTitle } from "@/components/layout/page-title";
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
      case "policy_published":
        return t("action_policy_published", { kind: t(`kind_${d.kind}` as never), version: d.version ?? "" });
      case "role_changed":
        return t("action_role_changed", { from: d.from ?? "", to: d.to ?? "" });
      default:
        return t("action_csv_exported", { table: d.table ?? "" });
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
        <div className="mt-6 overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-2 text-left font-semibold">
              {t("auditCaption", { page: audit.page, pages: audit.pages })}
            </caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t("auditWhen")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("auditWho")}
                </th>
                <th scope="col" className="py-2">
                  {t("auditWhat")}
                </th>
              </tr>
            </thead>
            <tbody>
              {audit.rows.map((row) => (
                <tr key={row.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4 whitespace-nowrap">
                    <time dateTime={row.at.toISOString()}>
                      {format.dateTime(row.at, { dateStyle: "medium", timeStyle: "medium" })}
                    </time>
                  </td>
                  <td className="py-2 pr-4">
                    {row.actor === "command_line"
                      ? t("actorCommandLine", { operator: row.details.operator ?? "?" })
                      : (row.actorName ?? t("actorDeleted"))}
                  </td>
                  <td className="py-2">{describe(row.action, row.details)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
