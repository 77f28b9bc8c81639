// Small-cell suppression (pure): no figure below 5 learners is shown, on the page or in a CSV, so no
// statistic singles a person out. Zero is shown: it describes nobody.

export const SMALL_CELL = 5;
export const SUPPRESSED = "< 5";

export type Cell = number | typeof SUPPRESSED | null;

/** A count of learners: 1 to 4 becomes "< 5". */
export function countCell(n: number): Cell {
  return n > 0 && n < SMALL_CELL ? SUPPRESSED : n;
}

/** A ratio over `base` learners: hidden when the base is small (null: nothing to show). */
export function ratioCell(value: number | null, base: number): Cell {
  if (value === null) return null;
  return base > 0 && base < SMALL_CELL ? SUPPRESSED : value;
}

export function isSuppressed(cell: Cell): cell is typeof SUPPRESSED {
  return cell === SUPPRESSED;
}
