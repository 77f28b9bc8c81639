// Design tokens shared by the certificate's blocks: colours and A4-landscape page geometry (PDF points, y up).
import { rgb } from "pdf-lib";
import type { RGB } from "pdf-lib";

const hex = (value: string): RGB => {
  const n = Number.parseInt(value.slice(1), 16);
  return rgb(((n >> 16) & 0xff) / 255, ((n >> 8) & 0xff) / 255, (n & 0xff) / 255);
};

export const NAVY = hex("#1a325b");
export const AMBER = hex("#f5b942");
export const INK = hex("#1f2933");
export const MUTED = hex("#5b6472");
export const RULE = hex("#d5dae2");
export const WHITE = rgb(1, 1, 1);

// A4 landscape
export const PAGE_W = 841.89;
export const PAGE_H = 595.28;
export const BORDER = 12;
export const BAND_H = 78;
export const MARGIN_X = 64;

/** Top of the thin inner frame: below the header band, its 3 pt amber accent and an 8 pt gap. */
export const INNER_FRAME_TOP = PAGE_H - BORDER - BAND_H - 3 - 8;
/** The footer rule: the body column ends above it, the footer blocks hang below it. */
export const FOOTER_TOP = 132;
