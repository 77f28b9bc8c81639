// The centred body column (title, course, recipient, verified identity, track, category, statement, modules, duration): lines measured first, then spread vertically.
import { setCharacterSpacing } from "pdf-lib";
import type { PDFPage } from "pdf-lib";
import { AMBER, FOOTER_TOP, INK, INNER_FRAME_TOP, MARGIN_X, MUTED, NAVY, PAGE_W } from "./design";
import type { CertificateFonts } from "./fonts";
import type { CertificateSnapshot } from "./snapshot";
import { collapse, drawAligned, fitText, widthOf, wrapText, type TextStyle } from "./text";
import { attestationLines, type Wording } from "./wording";

/** What the body prints, already normalised by the renderer. */
export interface BodyContent {
  fullName: string;
  locale: CertificateSnapshot["locale"];
  track: CertificateSnapshot["track"];
  category: CertificateSnapshot["category"];
  modules: CertificateSnapshot["modules"];
  namesVerifiedBy?: CertificateSnapshot["namesVerifiedBy"];
}

/** One line of the body column: vertical gap above it, its height, how to draw it at a baseline. */
interface BodyLine {
  gap: number;
  height: number;
  draw: (baseline: number) => void;
}

/** What every line builder needs. */
interface Column {
  page: PDFPage;
  fonts: CertificateFonts;
  w: Wording;
}

const CX = PAGE_W / 2;
const CONTENT_W = PAGE_W - 2 * MARGIN_X;

export function drawBody(page: PDFPage, fonts: CertificateFonts, w: Wording, content: BodyContent): void {
  const column: Column = { page, fonts, w };
  const attested = attestationLines(content.locale, content);
  // Built in reading order: text measurement order is part of what makes the output reproducible.
  drawColumn([
    titleLine(column),
    ...centredParagraph(page, w.course, { font: fonts.regular, size: 11.5, color: INK }, 620, [10, 3.5]),
    centred(page, w.awardedTo, { font: fonts.regular, size: 11, color: MUTED }, 22),
    ...recipientLines(column, content.fullName),
    ...(attested.identity ? [centred(page, attested.identity, { font: fonts.regular, size: 9, color: MUTED }, 8)] : []),
    centred(page, attested.track, { font: fonts.bold, size: 13, color: NAVY }, 18),
    ...(attested.category
      ? [centred(page, attested.category, { font: fonts.regular, size: 10.5, color: NAVY }, 6)]
      : []),
    ...centredParagraph(page, attested.statement, { font: fonts.regular, size: 10.5, color: INK }, 600, [12, 4]),
    ...moduleLines(column, attested.modules),
    centred(page, attested.duration, { font: fonts.bold, size: 10, color: NAVY }, 10),
  ]);
}

/** A line centred on the page's vertical axis. */
function centred(page: PDFPage, text: string, style: TextStyle, gap: number, height = style.size): BodyLine {
  return { gap, height, draw: (y) => drawAligned(page, text, style, CX, y, "center") };
}

/** Text wrapped to maxWidth, one centred line each; gaps: above the first line, then between lines. */
function centredParagraph(
  page: PDFPage,
  text: string,
  style: TextStyle,
  maxWidth: number,
  [firstGap, gap]: [number, number],
): BodyLine[] {
  return wrapText(text, style.font, style.size, maxWidth).map((line, i) =>
    centred(page, line, style, i === 0 ? firstGap : gap),
  );
}

/** The document title in tracked capitals. */
function titleLine({ page, fonts: { bold }, w }: Column): BodyLine {
  const title = w.title.toLocaleUpperCase(w.dateLocale);
  const size = 24;
  const tracking = 2.2;
  const width = widthOf(bold, title, size) + tracking * (title.length - 1);
  return {
    gap: 0,
    height: size,
    draw: (y) => {
      page.pushOperators(setCharacterSpacing(tracking));
      page.drawText(title, { x: CX - width / 2, y, size, font: bold, color: NAVY });
      page.pushOperators(setCharacterSpacing(0));
    },
  };
}

/** The recipient's name, as large as fits (wrapped when very long), underlined by a short amber rule. */
function recipientLines({ page, fonts: { bold } }: Column, fullName: string): BodyLine[] {
  const { size, lines } = fitText(fullName, bold, 32, 20, CONTENT_W - 40);
  const style = { font: bold, size, color: NAVY };
  const rule: BodyLine = {
    gap: 12,
    height: 2,
    draw: (y) => page.drawRectangle({ x: CX - 60, y, width: 120, height: 2, color: AMBER }),
  };
  return [...lines.map((line, i) => centred(page, line, style, i === 0 ? 14 : size * 0.2, size * 0.95)), rule];
}

/** The validated modules under a small heading, if any: a left-aligned block, centred as a whole. */
function moduleLines(
  { page, fonts: { regular, bold }, w }: Column,
  modules: { label: string; title: string; units: string | null }[],
): BodyLine[] {
  if (modules.length === 0) return [];
  const heading = w.modulesHeading.toLocaleUpperCase(w.dateLocale);
  const headingLine = centred(page, heading, { font: bold, size: 8.5, color: MUTED }, 14);
  const labelSize = 10;
  const rows = modules.map((mod) => {
    const label = mod.label;
    const title = collapse(mod.title);
    const labelW = widthOf(bold, label, labelSize);
    const { size } = fitText(title, regular, 10, 7, CONTENT_W - 40 - labelW);
    return { label, title, labelW, size, width: labelW + widthOf(regular, title, size) };
  });
  const left = CX - Math.max(...rows.map((r) => r.width)) / 2;
  const rowLines = rows.flatMap((row, i): BodyLine[] => [
    {
      gap: i === 0 ? 8 : 4,
      height: labelSize,
      draw: (y) => {
        page.drawText(row.label, { x: left, y, size: labelSize, font: bold, color: NAVY });
        page.drawText(row.title, { x: left + row.labelW, y, size: row.size, font: regular, color: INK });
      },
    },
    // A module attested in part: the units its category path required, indented under its title.
    ...(modules[i]!.units
      ? wrapText(modules[i]!.units!, regular, 8.5, CONTENT_W - 80 - row.labelW).map((line, j) => ({
          gap: j === 0 ? 3 : 1.5,
          height: 8.5,
          draw: (y: number) => page.drawText(line, { x: left + row.labelW, y, size: 8.5, font: regular, color: MUTED }),
        }))
      : []),
  ]);
  return [headingLine, ...rowLines];
}

/** Spreads the lines between the inner frame top and the footer rule, then draws them top down. */
function drawColumn(body: BodyLine[]): void {
  const top = INNER_FRAME_TOP;
  const bottom = FOOTER_TOP;
  const available = top - bottom - 2 * 22; // keep a minimum margin above and below
  const natural = body.reduce((sum, l) => sum + l.gap + l.height, 0);
  const gaps = body.reduce((sum, l) => sum + l.gap, 0);
  // Grow the gaps (up to 1.6×) to use the space, then centre what is left; a long name that wraps
  // (with the category and three modules) may need the gaps tightened instead (down to 0.5×).
  const stretch = gaps > 0 ? Math.min(1.6, Math.max(0.5, 1 + (available - natural) / gaps)) : 1;
  const total = natural + gaps * (stretch - 1);
  let y = top - 22 - Math.max(0, (available - total) / 2);
  for (const line of body) {
    y -= line.gap * stretch + line.height;
    line.draw(y);
  }
}
