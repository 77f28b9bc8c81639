// Contrast of the design tokens (RGAA 3.2 and 3.3, WCAG 1.4.3 and 1.4.11), read from the CSS the build
// uses: the project's tokens in app/globals.css over Tailwind's default palette. Every text colour and
// every border colour that a class in app/ or components/ uses must be classified here, so a new colour
// or a changed token cannot slip in unchecked.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { parse, toGamut, wcagContrast } from "culori";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const tailwindTheme = path.join(path.dirname(createRequire(import.meta.url).resolve("tailwindcss")), "..", "theme.css");

/** `--color-NAME: VALUE;` declarations: Tailwind's defaults first, then the project's tokens over them. */
function readColorTokens(): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const file of [tailwindTheme, path.join(root, "app/globals.css")]) {
    for (const m of readFileSync(file, "utf8").matchAll(/--color-([\w-]+):\s*([^;]+);/g))
      tokens.set(m[1]!, m[2]!.trim());
  }
  return tokens;
}

const tokens = readColorTokens();
// CSS Color 4 gamut mapping (in OKLCH), as browsers map Tailwind's wide-gamut palette onto an sRGB screen.
const toRgb = toGamut("rgb", "oklch");

/** The token's colour as the browser paints it: var() references followed, mapped into sRGB. */
function colorOf(name: string, seen: string[] = []) {
  const value = tokens.get(name);
  if (value === undefined) throw new Error(`no --color-${name} token`);
  const ref = /^var\(--color-([\w-]+)\)$/.exec(value);
  if (ref) {
    if (seen.includes(name)) throw new Error(`token cycle: ${[...seen, name].join(" → ")}`);
    return colorOf(ref[1]!, [...seen, name]);
  }
  const color = parse(value);
  if (!color) throw new Error(`--color-${name}: cannot read "${value}"`);
  return toRgb(color);
}

function contrast(a: string, b: string): number {
  return wcagContrast(colorOf(a), colorOf(b));
}

/** Colour tokens used by utility classes (text-*, bg-*, border-*), variants included, in app/ and components/. */
function usedTokens(utility: "text" | "bg" | "border"): Set<string> {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = path.join(dir, f);
      return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(p) ? [p] : [];
    });
  const used = new Set<string>();
  const pattern = new RegExp(`(?<![\\w-])${utility}-([a-z]+(?:-\\d{2,3})?)(?![\\w-])`, "g");
  for (const file of [...files(path.join(root, "app")), ...files(path.join(root, "components"))]) {
    for (const m of readFileSync(file, "utf8").matchAll(pattern)) if (tokens.has(m[1]!)) used.add(m[1]!);
  }
  return used;
}

// Surfaces text and controls sit on.
const LIGHT_SURFACES = ["white", "slate-50", "slate-100", "brand-50", "brand-100", "green-50", "red-50", "amber-50"];
// Fills of primary buttons and badges: only white text goes on them.
const DARK_SURFACES = ["brand-800", "brand-900", "red-800", "red-900"];
// Backgrounds that carry no text: the progress bar's track, the video's letterbox.
const NON_TEXT_BACKGROUNDS = ["slate-200", "black"];

// Borders that are the boundary of something to operate: fields, buttons, tabs, choices, the selected
// state, and the focus indicator (globals.css :focus-visible and the MDX focus ring).
const CONTROL_BOUNDARIES = ["control", "slate-500", "red-700", "brand-700", "brand-800", "brand-600"];
// Borders of cards, callouts and separators, which the text inside identifies (not needed to see a control).
const DECORATIVE_BORDERS = [
  "slate-200",
  "slate-300",
  "brand-100",
  "amber-200",
  "amber-300",
  "green-200",
  "green-300",
  "green-800",
  "red-200",
  "red-300",
  "red-800",
];

describe("contrast()", () => {
  it("follows WCAG's relative-luminance formula", () => {
    expect(contrast("black", "white")).toBeCloseTo(21, 5);
    expect(contrast("white", "white")).toBeCloseTo(1, 5);
    // The audit's finding: the old outline of scenario choices and tabs, Tailwind's slate-300.
    expect(contrast("slate-300", "white")).toBeLessThan(1.5);
  });
});

describe("text colours", () => {
  const used = usedTokens("text");

  it("are found in the code", () => {
    expect(used).toContain("slate-700");
    expect(used).toContain("white");
  });

  it("reach 4.5:1 on every light surface", () => {
    const failures = [...used, "ink", "muted"]
      .filter((t) => t !== "white")
      .flatMap((fg) => LIGHT_SURFACES.map((bg) => ({ fg, bg, ratio: contrast(fg, bg) })))
      .filter((p) => p.ratio < 4.5);
    expect(failures).toEqual([]);
  });

  it("white reaches 4.5:1 on every dark fill", () => {
    const failures = DARK_SURFACES.map((bg) => ({ bg, ratio: contrast("white", bg) })).filter((p) => p.ratio < 4.5);
    expect(failures).toEqual([]);
  });

  it("every background in use is a known surface", () => {
    const known = new Set([...LIGHT_SURFACES, ...DARK_SURFACES, ...NON_TEXT_BACKGROUNDS]);
    expect([...usedTokens("bg")].filter((t) => !known.has(t))).toEqual([]);
  });
});

describe("control boundaries", () => {
  it("every border colour in use is classified as a control boundary or as decoration", () => {
    const known = new Set([...CONTROL_BOUNDARIES, ...DECORATIVE_BORDERS]);
    expect([...usedTokens("border")].filter((t) => !known.has(t))).toEqual([]);
  });

  it("reach 3:1 on every light surface", () => {
    const failures = CONTROL_BOUNDARIES.flatMap((border) =>
      LIGHT_SURFACES.map((bg) => ({ border, bg, ratio: contrast(border, bg) })),
    ).filter((p) => p.ratio < 3);
    expect(failures).toEqual([]);
  });

  it("the control token is the one the MDX buttons, choices and tabs use", () => {
    const styles = readFileSync(path.join(root, "components/mdx/styles.ts"), "utf8");
    expect(styles).toMatch(/border-control bg-white/);
    for (const file of ["scenario.tsx", "threat-levels.tsx", "spot-the-signs.tsx"]) {
      const source = readFileSync(path.join(root, "components/mdx", file), "utf8");
      expect(source, file).toContain("border-control");
      expect(source, file).not.toMatch(/border-2 border-slate-300|"border-slate-300"/);
    }
  });
});
