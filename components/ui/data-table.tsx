// A plain data table: column headers with scope, one row per item, an optional caption. The one table
// markup of the site, so every table reads the same to a screen reader and looks the same.
import type { ReactNode } from "react";

export interface DataTableRow {
  key: string;
  cells: ReactNode[];
}

const TABLE = [
  "w-full border-collapse text-left",
  "[&_th]:py-2 [&_td]:py-2 [&_th:not(:last-child)]:pr-4 [&_td:not(:last-child)]:pr-4",
  "[&_tbody_tr]:border-b [&_tbody_tr]:border-slate-200 [&_tbody_tr]:align-top",
].join(" ");

export function DataTable({
  columns,
  rows,
  caption,
  className = "",
}: {
  columns: ReactNode[];
  rows: DataTableRow[];
  caption?: ReactNode;
  className?: string;
}) {
  // Cell and row styles are set once on the table, not on each cell: a long table (a year of days) stays
  // light in the page and in the data React sends along with it.
  return (
    <div className={`overflow-x-auto ${className}`}>
      <table className={TABLE}>
        {caption ? <caption className="mb-2 text-left font-semibold">{caption}</caption> : null}
        <thead>
          <tr className="border-b-2 border-slate-300">
            {columns.map((label, i) => (
              <th key={i} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              {row.cells.map((content, i) => (
                <td key={i}>{content}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
