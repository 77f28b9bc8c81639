// The scenes of the intro videos, drawn as SVG (1280 × 720) from a storyboard. Rules that make them
// readable on a phone (the player is ≈ 328 px wide there, a quarter of the frame): a few words per
// scene, titles of 64 px and labels of at least 48 px, and nothing written in the bottom 22 % of the
// frame, where the player's controls and the captions go. The wordmark sits in the top corner.
import { bandPoints, EMPTY_BAND_HEX, fillFor, OUTLINE_HEX, OUTLINE_POINTS } from "../../components/mdx/threat-triangle";
import { wrap } from "./captions";
import { pictogram, type PictogramName } from "./pictograms";

export const WIDTH = 1280;
export const HEIGHT = 720;
/** Nothing is written below this line (78 % of the height). */
export const TEXT_FLOOR = 560;

export type Lang = "fr" | "en";
export type L = Record<Lang, string>;
export type Tone = "navy" | "red" | "amber";

export type Scene = { lines: number } & (
  | { kind: "title" }
  | { kind: "icons"; title?: L; items: { icon: PictogramName; label: L; tone?: Tone }[] }
  | { kind: "levels"; title?: L; highlight?: number }
  | { kind: "timeline"; title?: L; events: { when: string; label: L }[] }
  | { kind: "numbers"; title?: L; items: { number: string; label: L }[] }
  | { kind: "terms"; title?: L; items: { term: L; meaning: L }[] }
  | { kind: "plan"; title?: L; labels: { perimeter: L; obstacle: L; rescue: L } }
);

const BG = "#f8fafc";
const NAVY = "#1a325b";
const INK = "#1e293b";
const RED = "#b91c1c";
const AMBER = "#b45309";
const TONES: Record<Tone, string> = { navy: NAVY, red: RED, amber: AMBER };
const FONT = `font-family="DejaVu Sans"`;
/** Average advance of a DejaVu Sans glyph, in ems: enough to wrap a label within its column. */
const EM_WIDTH = 0.66;

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function text(
  lines: string[],
  x: number,
  y: number,
  size: number,
  opts: { bold?: boolean; color?: string; anchor?: "start" | "middle" | "end"; leading?: number } = {},
): string {
  const leading = opts.leading ?? Math.round(size * 1.18);
  return lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${y + i * leading}" ${FONT} font-size="${size}" font-weight="${opts.bold ? "bold" : "normal"}" fill="${opts.color ?? INK}" text-anchor="${opts.anchor ?? "start"}">${esc(line)}</text>`,
    )
    .join("");
}

/** Wraps a label to a column `width` pixels wide at `size`. */
function fit(label: string, width: number, size: number): string[] {
  const longestWord = Math.max(...label.split(" ").map((w) => w.length));
  return wrap(label, Math.max(longestWord, Math.floor(width / (size * EM_WIDTH))));
}

function frame(header: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">` +
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${BG}"/>` +
    `<rect width="${WIDTH}" height="10" fill="${NAVY}"/>` +
    text([header], 64, 62, 30, { bold: true, color: AMBER }) +
    text(["Vigie"], WIDTH - 64, 62, 30, { bold: true, color: NAVY, anchor: "end" }) +
    body +
    `</svg>`
  );
}

function sceneTitle(title: L | undefined, lang: Lang): { svg: string; top: number } {
  if (!title) return { svg: "", top: 110 };
  const lines = fit(title[lang], WIDTH - 128, 64);
  return { svg: text(lines, 64, 150, 64, { bold: true, color: NAVY }), top: 150 + (lines.length - 1) * 76 + 40 };
}

function triangle(level: number, x: number, y: number, size: number): string {
  const bands = [0, 1, 2]
    .map(
      (band) =>
        `<polygon points="${bandPoints(band, 3)}" fill="${band < level ? fillFor(level, 3).hex : EMPTY_BAND_HEX}" stroke="#ffffff" stroke-width="2.5" stroke-linejoin="round"/>`,
    )
    .join("");
  const outline = `<polygon points="${OUTLINE_POINTS}" fill="none" stroke="${OUTLINE_HEX}" stroke-width="3" stroke-linejoin="round"/>`;
  return `<g transform="translate(${x} ${y}) scale(${size / 100})">${bands}${outline}</g>`;
}

/** Columns of equal width across the frame, each with a centre x. */
function columns(n: number): { cx: number; width: number }[] {
  const width = (WIDTH - 96) / n;
  return Array.from({ length: n }, (_, i) => ({ cx: 48 + width * (i + 0.5), width: width - 24 }));
}

interface UnitLabels {
  header: string;
  title: string;
}

export function sceneSvg(scene: Scene, lang: Lang, unit: UnitLabels): string {
  const head = sceneTitle("title" in scene ? scene.title : undefined, lang);
  switch (scene.kind) {
    case "title": {
      // The unit's title, large, beside the level triangle the course uses as its emblem.
      const lines = fit(unit.title, WIDTH - 128 - 320, 76);
      const top = Math.round(TEXT_FLOOR / 2 + 40 - ((lines.length - 1) * 92) / 2);
      return frame(
        unit.header,
        `<rect x="64" y="${top - 100}" width="120" height="10" fill="${AMBER}"/>` +
          text(lines, 64, top, 76, { bold: true, color: NAVY, leading: 92 }) +
          triangle(1, WIDTH - 64 - 260, TEXT_FLOOR / 2 - 130, 260),
      );
    }
    case "icons": {
      const cols = columns(scene.items.length);
      const labelSize = scene.items.length >= 4 ? 44 : 52;
      const labels = scene.items.map((item, i) => fit(item.label[lang], cols[i]?.width ?? 300, labelSize));
      const labelLines = Math.max(...labels.map((lines) => lines.length));
      // The label's last baseline, plus its descenders, stays above the text floor.
      const room = TEXT_FLOOR - 14 - 66 - (labelLines - 1) * 60 - head.top;
      const size = Math.min(scene.items.length >= 4 ? 180 : 230, room);
      const iconTop = head.top + Math.round((room - size) / 2);
      const body = scene.items
        .map((item, i) => {
          const col = cols[i];
          if (!col) return "";
          const color = TONES[item.tone ?? "navy"];
          const label = labels[i] ?? [];
          return (
            pictogram(item.icon, col.cx - size / 2, iconTop, size, INK, color) +
            text(label, col.cx, iconTop + size + 66, labelSize, { bold: true, color, anchor: "middle", leading: 60 })
          );
        })
        .join("");
      return frame(unit.header, head.svg + body);
    }
    case "levels": {
      const names: Record<Lang, string[]> = {
        fr: ["Vigilance", "Sécurité renforcée", "Urgence attentat"],
        en: ["Vigilance", "Enhanced security", "Attack emergency"],
      };
      const cols = columns(3);
      const body = cols
        .map((col, i) => {
          const dim = scene.highlight !== undefined && scene.highlight !== i + 1;
          const label = fit(names[lang][i] ?? "", col.width, 50);
          return (
            `<g opacity="${dim ? 0.35 : 1}">` +
            triangle(i + 1, col.cx - 105, head.top + 10, 210) +
            text(label, col.cx, head.top + 280, 50, { bold: true, color: fillFor(i + 1, 3).hex, anchor: "middle" }) +
            `</g>`
          );
        })
        .join("");
      return frame(unit.header, head.svg + body);
    }
    case "timeline": {
      const cols = columns(scene.events.length);
      const y = Math.max(head.top + 120, 330);
      const line = `<path d="M48 ${y}H${WIDTH - 48}" stroke="${NAVY}" stroke-width="8" stroke-linecap="round"/>`;
      const body = scene.events
        .map((event, i) => {
          const col = cols[i];
          if (!col) return "";
          const label = fit(event.label[lang], col.width, 48);
          return (
            `<circle cx="${col.cx}" cy="${y}" r="20" fill="${AMBER}" stroke="${BG}" stroke-width="6"/>` +
            text([event.when], col.cx, y - 50, 64, { bold: true, color: NAVY, anchor: "middle" }) +
            text(label, col.cx, y + 82, 48, { color: INK, anchor: "middle", leading: 56 })
          );
        })
        .join("");
      return frame(unit.header, head.svg + line + body);
    }
    case "numbers": {
      const cols = columns(scene.items.length);
      const top = Math.max(head.top, 190);
      const labelSize = scene.items.length >= 5 ? 44 : 48;
      const body = scene.items
        .map((item, i) => {
          const col = cols[i];
          if (!col) return "";
          const size = item.number.length > 6 ? 72 : item.number.length > 3 || scene.items.length >= 5 ? 80 : 96;
          const boxW = Math.min(col.width - 8, Math.max(220, item.number.length * size * 0.66 + 60));
          const label = fit(item.label[lang], col.width, labelSize);
          return (
            `<rect x="${col.cx - boxW / 2}" y="${top}" width="${boxW}" height="150" rx="24" fill="${NAVY}"/>` +
            text([item.number], col.cx, top + 75 + size * 0.36, size, {
              bold: true,
              color: "#ffffff",
              anchor: "middle",
            }) +
            text(label, col.cx, top + 218, labelSize, { bold: true, color: NAVY, anchor: "middle", leading: 54 })
          );
        })
        .join("");
      return frame(unit.header, head.svg + body);
    }
    case "terms": {
      const rowH = 110;
      const top = Math.max(head.top + 40, Math.round((TEXT_FLOOR - scene.items.length * rowH) / 2 + 60));
      const body = scene.items
        .map((item, i) => {
          const y = top + i * rowH;
          return (
            `<rect x="64" y="${y - 58}" width="14" height="76" fill="${[AMBER, NAVY, RED][i % 3]}"/>` +
            text([item.term[lang]], 104, y, 60, { bold: true, color: NAVY }) +
            text([`→ ${item.meaning[lang]}`], 560, y, 52, { color: INK })
          );
        })
        .join("");
      return frame(unit.header, head.svg + body);
    }
    case "plan": {
      // A square seen from above, four streets, a block on each, one street kept open for rescuers.
      const cx = 420;
      const cy = 340;
      const r = 120;
      const streets =
        `<path d="M${cx - 380} ${cy}H${cx + 380}M${cx} ${cy - 230}V${cy + 210}" stroke="#cbd5e1" stroke-width="90"/>` +
        `<rect x="${cx - r}" y="${cy - r}" width="${2 * r}" height="${2 * r}" rx="16" fill="#e0e7ff" stroke="${NAVY}" stroke-width="8" stroke-dasharray="24 14"/>` +
        pictogram("crowd", cx - 80, cy - 80, 160, INK, AMBER);
      const blocks = [
        [cx - r - 90, cy - 40, 28, 80],
        [cx + r + 62, cy - 40, 28, 80],
        [cx - 40, cy - r - 90, 80, 28],
      ]
        .map(([x, y, w, h]) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="4" fill="${RED}"/>`)
        .join("");
      const rescue = `<path d="M${cx} ${cy + r + 30}v70M${cx - 22} ${cy + r + 52}l22-22 22 22" stroke="#15803d" stroke-width="10" stroke-linecap="round" stroke-linejoin="round" fill="none"/>`;
      const legend = (y: number, color: string, label: string, dashed = false): string =>
        (dashed
          ? `<rect x="760" y="${y - 40}" width="52" height="52" rx="8" fill="#e0e7ff" stroke="${NAVY}" stroke-width="6" stroke-dasharray="12 8"/>`
          : `<rect x="760" y="${y - 40}" width="52" height="52" rx="8" fill="${color}"/>`) +
        text(fit(label, 420, 48).slice(0, 2), 836, y, 48, { bold: true, color: dashed ? NAVY : color, leading: 54 });
      return frame(
        unit.header,
        head.svg +
          streets +
          blocks +
          rescue +
          legend(head.top + 70, NAVY, scene.labels.perimeter[lang], true) +
          legend(head.top + 210, RED, scene.labels.obstacle[lang]) +
          legend(head.top + 350, "#15803d", scene.labels.rescue[lang]),
      );
    }
  }
}
