// The RGAA 4.1 audit grid (public/accessibility/rgaa-4.1-grid.csv) and RGAA's conformance rate.
// Pure: the caller reads the file (lib/accessibility/rgaa-grid-file.ts, scripts/rgaa-rate.ts).

export type Verdict = "C" | "NC" | "NA";

export interface GridRow {
  criterion: string;
  theme: string;
  title: string;
  /** One verdict per page of the sample, in the order of `pages`. */
  verdicts: Verdict[];
  note: string;
}

export interface Grid {
  pages: string[];
  rows: GridRow[];
}

export type ConformanceState = "full" | "partial" | "none";

export interface Conformance {
  met: number;
  applicable: number;
  /** Rounded down to the unit, as a percentage: 100 only when every applicable criterion is met. */
  percent: number;
  state: ConformanceState;
  /** Criteria not met, with the pages where they are not. */
  failing: { criterion: string; title: string; pages: string[] }[];
}

/** RFC 4180 fields: quoted with "" for a quote, or bare; rows end with \n or \r\n. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const VERDICTS: readonly string[] = ["C", "NC", "NA"];

/** Reads the grid: header `critere,thematique,titre,<one column per page>,note`; throws on a malformed row. */
export function parseGrid(text: string): Grid {
  const [header, ...body] = parseCsv(text.replace(/^\uFEFF/, ""));
  if (!header || header.length < 5 || header[0] !== "critere" || header.at(-1) !== "note") {
    throw new Error("RGAA grid: the header must be critere,thematique,titre,<pages…>,note");
  }
  const pages = header.slice(3, -1);
  const rows = body.map((cells, i) => {
    if (cells.length !== header.length) throw new Error(`RGAA grid: row ${i + 2} has ${cells.length} cells`);
    const verdicts = cells.slice(3, -1).map((v) => v.trim().toUpperCase());
    const bad = verdicts.find((v) => !VERDICTS.includes(v));
    if (bad !== undefined) throw new Error(`RGAA grid: row ${i + 2} has the verdict "${bad}" (C, NC or NA)`);
    return {
      criterion: cells[0]!,
      theme: cells[1]!,
      title: cells[2]!,
      verdicts: verdicts as Verdict[],
      note: cells.at(-1)!,
    };
  });
  return { pages, rows };
}

/**
 * RGAA's rate: criteria met / applicable criteria. A criterion is applicable if it applies to at least
 * one page of the sample, and met if it is C on every page where it applies.
 */
export function conformance(grid: Grid): Conformance {
  const applicableRows = grid.rows.filter((r) => r.verdicts.some((v) => v !== "NA"));
  const failing = applicableRows
    .filter((r) => r.verdicts.includes("NC"))
    .map((r) => ({
      criterion: r.criterion,
      title: r.title,
      pages: grid.pages.filter((_, i) => r.verdicts[i] === "NC"),
    }));
  const applicable = applicableRows.length;
  const met = applicable - failing.length;
  const percent = applicable === 0 ? 100 : Math.floor((met * 100) / applicable);
  const state: ConformanceState = met === applicable ? "full" : percent >= 50 ? "partial" : "none";
  return { met, applicable, percent, state, failing };
}
