// Reads the published audit grid once per process; the footer and the statement show what it says.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { conformance, parseGrid, type Conformance } from "./rgaa-grid";

export const RGAA_GRID_PATH = "public/accessibility/rgaa-4.1-grid.csv";
/** Where the grid is downloaded from (public/ is served at the root). */
export const RGAA_GRID_URL = "/accessibility/rgaa-4.1-grid.csv";

let cached: Conformance | undefined;

export function gridConformance(): Conformance {
  cached ??= conformance(parseGrid(readFileSync(path.join(process.cwd(), RGAA_GRID_PATH), "utf8")));
  return cached;
}
