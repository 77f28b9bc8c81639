// CSV output (pure): RFC 4180 quoting, and cells a spreadsheet would run as a formula defused.

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: text starting with = + - @ (or a tab/CR) is prefixed with ' so it stays text; then quoted if needed. */
export function csvCell(value: string | number | null): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(value) : FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}
