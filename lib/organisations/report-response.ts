// The team report downloads (CSV and one-page PDF): managers only (404 for anyone else), never cached,
// built from the same projection as the page, with the same filters.
import "server-only";
import { createTranslator } from "next-intl";
import { z } from "zod";
import { getCurrentSession } from "@/lib/auth/session";
import { formatIssueDate } from "@/lib/certificates/pdf/wording";
import { now as clockNow } from "@/lib/clock";
import { getMessages } from "@/lib/i18n/catalogue";
import { localeOf, type Locale } from "@/lib/i18n/locales";
import { getTeamReport } from "./report";
import { renderTeamReportPdf } from "./report-pdf";
import { reportToCsv } from "./rules";
import { reportFiltersSchema } from "./schemas";

const noStore = { "Cache-Control": "no-store" };
const notFound = () =>
  new Response("Not found", { status: 404, headers: { ...noStore, "Content-Type": "text/plain; charset=utf-8" } });

export function organisationTranslator(locale: Locale) {
  return createTranslator({
    locale,
    messages: getMessages(locale) as never,
    namespace: "organisations" as never,
  }) as unknown as (key: string, values?: Record<string, string | number>) => string;
}

export async function getTeamReportResponse(request: Request, organisationId: string): Promise<Response> {
  const current = await getCurrentSession();
  if (!current || !z.uuid().safeParse(organisationId).success) return notFound();
  const params = new URL(request.url).searchParams;
  const format = params.get("format") === "pdf" ? "pdf" : params.get("format") === "csv" ? "csv" : null;
  const filters = reportFiltersSchema.safeParse(Object.fromEntries(params));
  if (!format || !filters.success) return notFound();
  const report = await getTeamReport(current.user, organisationId, filters.data);
  if (!report) return notFound();
  const locale = localeOf(params.get("locale") ?? current.user.locale);
  const t = organisationTranslator(locale);
  const date = (d: Date) => formatIssueDate(d, locale === "fr" ? "fr-FR" : "en-GB");
  const track = (tr: string) => t(`track_${tr}`);
  const now = clockNow();
  const file = `rapport-equipe-vigie-${now.toISOString().slice(0, 10)}.${format}`;
  const headers = { ...noStore, "Content-Disposition": `attachment; filename="${file}"` };
  if (format === "csv") {
    const csv = reportToCsv(report.rows, {
      header: [t("sharedName"), t("sharedTrack"), t("sharedUnits"), t("sharedCertificate")],
      track,
      date,
    });
    return new Response(csv, { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  }
  const pdf = await renderTeamReportPdf(
    { organisationName: report.organisation.name, generatedAt: now, rows: report.rows },
    {
      title: t("reportTitle"),
      organisation: t("reportOrganisation"),
      generated: t("reportGenerated", { date: date(now) }),
      columns: [t("sharedName"), t("sharedTrack"), t("sharedUnits"), t("sharedCertificate")],
      track,
      date,
      none: t("reportNone"),
      empty: t("reportEmpty"),
      more: (count) => t("reportMore", { count }),
      footer: t("reportFooter"),
    },
  );
  return new Response(Buffer.from(pdf), {
    headers: { ...headers, "Content-Type": "application/pdf", "Content-Length": String(pdf.byteLength) },
  });
}
