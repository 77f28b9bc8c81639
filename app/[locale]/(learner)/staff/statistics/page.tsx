import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { requireStaff } from "@/lib/auth/session";
import { now as clockNow } from "@/lib/clock";
import { pageTitle } from "@/lib/i18n/page-title";
import { daysBetween, MAX_DAILY_ROWS, parseFilters, parisDay, type StatisticsFilters } from "@/lib/statistics/filters";
import { loadReport } from "@/lib/statistics/queries";
import { rollupsComputedThrough } from "@/lib/statistics/rollup";
import type { StatTable } from "@/lib/statistics/report";
import { TRACKS } from "@/lib/account/tracks";
import { PageTitle } from "@/components/layout/page-title";
import { Alert } from "@/components/ui/alert";
import { DataTable } from "@/components/ui/data-table";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/form/filter-form";
import { Section } from "@/components/ui/section";
import { StaffNav, staffNavLabels } from "@/components/staff/staff-nav";
import { StatChart } from "@/components/staff/stat-chart";

export const generateMetadata = pageTitle("staffStatistics", "title");

function csvHref(table: string, f: StatisticsFilters, locale: string) {
  return `/api/staff/statistics/${table}?${new URLSearchParams({ from: f.from, to: f.to, track: f.track, locale })}`;
}

export default async function StatisticsPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(locale, `/${locale}/staff/statistics`);
  const t = await getTranslations({ locale, namespace: "staffStatistics" });
  const format = await getFormatter({ locale });
  const tr = (key: string, values?: Record<string, string>) => t(key as never, values as never);
  const { filters, error } = parseFilters(await searchParams, parisDay(clockNow()));
  const [tables, through] = await Promise.all([loadReport(filters, locale, tr), rollupsComputedThrough()]);
  return (
    <div className="space-y-8">
      <StaffNav locale={locale} current="/statistics" labels={await staffNavLabels(locale)} />
      <PageTitle title={t("title")} lead={t("lead")} />
      <p>
        {through
          ? t("computedThrough", { date: format.dateTime(through, { dateStyle: "long", timeStyle: "short" }) })
          : t("notComputed")}
      </p>
      {error ? <Alert>{t(`error_${error}`)}</Alert> : null}
      <FilterForm
        label={t("filters")}
        submitLabel={t("apply")}
        hint={
          <p id="stats-date-hint" className="w-full text-sm text-slate-700">
            {t("dateHint")}
          </p>
        }
      >
        <FilterInput
          id="stats-from"
          name="from"
          type="date"
          label={t("from")}
          defaultValue={filters.from}
          describedBy="stats-date-hint"
        />
        <FilterInput
          id="stats-to"
          name="to"
          type="date"
          label={t("to")}
          defaultValue={filters.to}
          describedBy="stats-date-hint"
        />
        <FilterSelect
          id="stats-track"
          name="track"
          label={t("track")}
          defaultValue={filters.track}
          options={[
            { value: "all", label: t("trackAll") },
            ...TRACKS.map((track) => ({ value: track, label: t(`track_${track}`) })),
          ]}
        />
      </FilterForm>
      {tables.map((table) => (
        <StatSection
          key={table.id}
          table={table}
          locale={locale}
          filters={filters}
          tr={tr}
          byWeek={BY_DAY.includes(table.id) && daysBetween(filters.from, filters.to) + 1 > MAX_DAILY_ROWS}
        />
      ))}
    </div>
  );
}

// The tables by day, which a long range shows by week (lib/statistics/report.ts); their CSVs keep days.
const BY_DAY: string[] = ["daily", "certificates"];

function StatSection({
  table,
  locale,
  filters,
  tr,
  byWeek,
}: {
  table: StatTable;
  locale: string;
  filters: StatisticsFilters;
  tr: (key: string, values?: Record<string, string>) => string;
  byWeek: boolean;
}) {
  const title = tr(byWeek ? `table_${table.id}_byWeek` : `table_${table.id}`);
  const chart = table.chart;
  // One formatter per kind for the whole table: `toLocaleString(locale)` builds one per cell, which
  // was most of a year view's rendering time (about 10 µs a cell, against 0.5).
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 });
  return (
    <Section id={`stats-${table.id}`} title={title} frame="plain">
      {table.id === "questions" ? <p className="mt-2 max-w-3xl">{tr("questionsLead")}</p> : null}
      {byWeek ? <p className="mt-2 max-w-3xl">{tr("byWeekNote", { days: String(MAX_DAILY_ROWS) })}</p> : null}
      {table.rows.length === 0 ? <p className="mt-2">{tr("noData")}</p> : null}
      {chart && table.rows.length > 0 ? (
        <div className="mt-3">
          <StatChart
            table={{ ...table, chart }}
            title={title}
            description={(max) =>
              tr("chartDesc", {
                label: table.columns[chart.label] ?? "",
                value: chart.values.map((v) => table.columns[v]).join(", "),
                max,
              })
            }
          />
        </div>
      ) : null}
      {table.rows.length > 0 ? (
        <div
          className="mt-3 max-h-96 overflow-auto rounded border border-slate-200"
          tabIndex={0}
          role="region"
          aria-label={tr("tableRegion", { table: title })}
        >
          <DataTable
            className="px-2 text-sm"
            caption={<span className="sr-only">{title}</span>}
            columns={table.columns}
            rows={table.rows.map((row, i) => ({
              key: String(i),
              cells: row.map((cell, column) =>
                typeof cell === "number"
                  ? (table.percent?.includes(column) ? percent : number).format(cell)
                  : (cell ?? "—"),
              ),
            }))}
          />
        </div>
      ) : null}
      <p className="mt-3">
        <a href={csvHref(table.id, filters, locale)} className="text-brand-800 underline" download>
          {tr("csv", { table: tr(`table_${table.id}`) })}
        </a>
      </p>
    </Section>
  );
}
