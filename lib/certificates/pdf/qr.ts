// The verification QR code, drawn as one vector path of navy module runs.
import {
  concatTransformationMatrix,
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
} from "pdf-lib";
import type { PDFPage } from "pdf-lib";
import QRCode from "qrcode";
import { NAVY } from "./design";

export function drawQr(page: PDFPage, url: string, x: number, y: number, size: number): void {
  // Level L: a signed link (≈ 330–410 characters) then fits version 12–13, whose modules stay ≈ 0.47 mm
  // wide at this size, what a phone reads from paper; level M would need version 14–15.
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "L" });
  const n = modules.size;
  const m = size / n;
  // Module grid coordinates (column, row from the top), one rectangle per
  // horizontal run of dark modules, filled as a single path: compact and seamless.
  const ops = [
    pushGraphicsState(),
    concatTransformationMatrix(m, 0, 0, -m, x, y + size),
    setFillingRgbColor(NAVY.red, NAVY.green, NAVY.blue),
  ];
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && modules.get(r, c)) c++;
      ops.push(rectangle(start, r, c - start, 1));
    }
  }
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
}
