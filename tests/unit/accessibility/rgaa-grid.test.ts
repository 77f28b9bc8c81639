import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { conformance, parseCsv, parseGrid } from "@/lib/accessibility/rgaa-grid";

const root = process.cwd();
const gridText = readFileSync(path.join(root, "public/accessibility/rgaa-4.1-grid.csv"), "utf8");
const statement = (lang: "fr" | "en") =>
  readFileSync(path.join(root, `content/pages/accessibility.${lang}.mdx`), "utf8");

describe("RGAA conformance rate", () => {
  const g = (rows: string[][]) =>
    parseGrid(
      [["critere", "thematique", "titre", "p1", "p2", "note"], ...rows]
        .map((r) => r.map((c) => `"${c}"`).join(","))
        .join("\n"),
    );

  it("counts a criterion applicable on one page, met only when C on every page where it applies", () => {
    const c = conformance(
      g([
        ["1.1", "Images", "t", "C", "NA", ""],
        ["1.2", "Images", "t", "C", "NC", ""],
        ["2.1", "Cadres", "t", "NA", "NA", ""],
        ["3.1", "Couleurs", "t", "NA", "C", ""],
      ]),
    );
    expect(c).toMatchObject({ met: 2, applicable: 3, percent: 66, state: "partial" });
    expect(c.failing).toEqual([{ criterion: "1.2", title: "t", pages: ["p2"] }]);
  });

  it("is 'full' only at 100 %, 'none' under 50 %", () => {
    expect(conformance(g([["1.1", "Images", "t", "C", "NA", ""]])).state).toBe("full");
    expect(conformance(g([["1.1", "Images", "t", "NC", "C", ""]])).state).toBe("none");
  });

  it("reads quoted fields with commas, quotes and line breaks, and refuses an unknown verdict", () => {
    expect(parseCsv('"a,b","say ""hi""","x\ny"\n')).toEqual([["a,b", 'say "hi"', "x\ny"]]);
    expect(() => g([["1.1", "Images", "t", "OK", "C", ""]])).toThrow(/verdict "OK"/);
  });
});

describe("the published grid and the statement", () => {
  const grid = parseGrid(gridText);
  const c = conformance(grid);

  it("holds the 106 criteria of RGAA 4.1 in 13 themes, each with a note", () => {
    expect(grid.rows).toHaveLength(106);
    expect(new Set(grid.rows.map((r) => r.theme)).size).toBe(13);
    expect(grid.rows.every((r) => r.note.trim() !== "")).toBe(true);
  });

  it("the French statement states the rate, the counts and the state the grid computes", () => {
    const fr = statement("fr");
    expect(fr).toContain(`**${c.met} critères respectés sur ${c.applicable} applicables**`);
    expect(fr).toContain(`taux de conformité de ${c.percent} %`);
    const state = { full: "totalement conforme", partial: "partiellement conforme", none: "non conforme" }[c.state];
    expect(fr).toContain(`est **${state}** avec le RGAA`);
    for (const f of c.failing) expect(fr).toContain(`**Critère ${f.criterion} `);
    expect(fr).toContain("(/accessibility/rgaa-4.1-grid.csv)");
  });

  it("the English statement states the same", () => {
    const en = statement("en");
    expect(en).toContain(`**${c.met} of ${c.applicable} applicable criteria are met**`);
    expect(en).toContain(`compliance rate of ${c.percent} %`);
    const state = { full: "fully compliant", partial: "partially compliant", none: "non-compliant" }[c.state];
    expect(en).toContain(`is **${state}** with RGAA`);
    for (const f of c.failing) expect(en).toContain(`**Criterion ${f.criterion} `);
    expect(en).toContain("(/accessibility/rgaa-4.1-grid.csv)");
  });
});
