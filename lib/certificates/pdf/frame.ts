// The page furniture: navy border, white sheet, amber accent, inner rule, and the header band with the Vigie logo.
import type { PDFPage } from "pdf-lib";
import { AMBER, BAND_H, BORDER, INNER_FRAME_TOP, MARGIN_X, NAVY, PAGE_H, PAGE_W, RULE, WHITE } from "./design";
import type { CertificateFonts } from "./fonts";
import type { Wording } from "./wording";

// Lookout tower under an arc, drawn on a 48 × 48 grid (SVG coordinates, y down).
const LOGO_ARC = "M 5 23 A 19 19 0 0 1 43 23";
const LOGO_TOWER =
  // roof
  "M 15.5 17 L 24 10.5 L 32.5 17 Z " +
  // cabin: lintel, sill and three posts, leaving two window openings
  "M 17.5 17 H 30.5 V 19 H 17.5 Z M 17.5 23 H 30.5 V 25 H 17.5 Z " +
  "M 17.5 19 H 19.5 V 23 H 17.5 Z M 28.5 19 H 30.5 V 23 H 28.5 Z M 23 19 H 25 V 23 H 23 Z " +
  // platform
  "M 14.5 25 H 33.5 V 27 H 14.5 Z " +
  // legs
  "M 17.5 27 L 19.6 27 L 15.6 45 L 13.5 45 Z M 28.4 27 L 30.5 27 L 34.5 45 L 32.4 45 Z " +
  // braces
  "M 17.8 33.2 L 30.6 39.6 L 30.2 41 L 17.4 34.6 Z M 30.2 33.2 L 30.6 34.6 L 17.8 41 L 17.4 39.6 Z " +
  // ground
  "M 9 45 H 39 V 46.6 H 9 Z";

export function drawFrame(page: PDFPage): void {
  page.drawRectangle({ x: 0, y: 0, width: PAGE_W, height: PAGE_H, color: NAVY });
  page.drawRectangle({
    x: BORDER,
    y: BORDER,
    width: PAGE_W - 2 * BORDER,
    height: PAGE_H - 2 * BORDER - BAND_H,
    color: WHITE,
  });
  // amber accent line under the band
  page.drawRectangle({
    x: BORDER,
    y: PAGE_H - BORDER - BAND_H - 3,
    width: PAGE_W - 2 * BORDER,
    height: 3,
    color: AMBER,
  });
  // thin inner rule
  const inset = BORDER + 8;
  page.drawRectangle({
    x: inset,
    y: inset,
    width: PAGE_W - 2 * inset,
    height: INNER_FRAME_TOP - inset,
    borderColor: RULE,
    borderWidth: 0.75,
  });
}

export function drawHeader(page: PDFPage, w: Wording, { regular, bold }: CertificateFonts): void {
  const bandBottom = PAGE_H - BORDER - BAND_H;
  const logoSize = 52;
  const logoX = MARGIN_X - 6;
  const logoTop = bandBottom + (BAND_H + logoSize) / 2;
  const scale = logoSize / 48;
  page.drawSvgPath(LOGO_ARC, {
    x: logoX,
    y: logoTop,
    scale,
    borderColor: AMBER,
    borderWidth: 2.6,
  });
  page.drawSvgPath(LOGO_TOWER, { x: logoX, y: logoTop, scale, color: WHITE });

  const textX = logoX + logoSize + 14;
  page.drawText("Vigie", {
    x: textX,
    y: bandBottom + BAND_H / 2 - 2,
    size: 26,
    font: bold,
    color: WHITE,
  });
  page.drawText(w.tagline, {
    x: textX + 1,
    y: bandBottom + BAND_H / 2 - 19,
    size: 9.5,
    font: regular,
    color: AMBER,
  });
}
