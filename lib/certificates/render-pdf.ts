// Renders a certificate snapshot into a deterministic, self-contained A4 PDF (pure: no database, no Next.js, no clock, no randomness).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import {
  PDFDocument,
  PDFHexString,
  concatTransformationMatrix,
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setCharacterSpacing,
  setFillingRgbColor,
} from "pdf-lib";
import type { PDFFont, PDFPage, RGB } from "pdf-lib";
import QRCode from "qrcode";

export interface CertificateSnapshot {
  firstName: string;
  lastName: string;
  track: "public" | "professional";
  locale: "fr" | "en";
  issuedAt: Date;
  verificationCode: string;
  verificationUrl: string;
  modules: { title: string }[];
}

// ---------------------------------------------------------------------------
// Fonts (read and parsed once per process, embedded as subsets in every document)
// ---------------------------------------------------------------------------

type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];
type FontkitFont = ReturnType<Fontkit["create"]>;

interface FontSet {
  regular: Uint8Array;
  bold: Uint8Array;
  /** Parsed fonts shared between renders, keyed by their byte arrays. */
  parsed: Map<Uint8Array, FontkitFont>;
}

let fontSet: FontSet | undefined;

/**
 * The embedded TTFs, relative to the project root. lib/certificates/printable-name.ts accepts in
 * names only letters both draw; its unit test checks that against these files' cmaps.
 */
export const CERTIFICATE_FONT_FILES = {
  regular: "node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
  bold: "node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
} as const;

/**
 * fontkit keeps a per-font glyph cache whose entries remember the code points
 * they were first reached from (used for the PDF ToUnicode map). Sharing a
 * parsed font between renders is only deterministic if that cache is emptied
 * before each render's (synchronous) text layout, so we check it exists.
 */
function glyphCacheOf(font: FontkitFont): { _glyphs: object } | null {
  const internal = font as unknown as { _glyphs?: unknown };
  return typeof internal._glyphs === "object" && internal._glyphs !== null
    ? (internal as { _glyphs: object })
    : null;
}

function loadFonts(): FontSet {
  if (!fontSet) {
    const regular = new Uint8Array(readFileSync(path.join(process.cwd(), CERTIFICATE_FONT_FILES.regular)));
    const bold = new Uint8Array(readFileSync(path.join(process.cwd(), CERTIFICATE_FONT_FILES.bold)));
    const parsed = new Map<Uint8Array, FontkitFont>();
    for (const bytes of [regular, bold]) {
      const font = (fontkit as Fontkit).create(bytes);
      // Parsing DejaVu (≈ 750 KB each) dominates rendering time: reuse it when safe.
      if (glyphCacheOf(font)) parsed.set(bytes, font);
    }
    fontSet = { regular, bold, parsed };
  }
  return fontSet;
}

/**
 * pdf-lib draws glyphs at their advance widths and ignores positioning, so
 * kerning and mark positioning are wasted work; ligatures would also hamper
 * text extraction (text is NFC-normalised, so composition is not needed).
 */
const LAYOUT_FEATURES = {
  liga: false,
  clig: false,
  calt: false,
  kern: false,
  mark: false,
  mkmk: false,
  ccmp: false,
  locl: false,
};

/** A fontkit facade that hands out the shared parsed fonts (falls back to parsing). */
function sharedFontkit(fonts: FontSet): Fontkit {
  return {
    create(buffer: Uint8Array, postscriptName?: string): FontkitFont {
      return fonts.parsed.get(buffer) ?? (fontkit as Fontkit).create(buffer, postscriptName);
    },
  };
}

/** Must run synchronously before any text of a render is measured or drawn. */
function resetGlyphCaches(fonts: FontSet): void {
  for (const font of fonts.parsed.values()) {
    const cache = glyphCacheOf(font);
    if (cache) cache._glyphs = {};
  }
}

// ---------------------------------------------------------------------------
// Wording
// ---------------------------------------------------------------------------

const NBSP = "\u00A0";
const NNBSP = "\u202F";

interface Wording {
  tagline: string;
  title: string;
  course: string;
  awardedTo: string;
  track: Record<CertificateSnapshot["track"], string>;
  statement: string;
  modulesHeading: string;
  moduleLabel: (n: number) => string;
  issued: (date: string) => string;
  validity: string;
  notAccredited: string;
  verify: (url: string, code: string) => string;
  dateLocale: string;
  pdfLanguage: string;
}

const WORDING: Record<CertificateSnapshot["locale"], Wording> = {
  fr: {
    tagline: "Sensibilisation à la menace terroriste",
    title: "Attestation de suivi",
    course:
      "Faire face ensemble — sensibilisation à la menace terroriste et au plan Vigipirate",
    awardedTo: "délivrée à",
    track: {
      public: "Parcours grand public (modules 1 et 2)",
      professional: "Parcours professionnel (modules 1 à 3)",
    },
    statement:
      `Vigie atteste que la personne désignée ci-dessus a ouvert la leçon de chaque unité de ce parcours ` +
      `et, une fois écoulée la durée minimale d'étude fixée pour l'unité, en a réussi le quiz ` +
      `avec au moins 80${NNBSP}% de bonnes réponses. Son identité n'a pas été vérifiée.`,
    modulesHeading: "Modules validés",
    moduleLabel: (n) => `Module ${n}`,
    issued: (date) => `Délivrée le ${date}`,
    validity: "Sans durée de validité",
    notAccredited:
      `Cette plateforme n'est pas agréée${NBSP}: cette attestation ne constitue ni un diplôme ` +
      `ni une certification professionnelle.`,
    verify: (url, code) =>
      `Vérifiez cette attestation${NBSP}: ${url}${NBSP}— code${NBSP}${code}`,
    dateLocale: "fr-FR",
    pdfLanguage: "fr-FR",
  },
  en: {
    tagline: "Terrorist threat awareness",
    title: "Certificate of completion",
    course:
      "Facing the threat together — awareness of the terrorist threat and the VIGIPIRATE plan",
    awardedTo: "awarded to",
    track: {
      public: "General public track (modules 1 and 2)",
      professional: "Professional track (modules 1 to 3)",
    },
    statement:
      "Vigie confirms that the person named above opened the lesson of every unit of this track " +
      "and, once the minimum study time set for that unit had passed, passed its quiz " +
      "with at least 80% correct answers. Their identity was not verified.",
    modulesHeading: "Modules completed",
    moduleLabel: (n) => `Module ${n}`,
    issued: (date) => `Issued on ${date}`,
    validity: "No validity period",
    notAccredited:
      "This platform is not accredited: this certificate is neither a diploma " +
      "nor a professional qualification.",
    verify: (url, code) => `Verify this certificate: ${url}${NBSP}— code${NBSP}${code}`,
    dateLocale: "en-GB",
    pdfLanguage: "en-GB",
  },
};

// ---------------------------------------------------------------------------
// Design tokens
// ---------------------------------------------------------------------------

const hex = (value: string): RGB => {
  const n = Number.parseInt(value.slice(1), 16);
  return rgb(((n >> 16) & 0xff) / 255, ((n >> 8) & 0xff) / 255, (n & 0xff) / 255);
};

const NAVY = hex("#1a325b");
const AMBER = hex("#f5b942");
const INK = hex("#1f2933");
const MUTED = hex("#5b6472");
const RULE = hex("#d5dae2");
const WHITE = rgb(1, 1, 1);

// A4 landscape
const PAGE_W = 841.89;
const PAGE_H = 595.28;
const BORDER = 12;
const BAND_H = 78;
const MARGIN_X = 64;

// Lookout tower under an arc, drawn on a 48 × 48 grid (SVG coordinates, y down).
const LOGO_ARC = "M 5 23 A 19 19 0 0 1 43 23";
const LOGO_TOWER =
  // roof
  "M 15.5 17 L 24 10.5 L 32.5 17 Z " +
  // cabin: lintel, sill and three posts, leaving two window openings
  "M 17.5 17 H 30.5 V 19 H 17.5 Z M 17.5 23 H 30.5 V 25 H 17.5 Z " +
  "M 17.5 19 H 19.5 V 23 H 17.5 Z M 28.5 19 H 30.5 V 23 H 28.5 Z M 23 19 H 25 V 23 H 23 Z " +
  // platform
  "M 14.5 25 H 33.5 V 27 H 14.5 Z " +
  // legs
  "M 17.5 27 L 19.6 27 L 15.6 45 L 13.5 45 Z M 28.4 27 L 30.5 27 L 34.5 45 L 32.4 45 Z " +
  // braces
  "M 17.8 33.2 L 30.6 39.6 L 30.2 41 L 17.4 34.6 Z M 30.2 33.2 L 30.6 34.6 L 17.8 41 L 17.4 39.6 Z " +
  // ground
  "M 9 45 H 39 V 46.6 H 9 Z";

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

type Align = "left" | "center" | "right";

/** One line of the body column: vertical gap above it, its height, how to draw it at a baseline. */
interface BodyLine {
  gap: number;
  height: number;
  draw: (baseline: number) => void;
}

interface TextStyle {
  font: PDFFont;
  size: number;
  color: RGB;
}

const widthMemo = new Map<string, number>();

/**
 * Text width via pdf-lib (fontkit layout is the costliest part of a render),
 * memoised per font and string: widths depend only on the font and the text.
 */
function widthOf(font: PDFFont, text: string, size: number): number {
  const key = `${font.name}\u0000${text}`;
  let perPoint = widthMemo.get(key);
  if (perPoint === undefined) {
    perPoint = font.widthOfTextAtSize(text, 1000) / 1000;
    if (widthMemo.size >= 20_000) widthMemo.clear();
    widthMemo.set(key, perPoint);
  }
  return perPoint * size;
}

function drawAligned(
  page: PDFPage,
  text: string,
  style: TextStyle,
  x: number,
  y: number,
  align: Align,
): void {
  const width = widthOf(style.font, text, style.size);
  const left = align === "left" ? x : align === "center" ? x - width / 2 : x - width;
  page.drawText(text, { x: left, y, size: style.size, font: style.font, color: style.color });
}

/** Greedy word wrap on regular spaces (no-break spaces keep their words together). */
function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
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
function fitText(
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

function collapse(value: string): string {
  return value.normalize("NFC").replace(/\s+/g, " ").trim();
}

// ---------------------------------------------------------------------------
// Drawing blocks
// ---------------------------------------------------------------------------

function drawFrame(page: PDFPage): void {
  page.drawRectangle({ x: 0, y: 0, width: PAGE_W, height: PAGE_H, color: NAVY });
  page.drawRectangle({
    x: BORDER,
    y: BORDER,
    width: PAGE_W - 2 * BORDER,
    height: PAGE_H - 2 * BORDER - BAND_H,
    color: WHITE,
  });
  // amber accent line under the band
  page.drawRectangle({
    x: BORDER,
    y: PAGE_H - BORDER - BAND_H - 3,
    width: PAGE_W - 2 * BORDER,
    height: 3,
    color: AMBER,
  });
  // thin inner rule
  const inset = BORDER + 8;
  page.drawRectangle({
    x: inset,
    y: inset,
    width: PAGE_W - 2 * inset,
    height: PAGE_H - BORDER - BAND_H - 3 - 8 - inset,
    borderColor: RULE,
    borderWidth: 0.75,
  });
}

function drawHeader(page: PDFPage, w: Wording, regular: PDFFont, bold: PDFFont): void {
  const bandBottom = PAGE_H - BORDER - BAND_H;
  const logoSize = 52;
  const logoX = MARGIN_X - 6;
  const logoTop = bandBottom + (BAND_H + logoSize) / 2;
  const scale = logoSize / 48;
  page.drawSvgPath(LOGO_ARC, {
    x: logoX,
    y: logoTop,
    scale,
    borderColor: AMBER,
    borderWidth: 2.6,
  });
  page.drawSvgPath(LOGO_TOWER, { x: logoX, y: logoTop, scale, color: WHITE });

  const textX = logoX + logoSize + 14;
  page.drawText("Vigie", {
    x: textX,
    y: bandBottom + BAND_H / 2 - 2,
    size: 26,
    font: bold,
    color: WHITE,
  });
  page.drawText(w.tagline, {
    x: textX + 1,
    y: bandBottom + BAND_H / 2 - 19,
    size: 9.5,
    font: regular,
    color: AMBER,
  });
}

function drawQr(page: PDFPage, url: string, x: number, y: number, size: number): void {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
  const n = modules.size;
  const m = size / n;
  // Module grid coordinates (column, row from the top), one rectangle per
  // horizontal run of dark modules, filled as a single path: compact and seamless.
  const ops = [
    pushGraphicsState(),
    concatTransformationMatrix(m, 0, 0, -m, x, y + size),
    setFillingRgbColor(NAVY.red, NAVY.green, NAVY.blue),
  ];
  for (let r = 0; r < n; r++) {
    let c = 0;
    while (c < n) {
      if (!modules.get(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < n && modules.get(r, c)) c++;
      ops.push(rectangle(start, r, c - start, 1));
    }
  }
  ops.push(fill(), popGraphicsState());
  page.pushOperators(...ops);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function formatIssueDate(date: Date, locale: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "Europe/Paris" });
    dateFormats.set(locale, format);
  }
  const parts = format.formatToParts(date);
  // French ordinal for the first day of the month: « 1er janvier 2026 ».
  return parts
    .map((p) => (locale.startsWith("fr") && p.type === "day" && p.value === "1" ? "1er" : p.value))
    .join("");
}

// ---------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------

export async function renderCertificatePdf(s: CertificateSnapshot): Promise<Uint8Array> {
  const w = WORDING[s.locale];
  const fullName = collapse(`${s.firstName} ${s.lastName}`);
  const code = collapse(s.verificationCode);
  const url = s.verificationUrl.trim();
  const issued = formatIssueDate(s.issuedAt, w.dateLocale);

  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = loadFonts();
  doc.registerFontkit(sharedFontkit(fonts));
  // Fixed font names (pdf-lib would otherwise append a random suffix).
  const regular = await doc.embedFont(fonts.regular, {
    subset: true,
    customName: "VIGIEA+DejaVuSans",
    features: LAYOUT_FEATURES,
  });
  const bold = await doc.embedFont(fonts.bold, {
    subset: true,
    customName: "VIGIEB+DejaVuSans-Bold",
    features: LAYOUT_FEATURES,
  });
  // No await from here until save(): all text layout happens in one synchronous
  // stretch, so concurrent renders cannot touch the shared glyph caches meanwhile.
  resetGlyphCaches(fonts);

  // Metadata: everything fixed or derived from the snapshot.
  doc.setTitle(`${w.title} — ${fullName}`);
  doc.setAuthor("Vigie");
  doc.setSubject(w.course);
  doc.setKeywords([code]);
  doc.setCreator("Vigie");
  doc.setProducer("Vigie");
  doc.setCreationDate(s.issuedAt);
  doc.setModificationDate(s.issuedAt);
  doc.setLanguage(w.pdfLanguage);
  const id = createHash("sha256")
    .update(JSON.stringify([s.locale, s.track, fullName, code, url, s.issuedAt.toISOString()]))
    .digest("hex")
    .slice(0, 32);
  doc.context.trailerInfo.ID = doc.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);

  const page = doc.addPage([PAGE_W, PAGE_H]);
  drawFrame(page);
  drawHeader(page, w, regular, bold);

  const cx = PAGE_W / 2;
  const contentW = PAGE_W - 2 * MARGIN_X;
  const footerTop = 132;

  // Body: a column of lines, measured first, then spread and centred vertically
  // between the header band and the footer rule.
  const body: BodyLine[] = [];

  {
    const title = w.title.toLocaleUpperCase(w.dateLocale);
    const size = 24;
    const tracking = 2.2;
    const width = widthOf(bold, title, size) + tracking * (title.length - 1);
    body.push({
      gap: 0,
      height: size,
      draw: (y) => {
        page.pushOperators(setCharacterSpacing(tracking));
        page.drawText(title, { x: cx - width / 2, y, size, font: bold, color: NAVY });
        page.pushOperators(setCharacterSpacing(0));
      },
    });
  }

  {
    const style = { font: regular, size: 11.5, color: INK };
    for (const [i, line] of wrapText(w.course, style.font, style.size, 620).entries()) {
      body.push({
        gap: i === 0 ? 10 : 3.5,
        height: style.size,
        draw: (y) => drawAligned(page, line, style, cx, y, "center"),
      });
    }
  }

  {
    const style = { font: regular, size: 11, color: MUTED };
    body.push({
      gap: 22,
      height: style.size,
      draw: (y) => drawAligned(page, w.awardedTo, style, cx, y, "center"),
    });
  }

  {
    const { size, lines } = fitText(fullName, bold, 32, 20, contentW - 40);
    const style = { font: bold, size, color: NAVY };
    for (const [i, line] of lines.entries()) {
      body.push({
        gap: i === 0 ? 14 : size * 0.2,
        height: size * 0.95,
        draw: (y) => drawAligned(page, line, style, cx, y, "center"),
      });
    }
    body.push({
      gap: 12,
      height: 2,
      draw: (y) => page.drawRectangle({ x: cx - 60, y, width: 120, height: 2, color: AMBER }),
    });
  }

  {
    const style = { font: bold, size: 13, color: NAVY };
    body.push({
      gap: 18,
      height: style.size,
      draw: (y) => drawAligned(page, w.track[s.track], style, cx, y, "center"),
    });
  }

  {
    const style = { font: regular, size: 10.5, color: INK };
    for (const [i, line] of wrapText(w.statement, style.font, style.size, 560).entries()) {
      body.push({
        gap: i === 0 ? 12 : 4,
        height: style.size,
        draw: (y) => drawAligned(page, line, style, cx, y, "center"),
      });
    }
  }

  if (s.modules.length > 0) {
    const headingStyle = { font: bold, size: 8.5, color: MUTED };
    const heading = w.modulesHeading.toLocaleUpperCase(w.dateLocale);
    body.push({
      gap: 16,
      height: headingStyle.size,
      draw: (y) => drawAligned(page, heading, headingStyle, cx, y, "center"),
    });
    // The module list is a left-aligned block, centred as a whole.
    const labelSize = 10;
    const rows = s.modules.map((mod, i) => {
      const label = `${w.moduleLabel(i + 1)}${NBSP}— `;
      const title = collapse(mod.title);
      const labelW = widthOf(bold, label, labelSize);
      const { size } = fitText(title, regular, 10, 7, contentW - 40 - labelW);
      return { label, title, labelW, size, width: labelW + widthOf(regular, title, size) };
    });
    const left = cx - Math.max(...rows.map((r) => r.width)) / 2;
    for (const [i, row] of rows.entries()) {
      body.push({
        gap: i === 0 ? 8 : 4,
        height: labelSize,
        draw: (y) => {
          page.drawText(row.label, { x: left, y, size: labelSize, font: bold, color: NAVY });
          page.drawText(row.title, {
            x: left + row.labelW,
            y,
            size: row.size,
            font: regular,
            color: INK,
          });
        },
      });
    }
  }

  {
    const top = PAGE_H - BORDER - BAND_H - 3 - 8; // inner frame top
    const bottom = footerTop;
    const available = top - bottom - 2 * 22; // keep a minimum margin above and below
    const natural = body.reduce((sum, l) => sum + l.gap + l.height, 0);
    const gaps = body.reduce((sum, l) => sum + l.gap, 0);
    // Grow the gaps (up to 1.6×) to use the space, then centre what is left.
    const stretch = gaps > 0 ? Math.min(1.6, Math.max(1, 1 + (available - natural) / gaps)) : 1;
    const total = natural + gaps * (stretch - 1);
    let y = top - 22 - Math.max(0, (available - total) / 2);
    for (const line of body) {
      y -= line.gap * stretch + line.height;
      line.draw(y);
    }
  }

  // Footer: issue date and validity (left), verification and QR code (right), disclaimer (bottom)
  page.drawLine({
    start: { x: MARGIN_X, y: footerTop },
    end: { x: PAGE_W - MARGIN_X, y: footerTop },
    thickness: 0.75,
    color: RULE,
  });

  const qrSize = 74;
  const qrX = PAGE_W - MARGIN_X - qrSize;
  const qrY = footerTop - 12 - qrSize;
  drawQr(page, url, qrX, qrY, qrSize);

  const issuedStyle = { font: bold, size: 11.5, color: NAVY };
  const validityStyle = { font: regular, size: 10, color: INK };
  const issuedText = w.issued(issued);
  drawAligned(page, issuedText, issuedStyle, MARGIN_X, footerTop - 30, "left");
  drawAligned(page, w.validity, validityStyle, MARGIN_X, footerTop - 47, "left");
  const leftColumnW = Math.max(
    widthOf(bold, issuedText, issuedStyle.size),
    widthOf(regular, w.validity, validityStyle.size),
  );

  {
    const right = qrX - 14;
    const style = { font: regular, size: 8.5, color: INK };
    const sentence = w.verify(url, code);
    // As narrow as the longest unbreakable token (the URL), so the sentence reads
    // as a tidy block; never wider than the room left by the date column.
    const widestToken = Math.max(
      ...sentence.split(" ").map((t) => widthOf(regular, t, style.size)),
    );
    const available = right - (MARGIN_X + leftColumnW + 28);
    const maxW = Math.min(Math.max(200, available), Math.max(200, widestToken));
    const lines = wrapText(sentence, style.font, style.size, maxW);
    let vy = footerTop - 30;
    for (const line of lines) {
      const fit = fitText(line, style.font, style.size, 6, maxW);
      drawAligned(page, line, { ...style, size: fit.size }, right, vy, "right");
      vy -= 12;
    }
  }

  {
    const style = { font: regular, size: 8, color: MUTED };
    let dy = 40;
    const lines = wrapText(w.notAccredited, style.font, style.size, qrX - MARGIN_X - 24);
    dy += (lines.length - 1) * 10.5;
    for (const line of lines) {
      drawAligned(page, line, style, MARGIN_X, dy, "left");
      dy -= 10.5;
    }
  }

  return doc.save({ useObjectStreams: true });
}
