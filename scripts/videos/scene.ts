// The picture: a title card with the unit's names and the line being spoken, drawn with ffmpeg filters.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { wrap, type Cue } from "./captions";

export const FONT = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", "DejaVuSans.ttf");
export const FONT_BOLD = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", "DejaVuSans-Bold.ttf");
export const WIDTH = 1280;
export const HEIGHT = 720;
export const FPS = 10;
export const NAVY = "0x1a325b";
export const AMBER = "0xf5b942";
const PALE = "0xc9d4e6";
const MARGIN_X = 80;

export interface SceneText {
  id: string;
  title: string;
  moduleTitle: string;
}

/** Escapes a value for a filter option, then for the filtergraph (ffmpeg-filters "filtergraph escaping"). */
function filterValue(value: string): string {
  const optionLevel = value.replace(/[\\':]/g, (c) => `\\${c}`);
  return optionLevel.replace(/[\\'[\],;]/g, (c) => `\\${c}`);
}

/** Builds the filtergraph; every text goes through a file so that nothing needs escaping but the path. */
export async function buildFilter(unit: SceneText, cues: Cue[], total: number, tmp: string): Promise<string> {
  let n = 0;
  const textFile = async (text: string): Promise<string> => {
    const file = path.join(tmp, `text-${String(n++).padStart(3, "0")}.txt`);
    await writeFile(file, text);
    return filterValue(file);
  };
  const draw = async (
    text: string,
    opts: { font: string; size: number; color: string; x: string; y: number; enable?: string },
  ): Promise<string> => {
    const parts = [
      `fontfile=${filterValue(opts.font)}`,
      `textfile=${await textFile(text)}`,
      "expansion=none",
      `fontsize=${opts.size}`,
      `fontcolor=${opts.color}`,
      `x=${opts.x}`,
      // Place by baseline (top + ~cap height), so accents and descenders do not shift a line.
      `y=${opts.y + Math.round(opts.size * 0.76)}-max_glyph_a`,
    ];
    if (opts.enable) parts.push(`enable='${opts.enable}'`);
    return `drawtext=${parts.join(":")}`;
  };

  const filters: string[] = [];
  const match = /^m(\d+)-u(\d+)$/.exec(unit.id);
  const label = match ? `MODULE ${match[1] ?? ""}  ·  UNITÉ ${match[2] ?? ""}` : unit.id.toUpperCase();

  // Header: amber label, module title (small), short amber accent, unit title (large).
  filters.push(await draw(label, { font: FONT_BOLD, size: 20, color: AMBER, x: String(MARGIN_X), y: 56 }));
  let y = 90;
  for (const line of wrap(unit.moduleTitle, 80)) {
    filters.push(await draw(line, { font: FONT, size: 24, color: PALE, x: String(MARGIN_X), y }));
    y += 34;
  }
  y += 14;
  filters.push(`drawbox=x=${MARGIN_X}:y=${y}:w=72:h=4:color=${AMBER}:t=fill`);
  y += 26;
  for (const line of wrap(unit.title, 36)) {
    filters.push(await draw(line, { font: FONT_BOLD, size: 48, color: "white", x: String(MARGIN_X), y }));
    y += 62;
  }
  const ruleY = y + 18;
  filters.push(`drawbox=x=${MARGIN_X}:y=${ruleY}:w=${WIDTH - 2 * MARGIN_X}:h=2:color=${AMBER}@0.45:t=fill`);

  // Subtitle area: the line being spoken, centred in the space below the rule.
  const fontSize = 44;
  const lineHeight = 60;
  const areaTop = ruleY + 2;
  const areaBottom = HEIGHT - 60;
  for (const cue of cues) {
    const wrapped = wrap(cue.text, 38);
    const blockHeight = wrapped.length * lineHeight - (lineHeight - fontSize);
    let lineY = Math.round(areaTop + (areaBottom - areaTop - blockHeight) / 2);
    const enable = `between(t,${cue.start.toFixed(3)},${cue.end.toFixed(3)})`;
    for (const line of wrapped) {
      filters.push(
        await draw(line, { font: FONT, size: fontSize, color: "white", x: "(w-text_w)/2", y: lineY, enable }),
      );
      lineY += lineHeight;
    }
  }

  // Footer: a small wordmark (the platform's own name, no institutional logo).
  filters.push(
    await draw("Vigie", { font: FONT_BOLD, size: 18, color: `${PALE}@0.7`, x: String(MARGIN_X), y: HEIGHT - 40 }),
  );

  // A thin amber progress bar along the bottom edge (input 1 is a 1280×4 amber strip).
  const duration = total.toFixed(3);
  return `[0:v]${filters.join(",")}[bg];[bg][1:v]overlay=x='-w+w*t/${duration}':y=H-h:eval=frame:shortest=1,format=yuv420p[v]`;
}
