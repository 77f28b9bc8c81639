// Renders a team report on one A4 page for a safety file (pure: pdf-lib with the certificate's fonts and
// text helpers, no database, no clock). Rows that do not fit are counted in a closing line, never cut.
import { PDFDocument, type PDFFont, type PDFPage } from "pdf-lib";
import { hex, INK, MUTED, NAVY, RULE } from "@/lib/certificates/pdf/design";
import { embedCertificateFonts, resetGlyphCaches } from "@/lib/certificates/pdf/fonts";
import { collapse, wrapText } from "@/lib/certificates/pdf/text";
import type { MemberReportRow } from "./rules";

export interface ReportPdfWording {
  title: string;
  organisation: string;
  generated: string;
  columns: [name: string, track: string, units: string, certificate: string];
  track: (track: MemberReportRow["track"]) => string;
  date: (date: Date) => string;
  none: string;
  empty: string;
  more: (count: number) => string;
  footer: string;
}

const WHITE = hex("#ffffff");
const W = 595.28;
const H = 841.89;
const MARGIN = 40;
const COLS = [MARGIN, 200, 290, 470];
const COL_END = W - MARGIN;
const SIZE = 8.5;
const LINE = 11;

/**
 * Units as ranges per module ("M1 1–4 · M2 1, 3"), so a fully trained member fits on one line and a
 * team of twenty or more fits on the page; the CSV keeps the plain unit ids.
 */
export function compactUnits(unitIds: readonly string[]): string {
  const byModule = new Map<number, number[]>();
  for (const id of unitIds) {
    const m = /^m(\d+)-u(\d+)$/.exec(id);
    if (!m) continue;
    const list = byModule.get(Number(m[1])) ?? [];
    list.push(Number(m[2]));
    byModule.set(Number(m[1]), list);
  }
  return [...byModule.entries()]
    .sort(([a], [b]) => a - b)
    .map(([module, units]) => {
      const sorted = [...new Set(units)].sort((a, b) => a - b);
      const runs: string[] = [];
      for (let i = 0; i < sorted.length;) {
        let j = i;
        while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
        runs.push(j - i >= 2 ? `${sorted[i]}–${sorted[j]}` : sorted.slice(i, j + 1).join(", "));
        i = j + 1;
      }
      return `M${module}\u00A0${runs.join(", ")}`;
    })
    .join(" · ");
}

function write(page: PDFPage, text: string, x: number, y: number, font: PDFFont, size = SIZE, color = INK) {
  page.drawText(text, { x, y, size, font, color });
}

export async function renderTeamReportPdf(
  report: { organisationName: string; generatedAt: Date; rows: MemberReportRow[] },
  w: ReportPdfWording,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const { regular, bold } = await embedCertificateFonts(doc);
  resetGlyphCaches();
  doc.setTitle(`${w.title} — ${collapse(report.organisationName)}`);
  doc.setAuthor("Vigie");
  doc.setCreator("Vigie");
  doc.setProducer("Vigie");
  doc.setCreationDate(report.generatedAt);
  doc.setModificationDate(report.generatedAt);
  const page = doc.addPage([W, H]);
  page.drawRectangle({ x: 0, y: H - 70, width: W, height: 70, color: NAVY });
  write(page, "Vigie", MARGIN, H - 44, bold, 20, WHITE);
  write(page, w.title, MARGIN + 80, H - 42, regular, 14, WHITE);

  let y = H - 100;
  for (const line of wrapText(`${w.organisation} ${collapse(report.organisationName)}`, bold, 12, W - 2 * MARGIN)) {
    write(page, line, MARGIN, y, bold, 12);
    y -= 16;
  }
  write(page, w.generated, MARGIN, y, regular, 9, MUTED);
  y -= 24;

  const header = (yy: number) => {
    w.columns.forEach((c, i) => write(page, c, COLS[i] ?? MARGIN, yy, bold));
    page.drawLine({ start: { x: MARGIN, y: yy - 4 }, end: { x: COL_END, y: yy - 4 }, thickness: 0.8, color: NAVY });
  };
  header(y);
  y -= LINE + 6;

  const bottom = 70;
  let shown = 0;
  for (const row of report.rows) {
    const cells = [
      wrapText(collapse(row.name), regular, SIZE, (COLS[1] ?? 0) - MARGIN - 6),
      wrapText(w.track(row.track), regular, SIZE, (COLS[2] ?? 0) - (COLS[1] ?? 0) - 6),
      wrapText(
        row.validatedUnits.length ? compactUnits(row.validatedUnits) : w.none,
        regular,
        SIZE,
        (COLS[3] ?? 0) - (COLS[2] ?? 0) - 6,
      ),
      [row.certificateIssuedAt ? w.date(row.certificateIssuedAt) : w.none],
    ];
    const height = Math.max(...cells.map((c) => c.length)) * LINE;
    // Keep room for the "and N more" line.
    if (y - height < bottom + LINE * 2) break;
    cells.forEach((lines, i) => lines.forEach((l, j) => write(page, l, COLS[i] ?? MARGIN, y - j * LINE, regular)));
    y -= height;
    page.drawLine({
      start: { x: MARGIN, y: y + LINE - 4 },
      end: { x: COL_END, y: y + LINE - 4 },
      thickness: 0.4,
      color: RULE,
    });
    y -= 4;
    shown += 1;
  }
  if (report.rows.length === 0) write(page, w.empty, MARGIN, y, regular, SIZE, MUTED);
  else if (shown < report.rows.length) write(page, w.more(report.rows.length - shown), MARGIN, y - 4, bold);
  for (const [i, line] of wrapText(w.footer, regular, 7.5, W - 2 * MARGIN).entries())
    write(page, line, MARGIN, 40 - i * 10, regular, 7.5, MUTED);
  return doc.save({ useObjectStreams: true });
}
