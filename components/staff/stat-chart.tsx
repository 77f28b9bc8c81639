// A statistics table's bar chart, drawn on the server as SVG: named by role="img" with a title and a
// description; the figures themselves are in the table that follows it (suppressed cells draw no bar).
// Several series (one per track) stand side by side, or stacked when they split one whole; a legend
// under the chart names each series' colour.
import type { StatTable } from "@/lib/statistics/report";

const WIDTH = 640;
const HEIGHT = 180;
const MARGIN = { top: 12, right: 8, bottom: 28, left: 40 };
/** Each at least 4.5:1 against white, and told apart without red–green vision. */
const SERIES_COLOURS = ["#1d4ed8", "#b45309", "#047857"];

type Chart = NonNullable<StatTable["chart"]>;

const px = (n: number) => Math.round(n * 10) / 10;
const figure = (cell: unknown) => (typeof cell === "number" ? cell : 0);

/** One path per series: a year of days stays a few kilobytes. */
function seriesPaths(rows: StatTable["rows"], chart: Chart, max: number, innerW: number, innerH: number): string[] {
  const { values, stacked } = chart;
  const step = innerW / Math.max(1, rows.length);
  const slot = stacked ? step : step / values.length;
  const barWidth = px(Math.max(1, slot * 0.8));
  const paths = values.map(() => "");
  rows.forEach((row, i) => {
    let base = HEIGHT - MARGIN.bottom;
    values.forEach((column, s) => {
      const v = figure(row[column]);
      if (v <= 0) return;
      const h = px((v / max) * innerH);
      const x = px(MARGIN.left + i * step + (stacked ? 0 : s * slot) + slot * 0.1);
      paths[s] += `M${x} ${px(base - h)}h${barWidth}v${h}h-${barWidth}z`;
      if (stacked) base -= h;
    });
  });
  return paths;
}

/** The top of the scale: 1 for ratios, else the tallest bar (a stack's total when stacked). */
function chartMaximum(rows: StatTable["rows"], chart: Chart): number {
  if (chart.ratio) return 1;
  const heights = rows.flatMap((r) =>
    chart.stacked ? [chart.values.reduce((sum, v) => sum + figure(r[v]), 0)] : chart.values.map((v) => figure(r[v])),
  );
  return Math.max(1, ...heights);
}

export function StatChart({
  table,
  title,
  description,
}: {
  table: StatTable & { chart: Chart };
  title: string;
  description: (max: string) => string;
}) {
  const { chart } = table;
  const labels = table.rows.map((r) => String(r[chart.label] ?? ""));
  const max = chartMaximum(table.rows, chart);
  const innerW = WIDTH - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const step = innerW / Math.max(1, labels.length);
  const id = `chart-${table.id}`;
  // Only a handful of labels fit under the bars: the first, the last and a few between.
  // A label too close to the last one is left out, so the two never overlap; the last label, centred
  // under a narrow bar, would run past the right edge: it ends at its bar's right edge instead.
  const every = Math.max(1, Math.ceil(labels.length / 6));
  const last = labels.length - 1;
  const endsAtEdge = (i: number) => i === last && every > 1;
  const paths = seriesPaths(table.rows, chart, max, innerW, innerH);
  return (
    <figure>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        className="h-auto w-full max-w-2xl"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description(String(max))}</desc>
        <line
          x1={MARGIN.left}
          x2={WIDTH - MARGIN.right}
          y1={HEIGHT - MARGIN.bottom}
          y2={HEIGHT - MARGIN.bottom}
          stroke="#475569"
        />
        <text x={MARGIN.left - 4} y={MARGIN.top + 8} textAnchor="end" fontSize="11" fill="#334155">
          {max}
        </text>
        <text x={MARGIN.left - 4} y={HEIGHT - MARGIN.bottom} textAnchor="end" fontSize="11" fill="#334155">
          0
        </text>
        {paths.map((d, s) => (
          <path key={s} d={d} fill={SERIES_COLOURS[s % SERIES_COLOURS.length]} />
        ))}
        {labels.map((label, i) =>
          (i % every === 0 && last - i >= every) || i === last ? (
            <text
              key={i}
              x={MARGIN.left + i * step + (endsAtEdge(i) ? step : step / 2)}
              y={HEIGHT - MARGIN.bottom + 14}
              textAnchor={endsAtEdge(i) ? "end" : "middle"}
              fontSize="10"
              fill="#334155"
            >
              {label.length > 12 ? `${label.slice(0, 11)}…` : label}
            </text>
          ) : null,
        )}
      </svg>
      {chart.values.length > 1 ? (
        <figcaption>
          <ul className="mt-1 flex flex-wrap gap-x-4 text-sm">
            {chart.values.map((column, s) => (
              <li key={column} className="flex items-center gap-1">
                <span
                  aria-hidden="true"
                  className="inline-block size-3 rounded-sm"
                  style={{ backgroundColor: SERIES_COLOURS[s % SERIES_COLOURS.length] }}
                />
                {table.columns[column]}
              </li>
            ))}
          </ul>
        </figcaption>
      ) : null}
    </figure>
  );
}
