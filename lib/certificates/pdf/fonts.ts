// The certificate fonts: DejaVu TTFs read and parsed once per process, embedded as fixed-name subsets in every document.
import { readFileSync } from "node:fs";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";

type Fontkit = Parameters<PDFDocument["registerFontkit"]>[0];
type FontkitFont = ReturnType<Fontkit["create"]>;

interface FontSet {
  regular: Uint8Array;
  bold: Uint8Array;
  /** Parsed fonts shared between renders, keyed by their byte arrays. */
  parsed: Map<Uint8Array, FontkitFont>;
}

/** The two weights a certificate is set in, embedded in one document. */
export interface CertificateFonts {
  regular: PDFFont;
  bold: PDFFont;
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
  return typeof internal._glyphs === "object" && internal._glyphs !== null ? (internal as { _glyphs: object }) : null;
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

/** Embeds both weights as subsets; the caller must then call resetGlyphCaches before any text layout. */
export async function embedCertificateFonts(doc: PDFDocument): Promise<CertificateFonts> {
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
  return { regular, bold };
}

/** Must run synchronously before any text of a render is measured or drawn. */
export function resetGlyphCaches(): void {
  for (const font of loadFonts().parsed.values()) {
    const cache = glyphCacheOf(font);
    if (cache) cache._glyphs = {};
  }
}
