// The footer under its rule: issue date and validity (left), verification sentence and QR code (right), disclaimer (bottom).
import type { PDFPage } from "pdf-lib";
import { FOOTER_TOP, INK, MARGIN_X, MUTED, NAVY, PAGE_W, RULE } from "./design";
import type { CertificateFonts } from "./fonts";
import { drawQr } from "./qr";
import { drawAligned, fitText, widthOf, wrapText } from "./text";
import type { Wording } from "./wording";

/** What the footer prints, already normalised and formatted by the renderer. */
export interface FooterContent {
  issued: string;
  url: string;
  code: string;
}

/** Wide enough for a signed link's QR code (see qr.ts). */
const QR_SIZE = 92;

export function drawFooter(
  page: PDFPage,
  fonts: CertificateFonts,
  w: Wording,
  { issued, url, code }: FooterContent,
): void {
  page.drawLine({
    start: { x: MARGIN_X, y: FOOTER_TOP },
    end: { x: PAGE_W - MARGIN_X, y: FOOTER_TOP },
    thickness: 0.75,
    color: RULE,
  });
  const qrX = PAGE_W - MARGIN_X - QR_SIZE;
  drawQr(page, url, qrX, FOOTER_TOP - 6 - QR_SIZE, QR_SIZE);
  const dateColumnW = drawDateColumn(page, fonts, w, issued);
  // The signed link is too long to type: the QR code carries it, the text names the verification page.
  drawVerification(page, fonts, w.verify(verificationPage(url), code), MARGIN_X + dateColumnW + 28, qrX - 14);
  drawDisclaimer(page, fonts, w.notAccredited, qrX - MARGIN_X - 24);
}

/** `…/fr/verify/<signed token>` → `…/fr/verify`, where a code can also be typed. */
export function verificationPage(url: string): string {
  return url.replace(/\/verify\/[^/]*$/, "/verify");
}

/** Issue date over validity, on the left margin; returns the column's width. */
function drawDateColumn(page: PDFPage, { regular, bold }: CertificateFonts, w: Wording, issued: string): number {
  const issuedStyle = { font: bold, size: 11.5, color: NAVY };
  const validityStyle = { font: regular, size: 10, color: INK };
  const issuedText = w.issued(issued);
  drawAligned(page, issuedText, issuedStyle, MARGIN_X, FOOTER_TOP - 30, "left");
  drawAligned(page, w.validity, validityStyle, MARGIN_X, FOOTER_TOP - 47, "left");
  return Math.max(widthOf(bold, issuedText, issuedStyle.size), widthOf(regular, w.validity, validityStyle.size));
}

/** The verification sentence, right-aligned on `right`, in the room that starts at `left`. */
function drawVerification(
  page: PDFPage,
  { regular }: CertificateFonts,
  sentence: string,
  left: number,
  right: number,
): void {
  const style = { font: regular, size: 8.5, color: INK };
  // As narrow as the longest unbreakable token (the URL), so the sentence reads
  // as a tidy block; never wider than the room left by the date column.
  const widestToken = Math.max(...sentence.split(" ").map((t) => widthOf(regular, t, style.size)));
  const available = right - left;
  const maxW = Math.min(Math.max(200, available), Math.max(200, widestToken));
  const lines = wrapText(sentence, style.font, style.size, maxW);
  let vy = FOOTER_TOP - 30;
  for (const line of lines) {
    const fit = fitText(line, style.font, style.size, 6, maxW);
    drawAligned(page, line, { ...style, size: fit.size }, right, vy, "right");
    vy -= 12;
  }
}

/** The not-accredited disclaimer, wrapped and bottom-aligned on the left. */
function drawDisclaimer(page: PDFPage, { regular }: CertificateFonts, text: string, maxWidth: number): void {
  const style = { font: regular, size: 8, color: MUTED };
  let dy = 40;
  const lines = wrapText(text, style.font, style.size, maxWidth);
  dy += (lines.length - 1) * 10.5;
  for (const line of lines) {
    drawAligned(page, line, style, MARGIN_X, dy, "left");
    dy -= 10.5;
  }
}
