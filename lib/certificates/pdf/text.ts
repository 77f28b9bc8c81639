// Text measurement and placement: memoised widths, greedy wrapping, fit-to-width sizing and aligned drawing.
import type { PDFFont, PDFPage, RGB } from "pdf-lib";

type Align = "left" | "center" | "right";

export interface TextStyle {
  font: PDFFont;
  size: number;
  color: RGB;
}

const widthMemo = new Map<string, number>();

/**
 * Text width via pdf-lib (fontkit layout is the costliest part of a render),
 * memoised per font and string: widths depend only on the font and the text.
 */
export function widthOf(font: PDFFont, text: string, size: number): number {
  const key = `${font.name}\u0000${text}`;
  let perPoint = widthMemo.get(key);
  if (perPoint === undefined) {
    perPoint = font.widthOfTextAtSize(text, 1000) / 1000;
    if (widthMemo.size >= 20_000) widthMemo.clear();
    widthMemo.set(key, perPoint);
  }
  return perPoint * size;
}

export function drawAligned(page: PDFPage, text: string, style: TextStyle, x: number, y: number, align: Align): void {
  const width = widthOf(style.font, text, style.size);
  const left = align === "left" ? x : align === "center" ? x - width / 2 : x - width;
  page.drawText(text, { x: left, y, size: style.size, font: style.font, color: style.color });
}

/** Greedy word wrap on regular spaces (no-break spaces keep their words together). */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const words = text.split(" ").filter((w) => w.length > 0);
  const space = widthOf(font, " ", size);
  const lines: string[] = [];
  let current = "";
  let currentWidth = 0;
  for (const word of words) {
    // Measuring words once (rather than every candidate line) keeps layout work linear.
    const wordWidth = widthOf(font, word, size);
    if (current && currentWidth + space + wordWidth > maxWidth) {
      lines.push(current);
      current = word;
      currentWidth = wordWidth;
    } else {
      current = current ? `${current} ${word}` : word;
      currentWidth = current === word ? wordWidth : currentWidth + space + wordWidth;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** Largest size in [min, max] at which every line fits, wrapping once at min if needed. */
export function fitText(
  text: string,
  font: PDFFont,
  maxSize: number,
  minSize: number,
  maxWidth: number,
): { size: number; lines: string[] } {
  const width = widthOf(font, text, maxSize);
  if (width <= maxWidth) return { size: maxSize, lines: [text] };
  const shrunk = Math.floor(((maxSize * maxWidth) / width) * 10) / 10;
  if (shrunk >= minSize) return { size: shrunk, lines: [text] };
  // Very long: wrap at the minimum size; if a single word is still too wide,
  // keep one line and shrink it below the minimum rather than break the word.
  const lines = wrapText(text, font, minSize, maxWidth);
  const fits = lines.every((l) => widthOf(font, l, minSize) <= maxWidth);
  if (fits) return { size: minSize, lines };
  return { size: Math.floor(((maxSize * maxWidth) / width) * 100) / 100, lines: [text] };
}

/** NFC, with every run of whitespace collapsed to one space and the ends trimmed. */
export function collapse(value: string): string {
  return value.normalize("NFC").replace(/\s+/g, " ").trim();
}
