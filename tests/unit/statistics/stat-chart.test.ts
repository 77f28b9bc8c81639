// The statistics charts draw every series they name: the funnel and the certificates once per track,
// side by side or stacked, with a legend; a single series has none.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StatChart } from "@/components/staff/stat-chart";
import type { StatTable } from "@/lib/statistics/report";

type Charted = StatTable & { chart: NonNullable<StatTable["chart"]> };

const render = (table: Charted) =>
  renderToStaticMarkup(createElement(StatChart, { table, title: "T", description: (max) => `max ${max}` }));

/** Each series' path as its bars' [x, top, height]. */
function bars(svg: string): number[][][] {
  return [...svg.matchAll(/<path d="([^"]*)"/g)].map(([, d]) =>
    [...d!.matchAll(/M([\d.]+) ([\d.]+)h[\d.]+v([\d.]+)/g)].map((m) => m.slice(1).map(Number)),
  );
}

const funnel: Charted = {
  id: "funnel",
  columns: ["Étape", "Grand public", "Professionnels"],
  rows: [
    ["Inscrits", 40, 10],
    ["Attestation", 20, "< 5"],
  ],
  chart: { label: 0, values: [1, 2] },
};

describe("statistics chart", () => {
  it("draws each track beside the other on one scale, and names them in a legend", () => {
    const svg = render(funnel);
    const [publicBars, proBars] = bars(svg);
    expect(publicBars).toHaveLength(2);
    expect(proBars).toHaveLength(1); // a suppressed cell draws no bar
    expect(proBars![0]![0]).toBeGreaterThan(publicBars![0]![0]!);
    expect(publicBars![0]![2]! / proBars![0]![2]!).toBeCloseTo(4, 1);
    expect(svg).toContain("max 40");
    expect(svg).toMatch(/<figcaption>.*Grand public.*Professionnels.*<\/figcaption>/);
  });

  it("stacks series that split one whole, up to their total", () => {
    const svg = render({ ...funnel, id: "certificates", chart: { label: 0, values: [1, 2], stacked: true } });
    const [publicBars, proBars] = bars(svg);
    expect(proBars![0]![0]).toBe(publicBars![0]![0]);
    expect(proBars![0]![1]! + proBars![0]![2]!).toBeCloseTo(publicBars![0]![1]!, 1);
    expect(svg).toContain("max 50");
  });

  it("draws one series without a legend", () => {
    const svg = render({ ...funnel, chart: { label: 0, values: [1] } });
    expect(bars(svg)).toHaveLength(1);
    expect(svg).not.toContain("figcaption");
  });
});
