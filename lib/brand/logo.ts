// Vigie's mark, drawn once on a 40 × 40 grid (SVG coordinates, y down): the site header and the certificate PDF both draw it from here.
export const LOGO_VIEWBOX = 40;

export const LOGO_COLOURS = { navy: "#1a325b", amber: "#f5b942", white: "#ffffff" } as const;

/** A rounded square, the tile behind the mark. */
export const LOGO_TILE = { size: 40, radius: 9, fill: LOGO_COLOURS.navy } as const;
/** The watchful arc, stroked with round caps. */
export const LOGO_ARC = {
  d: "M8 17c3.5-5 7.5-7.5 12-7.5S28.5 12 32 17",
  stroke: LOGO_COLOURS.amber,
  width: 2.6,
} as const;
/** The tower's body. */
export const LOGO_TOWER = { d: "M15 32l3-13h4l3 13z", fill: LOGO_COLOURS.white } as const;
/** The tower's cabin. */
export const LOGO_CABIN = { x: 16, y: 16, width: 8, height: 3, radius: 1, fill: LOGO_COLOURS.white } as const;
/** The lamp. */
export const LOGO_LAMP = { cx: 20, cy: 13.2, r: 1.8, fill: LOGO_COLOURS.amber } as const;

/** A rounded rectangle as an SVG path (for renderers without a rect primitive with corners). */
export function roundedRectPath(x: number, y: number, width: number, height: number, r: number): string {
  return (
    `M${x + r} ${y}H${x + width - r}A${r} ${r} 0 0 1 ${x + width} ${y + r}V${y + height - r}` +
    `A${r} ${r} 0 0 1 ${x + width - r} ${y + height}H${x + r}A${r} ${r} 0 0 1 ${x} ${y + height - r}` +
    `V${y + r}A${r} ${r} 0 0 1 ${x + r} ${y}Z`
  );
}

/** A circle as an SVG path. */
export function circlePath(cx: number, cy: number, r: number): string {
  return `M${cx - r} ${cy}A${r} ${r} 0 1 1 ${cx + r} ${cy}A${r} ${r} 0 1 1 ${cx - r} ${cy}Z`;
}
