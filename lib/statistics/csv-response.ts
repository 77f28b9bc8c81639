// A statistics table as a CSV download: staff with their second factor only (anyone else gets the
// visitor's 404), filters checked like the page's (a bad range is a 400 that says why), audited.
import "server-only";
import { getTranslations } from "next-intl/server";
import { db } from "@/db/client";
import { getCurrentSession } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { isLocale } from "@/lib/i18n/locales";
import { recordAudit } from "@/lib/staff/audit";
import { toCsv } from "./csv";
import { parseFilters, parisDay } from "./filters";
import { loadReport } from "./queries";
import { TABLE_IDS, type TableId } from "./report";

const NO_STORE = { "Cache-Control": "private, no-store" };

export async function getStatisticsCsvResponse(request: Request, table: string): Promise<Response> {
  const current = await getCurrentSession();
  if (!current || current.user.role !== "staff" || !current.secondFactorAt)
    return Response.json({ error: "not found" }, { status: 404, headers: NO_STORE });
  if (!(TABLE_IDS as readonly string[]).includes(table))
    return Response.json({ error: "not found" }, { status: 404, headers: NO_STORE });
  const query = new URL(request.url).searchParams;
  const wanted = query.get("locale");
  const locale = isLocale(wanted) ? wanted : "fr";
  const now = clockNow();
  const { filters, error } = parseFilters(
    { from: query.get("from") ?? undefined, to: query.get("to") ?? undefined, track: query.get("track") ?? undefined },
    parisDay(now),
  );
  const t = await getTranslations({ locale, namespace: "staffStatistics" });
  if (error)
    return new Response(t(`error_${error}`), {
      status: 400,
      headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" },
    });
  const tables = await loadReport(filters, locale, (key) => t(key as never), "day");
  const found = tables.find((x) => x.id === (table as TableId))!;
  await recordAudit(
    db,
    {
      actor: "staff",
      actorId: current.user.id,
      action: "csv_exported",
      details: { table, from: filters.from, to: filters.to, track: filters.track },
    },
    now,
  );
  // A byte-order mark so spreadsheets read the accents as UTF-8.
  return new Response(`\uFEFF${toCsv(found.columns, found.rows)}`, {
    headers: {
      ...NO_STORE,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="vigie-${table}-${filters.from}-${filters.to}.csv"`,
    },
  });
}
