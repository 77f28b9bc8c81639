// Geometry and colours of the threat-level triangle (an original drawing, not an official logo):
// bands that fill up with the level. Shared by the lesson component and the intro videos' scenes.

/** Darker as the level rises (all at least 3:1 against white): Tailwind orange-700, red-700, red-900. */
export const LEVEL_FILLS = [
  { className: "fill-orange-700", hex: "#c2410c" },
  { className: "fill-red-700", hex: "#b91c1c" },
  { className: "fill-red-900", hex: "#7f1d1d" },
] as const;
/** An empty band (slate-100) and the outline (slate-700). */
export const EMPTY_BAND_HEX = "#f1f5f9";
export const OUTLINE_HEX = "#334155";

export const APEX_Y = 8;
export const BASE_Y = 90;
export const HALF_BASE = 45;
/** The triangle's viewBox: 0 0 100 96. */
export const TRIANGLE_VIEWBOX = "0 0 100 96";

export function fillFor(level: number, total: number): (typeof LEVEL_FILLS)[number] {
  const last = LEVEL_FILLS[2];
  if (total <= 1) return last;
  const position = Math.round(((level - 1) / (total - 1)) * (LEVEL_FILLS.length - 1));
  return LEVEL_FILLS[Math.min(Math.max(position, 0), LEVEL_FILLS.length - 1)] ?? last;
}

function halfWidthAt(y: number): number {
  return (HALF_BASE * (y - APEX_Y)) / (BASE_Y - APEX_Y);
}

export function bandPoints(band: number, bands: number): string {
  const height = (BASE_Y - APEX_Y) / bands;
  const bottom = BASE_Y - band * height;
  const top = bottom - height;
  const wb = halfWidthAt(bottom);
  const wt = halfWidthAt(top);
  const r = (n: number) => n.toFixed(2);
  return `${r(50 - wb)},${r(bottom)} ${r(50 + wb)},${r(bottom)} ${r(50 + wt)},${r(top)} ${r(50 - wt)},${r(top)}`;
}

export const OUTLINE_POINTS = `50,${APEX_Y} ${50 + HALF_BASE},${BASE_Y} ${50 - HALF_BASE},${BASE_Y}`;
