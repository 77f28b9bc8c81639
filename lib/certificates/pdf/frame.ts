// The page furniture, made for an office printer: a white sheet inside thin navy and grey frames, the header with the site's own logo over an amber rule.
import { LineCapStyle } from "pdf-lib";
import type { PDFPage } from "pdf-lib";
import {
  circlePath,
  LOGO_ARC,
  LOGO_CABIN,
  LOGO_LAMP,
  LOGO_TILE,
  LOGO_TOWER,
  LOGO_VIEWBOX,
  roundedRectPath,
} from "../../brand/logo";
import {
  AMBER,
  FRAME_INSET,
  HEADER_H,
  HEADER_RULE_Y,
  hex,
  MARGIN_X,
  MUTED,
  NAVY,
  PAGE_H,
  PAGE_W,
  RULE,
} from "./design";
import type { CertificateFonts } from "./fonts";
import type { Wording } from "./wording";

export function drawFrame(page: PDFPage): void {
  // A thin double frame: the outer line in navy, a finer rule 5 pt inside it.
  const frames = [
    { inset: FRAME_INSET, borderColor: NAVY, borderWidth: 1.5 },
    { inset: FRAME_INSET + 5, borderColor: RULE, borderWidth: 0.75 },
  ];
  for (const { inset, ...border } of frames) {
    page.drawRectangle({ x: inset, y: inset, width: PAGE_W - 2 * inset, height: PAGE_H - 2 * inset, ...border });
  }
  page.drawRectangle({ x: MARGIN_X, y: HEADER_RULE_Y, width: PAGE_W - 2 * MARGIN_X, height: 2, color: AMBER });
}

/** The site header's mark (components/layout/logo.tsx), `size` points wide, its top-left corner at (x, top). */
function drawLogo(page: PDFPage, x: number, top: number, size: number): void {
  const at = { x, y: top, scale: size / LOGO_VIEWBOX };
  page.drawSvgPath(roundedRectPath(0, 0, LOGO_TILE.size, LOGO_TILE.size, LOGO_TILE.radius), {
    ...at,
    color: hex(LOGO_TILE.fill),
  });
  page.drawSvgPath(LOGO_ARC.d, {
    ...at,
    borderColor: hex(LOGO_ARC.stroke),
    borderWidth: LOGO_ARC.width,
    borderLineCap: LineCapStyle.Round,
  });
  page.drawSvgPath(LOGO_TOWER.d, { ...at, color: hex(LOGO_TOWER.fill) });
  const c = LOGO_CABIN;
  page.drawSvgPath(roundedRectPath(c.x, c.y, c.width, c.height, c.radius), { ...at, color: hex(c.fill) });
  page.drawSvgPath(circlePath(LOGO_LAMP.cx, LOGO_LAMP.cy, LOGO_LAMP.r), { ...at, color: hex(LOGO_LAMP.fill) });
}

export function drawHeader(page: PDFPage, w: Wording, { regular, bold }: CertificateFonts): void {
  const logoSize = 44;
  const middle = HEADER_RULE_Y + HEADER_H / 2;
  drawLogo(page, MARGIN_X, middle + logoSize / 2, logoSize);
  const textX = MARGIN_X + logoSize + 14;
  page.drawText("Vigie", { x: textX, y: middle - 1, size: 24, font: bold, color: NAVY });
  page.drawText(w.tagline, { x: textX + 1, y: middle - 17, size: 9.5, font: regular, color: MUTED });
}
