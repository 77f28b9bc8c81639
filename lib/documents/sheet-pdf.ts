// One-page A4 portrait sheets to take to work (a checklist, the steward's briefing card), set in the
// certificate's fonts and colours (lib/certificates/pdf). Pure: the same sheet always gives the same bytes.
import { PDFDocument, PDFHexString, type PDFFont, type PDFPage } from "pdf-lib";
import { createHash } from "node:crypto";
import { AMBER, INK, MUTED, NAVY, RULE } from "@/lib/certificates/pdf/design";
import { embedCertificateFonts, resetGlyphCaches, type CertificateFonts } from "@/lib/certificates/pdf/fonts";
import { collapse, wrapText } from "@/lib/certificates/pdf/text";

export type SheetBlock =
  | { kind: "heading"; text: string }
  /** A line of the list; `box`: drawn as a checkbox, empty or ticked. */
  | { kind: "item"; text: string; box?: "empty" | "ticked" }
  /** A label followed by a line to write on. */
  | { kind: "blank"; label: string };

export interface Sheet {
  locale: "fr" | "en";
  title: string;
  subtitle?: string;
  lead?: string;
  blocks: SheetBlock[];
  footer: string;
  /** Fixed document date (metadata): equal sheets give equal bytes. */
  date: Date;
}

const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN = 48;
const CONTENT_W = PAGE_W - 2 * MARGIN;
const TOP = PAGE_H - MARGIN;
const FOOTER_Y = MARGIN;
/** Text sizes tried from the largest down until the sheet fits on one page. */
const SCALES = [1, 0.94, 0.88, 0.82, 0.76, 0.7];

interface Line {
  height: number;
  draw: (page: PDFPage, y: number) => void;
}

export async function renderSheetPdf(sheet: Sheet): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedCertificateFonts(doc);
  // From here to save(), text layout is synchronous (see lib/certificates/pdf/fonts.ts).
  resetGlyphCaches();
  setMetadata(doc, sheet);
  const page = doc.addPage([PAGE_W, PAGE_H]);
  const footerTop = drawFooter(page, fonts, sheet.footer);
  const available = TOP - footerTop - 16;
  let lines = layout(sheet, fonts, SCALES[0]!);
  for (const scale of SCALES.slice(1)) {
    if (heightOf(lines) <= available) break;
    lines = layout(sheet, fonts, scale);
  }
  let y = TOP;
  for (const line of lines) {
    y -= line.height;
    line.draw(page, y);
  }
  return doc.save({ useObjectStreams: true });
}

function heightOf(lines: Line[]): number {
  return lines.reduce((sum, l) => sum + l.height, 0);
}

function layout(sheet: Sheet, { regular, bold }: CertificateFonts, scale: number): Line[] {
  const size = 11 * scale;
  const lines: Line[] = [
    text("Vigie", bold, 13, NAVY, 0, 0),
    {
      height: 8,
      draw: (page, y) => page.drawRectangle({ x: MARGIN, y, width: CONTENT_W, height: 1.5, color: AMBER }),
    },
    ...paragraph(sheet.title, bold, 20 * scale, NAVY, 0, 14 * scale),
  ];
  if (sheet.subtitle) lines.push(...paragraph(sheet.subtitle, regular, 10 * scale, MUTED, 0, 6 * scale));
  if (sheet.lead) lines.push(...paragraph(sheet.lead, regular, size, INK, 0, 10 * scale));
  for (const block of sheet.blocks) {
    if (block.kind === "heading") lines.push(...paragraph(block.text, bold, 12.5 * scale, NAVY, 0, 14 * scale));
    else if (block.kind === "item") lines.push(...item(block, regular, size, scale));
    else
      lines.push(...blank(`${collapse(block.label)}${sheet.locale === "fr" ? "\u00A0:" : ":"}`, regular, size, scale));
  }
  return lines;
}

function text(value: string, font: PDFFont, size: number, color: typeof INK, indent: number, gap: number): Line {
  return {
    height: gap + size * 1.25,
    draw: (page, y) => page.drawText(value, { x: MARGIN + indent, y, size, font, color }),
  };
}

function paragraph(value: string, font: PDFFont, size: number, color: typeof INK, indent: number, gap: number) {
  return wrapText(collapse(value), font, size, CONTENT_W - indent).map((line, i) =>
    text(line, font, size, color, indent, i === 0 ? gap : 0),
  );
}

/** A list line: a checkbox or a bullet, then the wrapped text hanging beside it. */
function item(block: Extract<SheetBlock, { kind: "item" }>, font: PDFFont, size: number, scale: number): Line[] {
  const indent = 20 * scale;
  const lines = paragraph(block.text, font, size, INK, indent, 6 * scale);
  const first = lines[0];
  if (!first) return [];
  const box = size * 0.85;
  lines[0] = {
    height: first.height,
    draw: (page, y) => {
      first.draw(page, y);
      if (!block.box) {
        page.drawCircle({ x: MARGIN + 6 * scale, y: y + size * 0.33, size: 1.8 * scale, color: NAVY });
        return;
      }
      page.drawRectangle({ x: MARGIN, y: y - 1, width: box, height: box, borderColor: NAVY, borderWidth: 1 });
      if (block.box === "ticked") {
        const start = { x: MARGIN + box * 0.18, y: y - 1 + box * 0.5 };
        const mid = { x: MARGIN + box * 0.42, y: y - 1 + box * 0.22 };
        const end = { x: MARGIN + box * 0.85, y: y - 1 + box * 0.85 };
        page.drawLine({ start, end: mid, thickness: 1.6, color: NAVY });
        page.drawLine({ start: mid, end, thickness: 1.6, color: NAVY });
      }
    },
  };
  return lines;
}

/** "Label: ________": a label and a ruled line to fill in by hand. */
function blank(label: string, font: PDFFont, size: number, scale: number): Line[] {
  return [
    {
      height: 16 * scale + size * 1.25,
      draw: (page, y) => {
        page.drawText(label, { x: MARGIN, y, size, font, color: INK });
        page.drawLine({
          start: { x: MARGIN + 200 * scale, y: y - 2 },
          end: { x: MARGIN + CONTENT_W, y: y - 2 },
          thickness: 0.7,
          color: MUTED,
        });
      },
    },
  ];
}

/** The footer, bottom up from the margin; returns the top of its rule. */
function drawFooter(page: PDFPage, { regular }: CertificateFonts, footer: string): number {
  const lines = wrapText(collapse(footer), regular, 8, CONTENT_W);
  lines.forEach((line, i) =>
    page.drawText(line, { x: MARGIN, y: FOOTER_Y + (lines.length - 1 - i) * 10, size: 8, font: regular, color: MUTED }),
  );
  const ruleY = FOOTER_Y + lines.length * 10 + 2;
  page.drawRectangle({ x: MARGIN, y: ruleY, width: CONTENT_W, height: 0.8, color: RULE });
  return ruleY;
}

function setMetadata(doc: PDFDocument, sheet: Sheet): void {
  doc.setTitle(collapse(sheet.title));
  doc.setAuthor("Vigie");
  doc.setCreator("Vigie");
  doc.setProducer("Vigie");
  doc.setCreationDate(sheet.date);
  doc.setModificationDate(sheet.date);
  doc.setLanguage(sheet.locale === "fr" ? "fr-FR" : "en-GB");
  const id = createHash("sha256").update(JSON.stringify(sheet)).digest("hex").slice(0, 32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
}
