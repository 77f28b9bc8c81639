// Design tokens shared by the certificate's blocks: colours and A4-landscape page geometry (PDF points, y up).
import { rgb } from "pdf-lib";
import type { RGB } from "pdf-lib";

/** "#rrggbb" as a pdf-lib colour. */
export const hex = (value: string): RGB => {
  const n = Number.parseInt(value.slice(1), 16);
  return rgb(((n >> 16) & 0xff) / 255, ((n >> 8) & 0xff) / 255, (n & 0xff) / 255);
};

export const NAVY = hex("#1a325b");
export const AMBER = hex("#f5b942");
export const INK = hex("#1f2933");
export const MUTED = hex("#5b6472");
export const RULE = hex("#d5dae2");

// A4 landscape
export const PAGE_W = 841.89;
export const PAGE_H = 595.28;
/**
 * The outer frame's distance from the paper's edge (≈ 8.5 mm): nothing is printed closer, so an office
 * printer (unprintable margins of 4–6 mm) prints the whole sheet, and the page stays white (no full-bleed ink).
 */
export const FRAME_INSET = 24;
export const HEADER_H = 72;
export const MARGIN_X = 64;

/** The amber rule under the header (its bottom edge). */
export const HEADER_RULE_Y = PAGE_H - FRAME_INSET - HEADER_H;
/** Top of the body area: below the header rule and an 8 pt gap. */
export const INNER_FRAME_TOP = HEADER_RULE_Y - 2 - 8;
/** The footer rule: the body column ends above it, the footer blocks hang below it. */
export const FOOTER_TOP = 132;
