// `npm run rgaa:rate`: RGAA's conformance rate of the published audit grid, and the criteria not met.
import { readFileSync } from "node:fs";
import path from "node:path";
import { conformance, parseGrid } from "../lib/accessibility/rgaa-grid";

const file = process.argv[2] ?? path.join(process.cwd(), "public/accessibility/rgaa-4.1-grid.csv");
const grid = parseGrid(readFileSync(file, "utf8"));
const c = conformance(grid);
const STATE = { full: "totalement conforme", partial: "partiellement conforme", none: "non conforme" } as const;
console.log(`${grid.rows.length} criteria, ${grid.pages.length} pages in the sample`);
console.log(`${c.met} of ${c.applicable} applicable criteria met: ${c.percent} % (${STATE[c.state]})`);
for (const f of c.failing) console.log(`  not met: ${f.criterion} on ${f.pages.join("; ")}`);
